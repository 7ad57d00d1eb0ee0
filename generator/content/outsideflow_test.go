package content

import (
	"strings"
	"testing"
)

// onwardParts adds to samdParts a hand-off to a HISP and the HISP's onward
// flow to the patient's doctor, which names no interface: no interface of
// the product carries it.
const onwardParts = samdParts + `
[[flow_endpoints]]
name = "HISP"
zone = "third_party"
operated_by = "a contracted HISP"

[[flow_endpoints]]
name = "Doctor"
zone = "third_party"
operated_by = "the patient's doctor"

[[data_flows]]
id = "DF-2"
from = "cloud"
to = "HISP"
data = ["phi"]
interface = "api"
protection = "Direct messaging"

[[data_flows]]
id = "DF-3"
from = "HISP"
to = "Doctor"
data = ["phi"]
protection = "Direct messaging"
`

// TestFlowBetweenOutsideSystemsNeedsNoInterface: a flow whose two ends
// are outside systems loads without an interface, is none of the
// product's, and is named as the onward hand-off of the flow to the HISP.
func TestFlowBetweenOutsideSystemsNeedsNoInterface(t *testing.T) {
	p, diags := loadParts(t, onwardParts)
	for _, d := range diags {
		if strings.Contains(d.Path, "data_flows") {
			t.Errorf("flow between outside systems reported: %v", d)
		}
	}
	if !p.FlowOutsideProduct(p.DataFlows[2]) || p.FlowOutsideProduct(p.DataFlows[1]) || p.FlowOutsideProduct(p.DataFlows[0]) {
		t.Errorf("FlowOutsideProduct: want only DF-3")
	}
	tp := p.ThirdPartyFlows()
	if len(tp) != 1 || tp[0].Flow.ID != "DF-2" {
		t.Fatalf("ThirdPartyFlows = %+v; want DF-2 only", tp)
	}
	if on := tp[0].Onward; len(on) != 1 || on[0].Flow.ID != "DF-3" || on[0].From != "HISP" || on[0].Endpoint != "Doctor" || on[0].OperatedBy != "the patient's doctor" {
		t.Errorf("Onward = %+v; want DF-3 from HISP to Doctor, run by the patient's doctor", on)
	}
	// a component inside the device is no outside system: its flow still
	// names the interface it uses
	inside := strings.Replace(onwardParts, "name = \"Doctor\"\nzone = \"third_party\"\noperated_by = \"the patient's doctor\"", "name = \"Doctor\"\nzone = \"device\"", 1)
	_, diags = loadParts(t, inside)
	if !hasDiagIn(diags, "data_flows[2].interface: missing: a flow names the interface it uses") {
		t.Errorf("flow to a component in the device without interface not reported:\n  %s", diagText(diags))
	}
}
