package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestHostLinkLeavesConnOpen: an app on the user's own phone that lists
// an api interface (its medium not stated: the phone's Wi-Fi or mobile
// data) leaves CONN-1.1, CONN-1.1.1 and CONN-1.1.3 to the manufacturer
// (review 85, fertilityapp #3), as a listed Bluetooth link leaves
// CONN-1.1.2; the wired questions stay N/A on a phone, and are left open
// too where the app may run on a computer. An app whose only network
// interface is internal, or a product whose api is the manufacturer's
// hosted service alone, keeps the N/A.
func TestHostLinkLeavesConnOpen(t *testing.T) {
	app := func(hostKinds ...string) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "Cycle app", Runs: "customer_device", HostKinds: hostKinds}, {ID: "web", Name: "Web service", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("screen", "display", "app"), partIface("web-api", "api", "web")}
		}
	}
	serviceOnly := func(w *world) {
		app("phone")(w)
		w.p.Interfaces = []content.Interface{partIface("screen", "display", "app"), partIface("web-api", "api", "web")}
	}
	internal := func(w *world) {
		app("phone")(w)
		w.p.Interfaces[0].Internal = true
	}
	open := mds2.Unanswered
	for _, c := range []struct {
		name  string
		setup func(*world)
		want  map[string]mds2.Answer
	}{
		{"phone app with an api", app("phone"), map[string]mds2.Answer{
			"CONN-1.1": open, "CONN-1.1.1": open, "CONN-1.1.3": open,
			"CONN-1.1.2": mds2.NA, "CONN-1.1.4": mds2.NA, "CONN-1.2": mds2.NA, "CONN-1.2.1": mds2.NA, "CONN-1.2.2": mds2.NA}},
		{"computer app with an api", app("computer"), map[string]mds2.Answer{
			"CONN-1.1": open, "CONN-1.1.1": open, "CONN-1.1.3": open, "CONN-1.2": open, "CONN-1.2.1": open,
			"CONN-1.1.2": mds2.NA, "CONN-1.2.2": mds2.NA, "CONN-1.2.3": mds2.NA}},
		{"app of unstated host kind", app(), map[string]mds2.Answer{"CONN-1.1.1": open, "CONN-1.2.1": open}},
		{"api on the hosted service only", serviceOnly, map[string]mds2.Answer{"CONN-1.1": mds2.NA, "CONN-1.1.1": mds2.NA, "CONN-1.1.3": mds2.NA, "CONN-1.2.1": mds2.NA}},
		{"internal api", internal, map[string]mds2.Answer{"CONN-1.1.1": mds2.NA, "CONN-1.1.3": mds2.NA}},
	} {
		for id, want := range c.want {
			w := newWorld()
			c.setup(w)
			rule, _ := derivationFor(id)
			if d, ok := rule.derive(w.facts()); d.Answer != want || ok != (want != mds2.Unanswered) {
				t.Errorf("%s: %s = %s (%v, %s), want %s", c.name, id, d.Answer, ok, d, want)
			}
		}
	}
}
