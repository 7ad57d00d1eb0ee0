package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoPIIListsNamesOnlyWrittenLists: MPII-1's No, and the N/A it gives
// TXCF-2, name data_flows as a list with no PHI or PII only where the
// product writes data flows; a sterilizer that writes none is said to
// state no data flow (its provenance cited a data_flows list it never
// wrote).
func TestNoPIIListsNamesOnlyWrittenLists(t *testing.T) {
	setup := func(flows bool) func(*world) {
		return func(w *world) {
			w.states("data_stores")
			// A part the manufacturer hosts: TXCF-2's N/A then rests on
			// MPII-1's No, not on every part being on the device.
			w.p.Parts = []content.Part{{ID: "dev", Name: "Sterilizer", Runs: "device"}, {ID: "svc", Name: "Service portal", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "logs")}
			w.p.DataStores = []content.DataStore{store("cycles", "logs")}
			if flows {
				w.p.DataFlows = []content.DataFlow{flow("DF-01", "lan", "logs")}
			}
		}
	}
	for _, c := range []struct {
		id    string
		flows bool
		says  string
		not   string
	}{
		{"MPII-1", false, "and data_stores list no PHI or PII, and no data flow is stated", "data_flows"},
		{"MPII-1", true, "and data_stores and data_flows list no PHI or PII", "no data flow is stated"},
		{"TXCF-2", false, "and data_stores list no PHI or PII, and no data flow is stated (MPII-1 No)", "data_flows"},
	} {
		rule, _ := derivationFor(c.id)
		w := newWorld()
		setup(c.flows)(w)
		got, decided := rule.derive(w.facts())
		if !decided {
			t.Fatalf("%s (flows %v): decides nothing", c.id, c.flows)
		}
		kindtest.SaysAll(t, c.id+" basis", got.Says, c.says)
		kindtest.SaysNone(t, c.id+" basis", got.Says, c.not)
	}
}
