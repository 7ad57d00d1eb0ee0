package content

import "testing"

// TestFlowsCarryOnlyWith: what an interface carries, from its flows,
// gives the personal_only_with condition only where every flow over it
// that sends PHI or PII names the same feature; a flow sending them
// unconditionally, or another feature, leaves the condition out.
func TestFlowsCarryOnlyWith(t *testing.T) {
	flow := func(id string, data DataKinds, only string) DataFlow {
		return DataFlow{ID: id, Data: data, PersonalOnlyWith: only, Interface: "net"}
	}
	for _, tc := range []struct {
		name  string
		flows []DataFlow
		want  string
	}{
		{"one conditional flow beside alarms", []DataFlow{flow("A", DataKinds{"alarms"}, ""), flow("B", DataKinds{"phi", "pii"}, "the ADT interface")}, "the ADT interface"},
		{"two flows, same feature", []DataFlow{flow("A", DataKinds{"phi"}, "the ADT interface"), flow("B", DataKinds{"pii"}, " the ADT interface ")}, "the ADT interface"},
		{"one unconditional flow", []DataFlow{flow("A", DataKinds{"phi"}, ""), flow("B", DataKinds{"pii"}, "the ADT interface")}, ""},
		{"two features", []DataFlow{flow("A", DataKinds{"phi"}, "the ADT interface"), flow("B", DataKinds{"pii"}, "the lab feed")}, ""},
		{"no personal data", []DataFlow{flow("A", DataKinds{"alarms"}, "")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{DataFlows: tc.flows}
			if got := p.FlowsCarry("net").OnlyWith; got != tc.want {
				t.Errorf("OnlyWith = %q, want %q", got, tc.want)
			}
		})
	}
}
