package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNeededPortsCaveatTheUnreached: the twin's "block every other port"
// carries the CSD's caveat for the hospital's own database, where the
// product keeps its results, and the identity provider its administrator
// signs in through, where no port the notice lists reaches them: it does
// not say "only" these ports, and the line after them asks the customer
// to check. With a PostgreSQL and an OIDC port listed, it says neither.
func TestNeededPortsCaveatTheUnreached(t *testing.T) {
	port := func(n int, service string, peer string, endpoints ...string) content.Port {
		return content.Port{DefaultEnabled: content.True, Number: n, Transport: "tcp", Service: service, Direction: "out", Interface: "podnet", Part: "services", PeerPart: peer, Endpoints: endpoints}
	}
	// the basic services stated, so that only this caveat is in question
	basics := []content.Port{port(67, "DHCP", "", "Hospital servers"), port(53, "DNS", "", "Hospital servers"), port(123, "NTP", "", "Hospital servers")}
	basics[0].Transport, basics[2].Transport = "udp", "udp"
	dicom := port(104, "DICOM", "", "Hospital PACS")
	postgres := port(5432, "PostgreSQL", "db")
	oidc := port(443, "HTTPS (OIDC)", "", "Hospital OIDC identity provider")
	for _, tc := range []struct {
		name   string
		needed []content.Port
		want   []string
		never  []string
	}{
		{"neither listed", append([]content.Port{dicom}, basics...), []string{
			"the product needs these ports on the customer's network;",
			`No port listed above reaches the Hospital PostgreSQL database, where the product keeps its data store "Results database", nor the customer's identity provider, through which the "Administrator" account signs in: check which connections the product needs to them before blocking every other port, and allow them;`,
		}, []string{"needs only"}},
		{"both listed", append([]content.Port{dicom, postgres, oidc}, basics...),
			[]string{"the product needs only these ports on the customer's network;"}, []string{"No port listed above"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := &content.Product{
				Parts: []content.Part{
					{ID: "services", Name: "BleedAlert services", Runs: "customer_hosted"},
					{ID: "db", Name: "Hospital PostgreSQL database", Runs: "customer_infrastructure"},
				},
				Interfaces: []content.Interface{{ID: "podnet", Kind: "virtual_nic", Name: "Cluster network", Part: "services"}},
				Ports:      []content.Port{dicom},
				DataStores: []content.DataStore{{ID: "results", Name: "Results database", Part: "db"}},
				Accounts:   []content.Account{{Role: "Administrator", Kind: "administrator", SignIn: []content.SignIn{"federated"}}},
			}
			got := neededIntro(q, tc.needed, false) + "\n" + neededUnstated(q, tc.needed)
			kindtest.SaysAll(t, "needed ports", got, tc.want...)
			kindtest.SaysNone(t, "needed ports", got, tc.never...)
		})
	}
}
