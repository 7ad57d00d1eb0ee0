package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSoftwareOnlyExampleReadsTrue: every document of the software-only
// example (Dosewise: a gateway VM the hospital hosts, a cloud service
// Meridian hosts) speaks of parts, not of a device's hardware: no sentence
// says the device listens on a port, no spare parts or units in clinical
// use, no data "on the device"; the firewall rules never open an inbound
// port to a service the manufacturer hosts; the MDS2 form says software
// only and no hardware connectivity.
func TestSoftwareOnlyExampleReadsTrue(t *testing.T) {
	c, diags := kindtest.Load(t, "../jspgen.toml", "../content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, "dosewise")
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	kinds := DefaultKinds()
	prepared := make([]kind.Prepared, len(kinds))
	for k, kd := range kinds {
		prepared[k], _ = kindtest.Prepare(t, kd, env, kp)
	}
	built := kind.BuiltOf(kinds, prepared, kp)
	var form *mds2.Form
	n := 0
	for _, prep := range prepared {
		for _, doc := range prep.Documents {
			n++
			md := kindtest.RenderBuilt(t, env, kp, doc, built)
			if f, ok := doc.Data.(*mds2.Form); ok {
				form = f
				continue // the form's questions are the catalog's fixed wording ("the device"); its answers are checked below
			}
			kindtest.SaysNoneBecause(t, doc.Path, md, "false for a software-only product", "the device listens", "Ports the device listens", "Connections the device opens", "spare parts",
				"units in clinical use", "No units", "stored on the device", "rests on the device", "internal interfaces are listed",
				"general-purpose hardware that")
		}
	}
	if n < 4 {
		t.Fatalf("want the plan, CSD, MDS2 form and lifecycle page; got %d documents", n)
	}
	for _, r := range kp.FirewallRules() {
		if r.Direction == "in" && strings.Contains(strings.Join(r.Peers, " ")+r.Side, "Dosewise cloud") {
			t.Errorf("inbound rule involving the cloud service: %+v", r)
		}
		if r.Manufacturer && r.Direction != "out" {
			t.Errorf("a rule to a manufacturer-hosted service must be outbound: %+v", r)
		}
	}
	for _, pt := range kp.ListeningPorts() {
		if kp.PartOfPort(pt).Runs.IsManufacturerHosted() {
			t.Errorf("port %d of the cloud service counted as listening on the hospital network", pt.Number)
		}
	}
	if form == nil {
		t.Fatal("no MDS2 form")
	}
	// CONN-1.2.1 (RJ45 Ethernet) sits under CONN-1 = No, an implied rule:
	// the product has no hardware of its own, so the question does not
	// apply (N/A; No would deny the Ethernet of the VM's host the gateway
	// is reached over, rules_conn_nohardware.go). Never Yes.
	for id, want := range map[string]string{"DOC-11": "Yes", "CONN-1": "No", "CONN-1.2.1": "N/A", "CONN-4": "Yes", "CONN-6": "Yes"} {
		r, ok := form.Row(id)
		if !ok || r.Printed() != want {
			t.Errorf("MDS2 %s = %q; want %q", id, r.Printed(), want)
		}
	}
}
