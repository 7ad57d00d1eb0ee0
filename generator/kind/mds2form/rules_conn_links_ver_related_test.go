package mds2form

import "github.com/jspgen/jspgen/generator/content"

// Hand answers check demanded that the data already decide (the
// bloodgas review): CONN-3 Yes from a data flow
// between the product and a system on the customer's network whose port
// is not stated (an analyser's data manager forwarding results to the
// laboratory system). It was only held against a hand No.
func g5RuleCases() []ruleCase {
	// analyserAndLIS: an analyser, its data manager on the hospital's
	// server and the hospital's LIS; no port is stated.
	analyserAndLIS := func(w *world) {
		w.p.Parts = []content.Part{
			{ID: "dev", Name: "Analyser", Runs: "device"},
			{ID: "mgr", Name: "Manager", Runs: "customer_hosted"},
			{ID: "lis", Name: "LIS", Runs: "customer_infrastructure"},
		}
		w.p.Interfaces = []content.Interface{partIface("eth", "ethernet", "dev")}
		w.p.DataFlows = []content.DataFlow{
			{ID: "DF-1", From: "dev", To: "mgr", Interface: "eth"},
			{ID: "DF-2", From: "mgr", To: "lis"},
		}
	}
	return []ruleCase{
		{"CONN-3", "no port, a flow from the product's server to the hospital's LIS", analyserAndLIS,
			yesBy("data_flows[1]", "is DF-2, by which Manager, which runs on a server the customer hosts, exchanges data with LIS, which the data place on the customer's network")},
		{"CONN-3", "no port, flows only between the product's own parts", func(w *world) {
			analyserAndLIS(w)
			w.p.DataFlows = w.p.DataFlows[:1]
		}, decidesNothing},
		// homecpap: a clinic's browser opening the manufacturer's portal
		// over the internet is no communication of the device inside the
		// clinic's network.
		{"CONN-3", "no port, the manufacturer's portal sends to a browser in the customer's infrastructure", func(w *world) {
			w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("lte", "cellular", "dev"), partIface("web", "web_ui", "cloud")}
			w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Clinic browser", Zone: "customer_infrastructure"}}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "cloud", To: "Clinic browser", Interface: "web"}}
		}, decidesNothing},
	}
}
