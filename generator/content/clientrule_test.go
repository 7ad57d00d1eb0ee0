package content

import (
	"fmt"
	"testing"
)

// TestClientRuleCoversHostedListener: a data flow between a device and a
// service the manufacturer hosts, written on the device's interface,
// whose outbound port there names the service's endpoint, makes the
// device the service port's user: the device's own rule allows it, and
// no second rule from the whole hospital network to the same endpoint
// is given (pocketus gave "Hospital network | api.sonvira-cloud.example"
// beside the app's rule). Without such a flow, or when the device's port
// names other endpoints, no one is known to be the listener's only user
// and the rule from the hospital network stays.
func TestClientRuleCoversHostedListener(t *testing.T) {
	product := func(clientEndpoints []string, flowIface string) *Product {
		p := &Product{
			Parts: []Part{{ID: "gw", Name: "Gateway", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}},
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "gw"},
				{ID: "api", Kind: "api", Name: "Cloud API", Part: "cloud"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "gw", Endpoints: clientEndpoints, DefaultEnabled: True},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"api.example"}, DefaultEnabled: True},
			},
		}
		if flowIface != "" {
			p.DataFlows = []DataFlow{{ID: "DF-1", From: "gw", To: "cloud", Interface: flowIface}}
		}
		return p
	}
	for _, tc := range []struct {
		name      string
		endpoints []string
		flowIface string
		want      string
	}{
		{"flow on the client's port to the endpoint", []string{"api.example"}, "lan", "out Gateway [api.example]"},
		{"client's rule names more endpoints", []string{"api.example", "crash.example"}, "lan", "out Gateway [api.example crash.example]"},
		{"client's port names another endpoint", []string{"other.example"}, "lan", "out Hospital network [api.example]; out Gateway [other.example]"},
		{"no flow names the client", []string{"api.example"}, "", "out Hospital network [api.example]; out Gateway [api.example]"},
		{"flow on the listener's interface", []string{"other.example"}, "api", "out Gateway [api.example]; out Gateway [other.example]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for i, r := range product(tc.endpoints, tc.flowIface).FirewallRules() {
				if i > 0 {
					got += "; "
				}
				got += fmt.Sprintf("%s %s %v", r.Direction, r.Side, r.Peers)
			}
			if got != tc.want {
				t.Errorf("rules = %q; want %q", got, tc.want)
			}
		})
	}
}
