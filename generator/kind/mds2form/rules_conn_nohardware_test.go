package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// connSubs are the sub-questions of CONN-1 (rules_conn_nohardware.go).
var connSubs = []string{"CONN-1.1", "CONN-1.1.1", "CONN-1.1.2", "CONN-1.1.3", "CONN-1.1.4",
	"CONN-1.2", "CONN-1.2.1", "CONN-1.2.2", "CONN-1.2.3", "CONN-1.2.4"}

// TestNoHardwareSubQuestions: for a SaMD on the patient's phone (it uses
// its screen; the api is its hosted service's: an api of the app itself
// leaves the Wi-Fi and cellular questions open, TestHostLinkLeavesConnOpen),
// CONN-1 is No (no hardware of its own) and every sub-question N/A, not a
// No that would deny the Wi-Fi the app syncs over; the same product with
// a part on the device whose interface list is whole answers No, and one listing the phone's Bluetooth
// link leaves CONN-1.1.2 to the manufacturer. The N/A yields: No written
// by hand stands silently, Yes is what it denies.
func TestNoHardwareSubQuestions(t *testing.T) {
	app := func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "sync", Name: "Sync", Runs: "manufacturer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("screen", "display", "app"), partIface("sync-api", "api", "sync")}
	}
	withDevice := func(w *world) {
		app(w)
		w.p.Parts = append(w.p.Parts, content.Part{ID: "dev", Name: "Meter", Runs: "device", InterfacesComplete: content.True})
	}
	withBluetooth := func(w *world) {
		app(w)
		w.p.Interfaces = append(w.p.Interfaces, partIface("ble", "bluetooth", "app"))
	}
	for _, c := range []struct {
		name  string
		setup func(*world)
		id    string
		want  mds2.Answer // Unanswered: decides nothing
	}{
		{"app on a phone", app, "CONN-1", mds2.No},
		{"app beside a device part", withDevice, "CONN-1", mds2.No},
		{"app with the phone's Bluetooth", withBluetooth, "CONN-1", mds2.Unanswered},
		{"app with the phone's Bluetooth", withBluetooth, "CONN-1.1.2", mds2.Unanswered},
		{"app with the phone's Bluetooth", withBluetooth, "CONN-1.1", mds2.Unanswered},
		{"app with the phone's Bluetooth", withBluetooth, "CONN-1.1.1", mds2.NA},
		{"app with the phone's Bluetooth", withBluetooth, "CONN-1.2.1", mds2.NA},
	} {
		w := newWorld()
		c.setup(w)
		rule, _ := derivationFor(c.id)
		if d, ok := rule.derive(w.facts()); d.Answer != c.want || ok != (c.want != mds2.Unanswered) {
			t.Errorf("%s: %s = %s (%v, %s), want %s", c.name, c.id, d.Answer, ok, d, c.want)
		}
	}
	for _, id := range connSubs {
		for _, c := range []struct {
			name  string
			setup func(*world)
			want  mds2.Answer
		}{{"app on a phone", app, mds2.NA}, {"app beside a device part", withDevice, mds2.No}} {
			w := newWorld()
			c.setup(w)
			rule, _ := derivationFor(id)
			d, ok := rule.derive(w.facts())
			if !ok || d.Answer != c.want {
				t.Fatalf("%s: %s = %s (%v, %s), want %s", c.name, id, d.Answer, ok, d, c.want)
			}
			if c.want == mds2.No {
				if d.Yields || d.Path != "interfaces" {
					t.Errorf("%s: %s No must stand on the interfaces list and not yield: %+v", c.name, id, d)
				}
				continue
			}
			if !d.Yields || d.Denies != mds2.Yes || d.Path != "parts" {
				t.Errorf("%s: %s N/A must come from parts, yield and deny Yes: %+v", c.name, id, d)
			}
			for _, given := range []string{"no", "yes"} {
				r := newResolver(newWorld())
				row := r.resolve(yesNoQ(id), map[string]fact{id: d}, givens(giv(id, content.MDS2Answer{Answer: given})), map[string]mds2.Answer{})
				want, _ := mds2.ParseAnswer(given)
				if row.Answer != want || row.Basis != mds2.BasisAnswered {
					t.Errorf("%s = %s written: row %s (%s); the manufacturer's answer must stand", id, given, row.Answer, row.Basis)
				}
				for _, dg := range r.diags {
					if dg.Severity == content.Error || given == "no" {
						t.Errorf("%s = %s written: %v %s", id, given, dg.Severity, dg.Message)
					}
				}
				if given == "yes" && len(r.diags) != 1 {
					t.Errorf("%s = yes written for a product with no hardware: want one warning, got %v", id, r.diags)
				}
			}
		}
	}
}
