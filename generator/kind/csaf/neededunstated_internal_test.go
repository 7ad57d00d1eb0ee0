package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNeededPortsCaveatTheUnstated: the twin's "block every other port"
// carries the CSD's caveat, as the notice's section 9.2 does: a
// workstation whose ports state no DHCP, DNS or NTP, and whose physicians
// sign in through the customer's directory with no port reaching one, is
// not said to need "only" its ports, and the line after them names what
// the data leave unstated; one whose ports state all of them is.
func TestNeededPortsCaveatTheUnstated(t *testing.T) {
	ws := content.Part{ID: "ws", Name: "Workstation", Runs: "device"}
	port := func(n int, transport, service string) content.Port {
		return content.Port{DefaultEnabled: content.True, Number: n, Transport: transport, Service: service, Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Hospital servers"}}
	}
	dicom := port(104, "tcp", "DICOM")
	stating := []content.Port{dicom, port(67, "udp", "DHCP"), port(53, "udp", "DNS"), port(123, "udp", "NTP"), port(389, "tcp", "LDAP")}
	for _, tc := range []struct {
		name  string
		ports []content.Port
		want  []string
		never []string
	}{
		{"silent", []content.Port{dicom}, []string{
			"The product needs these ports on the customer's network; block every other port of the product and every endpoint not listed:",
			"The product data state no port for address assignment (DHCP, UDP 67 and 68), name resolution (DNS, port 53) or time synchronisation (NTP, UDP 123): check whether the product needs them before blocking every other port of the product, and allow them where it does.",
			` Nor do they state a port for the sign-in through the customer's directory that the "Reviewing physician" account uses: allow the connections that sign-in needs (with Active Directory, for example, Kerberos and LDAP to the domain controllers) before blocking every other port of the product.`,
		}, []string{"needs only"}},
		{"the basic services stated", stating[:4], []string{
			"The product needs these ports on the customer's network;",
			"\nThe product data state no port for the sign-in through the customer's directory that the \"Reviewing physician\" account uses: allow the connections that sign-in needs",
		}, []string{"needs only", "address assignment", "Nor do they"}},
		{"every one stated", stating, []string{"The product needs only these ports on the customer's network; block every other port"},
			[]string{"state no port", "sign-in"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := &content.Product{Parts: []content.Part{ws}, Ports: tc.ports,
				Interfaces: []content.Interface{{ID: "lan", Kind: "ethernet", Name: "Ethernet", Part: "ws"}},
				Accounts:   []content.Account{{Role: "Reviewing physician", Kind: "user", SignIn: []content.SignIn{"directory"}}}}
			got := neededIntro(q, tc.ports, false) + "\n" + neededUnstated(q, tc.ports)
			kindtest.SaysAll(t, "needed ports", got, tc.want...)
			kindtest.SaysNone(t, "needed ports", got, tc.never...)
		})
	}
}
