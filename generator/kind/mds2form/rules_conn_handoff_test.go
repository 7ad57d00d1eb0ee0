package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// handoffMeter is inrhome: a home meter (Meter) whose only link is
// Bluetooth LE, with ports and cloud.services written empty and a cloud
// statement, sending its results (DF-1) to a partner's phone app that
// another company runs (zone third_party, operated_by).
func handoffMeter(w *world) {
	w.states("ports", "cloud.services")
	w.p.Parts = []content.Part{{ID: "meter", Name: "Meter", Runs: "device"}}
	w.p.Interfaces = []content.Interface{partIface("ble", "bluetooth", "meter")}
	w.p.Cloud.Statement = "The meter needs nothing outside the patient's home; the partner's app and cloud forward the results."
	w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Partner app", Zone: "third_party", OperatedBy: "Partner Ltd"}}
	w.p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "meter", To: "Partner app", Interface: "ble"}}
}

// TestCONN4Handoff: CONN-4 (communication outside the customer's
// network) takes no No from services = [] or from the lack of a network
// port where a data flow hands the device's data to a system another
// organisation runs (inrhome: the partner's app and cloud), and is Yes
// where the flow's other end is a cloud service, whoever runs it, or a
// system the manufacturer hosts. Without such a flow, or beside another
// maker's device that runs nothing for another organisation (oemmodule's
// host monitor), the No stands.
func TestCONN4Handoff(t *testing.T) {
	partnerCloud := func(runs content.PartRuns) func(*world) {
		return func(w *world) {
			handoffMeter(w)
			w.p.RelatedSystems = []content.RelatedSystem{{ID: "pc", Name: "Partner Cloud", Kind: "cloud_service", Maker: "Partner Ltd", Runs: runs}}
			w.p.FlowEndpoints[0].RelatedSystem = "pc"
		}
	}
	tests := []struct {
		name  string
		setup func(*world)
		want  outcome
	}{
		{"no flow out: services = [] says No", func(w *world) {
			handoffMeter(w)
			w.p.DataFlows = nil
		}, noBy("cloud", "lists no cloud or internet service")},
		{"a flow to a system another organisation runs", handoffMeter, decidesNothing},
		{"the same, with no cloud statement", func(w *world) {
			handoffMeter(w)
			w.p.Cloud.Statement = ""
		}, decidesNothing},
		{"a flow to a third party's system, no organisation named", func(w *world) {
			handoffMeter(w)
			w.p.FlowEndpoints[0].OperatedBy = ""
		}, noBy("cloud", "lists no cloud or internet service")},
		{"a flow on a link internal to the product", func(w *world) {
			handoffMeter(w)
			w.p.Interfaces[0] = internal(w.p.Interfaces[0])
		}, noBy("cloud", "lists no cloud or internet service")},
		{"a flow to a partner's cloud service", partnerCloud(""),
			yesBy("data_flows[0]", "(DF-1) goes from Meter to Partner app; Partner app is Partner Cloud, a cloud service (related_systems pc), outside the customer's network")},
		{"a flow from a cloud service, no organisation named", func(w *world) {
			partnerCloud("")(w)
			w.p.FlowEndpoints[0].OperatedBy = ""
			w.p.DataFlows[0].From, w.p.DataFlows[0].To = "Partner app", "meter"
		}, yesBy("data_flows[0]", "(DF-1) goes from Partner app to Meter; Partner app is Partner Cloud, a cloud service")},
		{"a flow to a cloud service the customer hosts", partnerCloud("customer_hosted"), decidesNothing},
		{"a flow to a system the manufacturer hosts", func(w *world) {
			handoffMeter(w)
			w.p.FlowEndpoints[0] = content.FlowEndpoint{Name: "Partner app", Zone: "manufacturer_hosted"}
		}, yesBy("data_flows[0]", "Partner app is a system the manufacturer hosts (flow_endpoints zone manufacturer_hosted), outside the customer's network")},
	}
	rule, _ := derivationFor("CONN-4")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			got, decided := rule.derive(w.facts())
			if decided != tc.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, tc.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if got.Answer != tc.want.answer || got.Path != tc.want.path {
				t.Errorf("got %s by %s, want %s", got.Answer, got.Path, tc.want)
			}
			kindtest.SaysAll(t, "the basis", got.Says, tc.want.says)
		})
	}
}

// TestCheckCONN4NoBesideHandoff: a hand CONN-4 No beside a data flow of
// the device to a cloud service warns at the answer; one beside a flow
// to a system another organisation runs, which may or may not leave the
// customer's network, does not.
func TestCheckCONN4NoBesideHandoff(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	runAgainstData(t, []againstDataCase{
		{"No beside a flow to a cloud service", "CONN-4", no, func(w *world) {
			handoffMeter(w)
			w.p.RelatedSystems = []content.RelatedSystem{{ID: "pc", Name: "Partner Cloud", Kind: "cloud_service"}}
			w.p.FlowEndpoints[0].RelatedSystem = "pc"
		}, "answer No, but data_flows[0] (content/p.toml:1) (DF-1) goes from Meter to Partner app; Partner app is Partner Cloud, a cloud service (related_systems pc), outside the customer's network: that is communication with a system outside the customer's network"},
		{"No beside a flow to a system another organisation runs", "CONN-4", no, handoffMeter, ""},
	})
}
