package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestStatedNoNetworkRules: no_network = true answers CONN-1.1.1,
// CONN-1.1.2, CONN-1.1.3 and CONN-1.2.1 No beside an interface of kind
// other (which alone leaves them open) and an interface list not called
// complete; without it they stay open. RMOT-1 and CONN-3 stay open
// either way: a USB link may still reach a computer.
func TestStatedNoNetworkRules(t *testing.T) {
	generator := func(stated bool) func(*world) {
		return func(w *world) {
			w.states("ports", "interfaces")
			w.p.NoNetworkAtAll = stated
			w.p.Parts = []content.Part{{ID: "gen", Name: "Generator", Runs: "device", InterfacesComplete: content.False}}
			w.p.Interfaces = []content.Interface{iface("usb", "usb", "software"), iface("rfid", "radio"), iface("foot", "other")}
		}
	}
	for _, id := range []string{"CONN-1.1.1", "CONN-1.1.2", "CONN-1.1.3", "CONN-1.2.1", "RMOT-1", "CONN-3"} {
		for _, stated := range []bool{false, true} {
			rule, ok := derivationFor(id)
			if !ok {
				t.Fatalf("no rule %s", id)
			}
			w := newWorld()
			generator(stated)(w)
			got, decided := rule.derive(w.facts())
			wantNo := stated && id != "RMOT-1" && id != "CONN-3"
			if decided != wantNo || decided && got.Answer != mds2.No {
				t.Errorf("%s, no_network %v: decided %v answer %s (%s), want decided %v (No)", id, stated, decided, got.Answer, got, wantNo)
				continue
			}
			if decided {
				if got.Path != "no_network" {
					t.Errorf("%s: basis path %q, want no_network", id, got.Path)
				}
				kindtest.SaysAll(t, id, got.Says, "the manufacturer states that the device has no network interface of any kind")
			}
		}
	}
}
