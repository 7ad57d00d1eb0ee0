package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2SoftwareOnlyParts: a software-only product (a gateway VM the
// customer hosts, a cloud service the manufacturer hosts) has no hardware
// of its own. Its virtual NIC is not an RJ45 port, so no CONN-1.x
// hardware answer says Yes; DOC-11 says software only; the cloud's
// listener is outside the customer's network (CONN-4) and PHI sent
// between the parts is sent over a network (TXCF-1 No, MPII-2.6 Yes).
func TestMDS2SoftwareOnlyParts(t *testing.T) {
	c, _ := kindtest.Load(t, "testdata/jspgen.toml", "testdata/content")
	p := c.Products[0]
	p.SaMD = content.Unstated
	p.Parts = []content.Part{{ID: "gw", Name: "Gateway VM", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	p.Interfaces = []content.Interface{
		{ID: "vnic", Kind: "virtual_nic", Part: "gw", Name: "Gateway adapter", Carries: content.DataKinds{"phi"}},
		{ID: "api", Kind: "api", Part: "cloud", Name: "Cloud API", Carries: content.DataKinds{"phi"}},
	}
	p.Ports = []content.Port{
		{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud"},
		{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "in", Interface: "vnic", Part: "gw"},
	}
	p.DataStores = nil
	p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "gw", To: "cloud", Data: content.DataKinds{"phi"}}}
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	got := newMDS2Facts(env, kind.Product{Product: p, Inventory: &inventory.Inventory{}}).derive()
	for id, want := range map[string]mds2.Answer{
		"DOC-11": mds2.Yes, "CONN-1": mds2.No, "CONN-1.2": mds2.No, "CONN-1.2.1": mds2.No, "CONN-1.1": mds2.No,
		"CONN-3": mds2.Yes, "CONN-4": mds2.Yes, "CONN-6": mds2.Yes, "TXCF-1": mds2.No, "MPII-2.6": mds2.Yes, "MPII-3.5": mds2.Yes,
	} {
		if got[id].Answer != want {
			t.Errorf("%s = %q (%s); want %q", id, got[id].Answer, got[id].Says, want)
		}
	}
}

// TestMDS2AnswersFromTheNewestCoveredVersion: the form answers from the
// facts of the newest version it covers, and warns when the versions it
// covers differ (the example's 4.1.0 lacks 4.2.1's NTS and syslog ports).
func TestMDS2AnswersFromTheNewestCoveredVersion(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.MDS2.ReleaseDate)
	q, diags := factsFor(env, kp)
	if q.VersionFacts() != "4.2.1" || len(diags) != 0 {
		t.Errorf("one covered version: facts of %q, diagnostics %v; want 4.2.1's and none", q.VersionFacts(), diags)
	}
	kp.MDS2.Versions = []string{"4.1.0", "4.2.1"}
	q, diags = factsFor(env, kp)
	if q.VersionFacts() != "4.2.1" {
		t.Errorf("facts of %q; want the newest covered version's, 4.2.1", q.VersionFacts())
	}
	if len(diags) != 1 || diags[0].Severity != content.Warning || !strings.Contains(diags[0].Message, "covers versions 4.1.0 and 4.2.1") {
		t.Errorf("want one warning that the covered versions differ; got %v", diags)
	}
}
