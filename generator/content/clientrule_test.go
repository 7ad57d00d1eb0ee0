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

// TestClientRuleConditionIsTheConnections: when the client's own rule
// stands in for the rule a manufacturer-hosted listener gives, the
// client's condition (When enabled, model B only) is kept and the
// listener's is not. The listener's default state and models say when
// the manufacturer's service listens, not when a part on the customer's
// network connects to it: that part connects only through its own port.
// Keeping the listener's rule beside a client's "When enabled" rule (as
// was once proposed) printed "As shipped" rules to remote-service
// endpoints that the analyzer, linac, surgicalrobot and aed fixtures
// reach only once the feature is enabled.
func TestClientRuleConditionIsTheConnections(t *testing.T) {
	product := func(clientEnabled, listenerEnabled Tri, clientModels []string) *Product {
		return &Product{
			Models: []Model{{ID: "A", Name: "Model A"}, {ID: "B", Name: "Model B"}},
			Parts:  []Part{{ID: "gw", Name: "Gateway", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}},
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "gw"},
				{ID: "api", Kind: "api", Name: "Cloud API", Part: "cloud"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "gw", Endpoints: []string{"api.example"}, DefaultEnabled: clientEnabled, Models: clientModels},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"api.example"}, DefaultEnabled: listenerEnabled},
			},
			DataFlows: []DataFlow{{ID: "DF-1", From: "gw", To: "cloud", Interface: "lan"}},
		}
	}
	for _, tc := range []struct {
		name             string
		client, listener Tri
		clientModels     []string
		want             string
	}{
		{"both as shipped", True, True, nil, "out Gateway [api.example] client as shipped on all"},
		{"client as shipped, listener when enabled", True, False, nil, "out Gateway [api.example] client as shipped on all"},
		{"client when enabled, listener as shipped", False, True, nil, "out Gateway [api.example] client when enabled on all"},
		{"client's condition not stated, listener as shipped", Unstated, True, nil, "out Gateway [api.example] client not stated on all"},
		{"client on model B only", True, True, []string{"B"}, "out Gateway [api.example] client as shipped on model B only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for i, r := range product(tc.client, tc.listener, tc.clientModels).FirewallRules() {
				if i > 0 {
					got += "; "
				}
				who, on := "client", r.OnlyOn
				if r.Manufacturer {
					who = "hosted"
				}
				if on == "" {
					on = "all"
				}
				got += fmt.Sprintf("%s %s %v %s %s on %s", r.Direction, r.Side, r.Peers, who, r.Enabled.SayOr("as shipped", "when enabled", "not stated"), on)
			}
			if got != tc.want {
				t.Errorf("rules = %q; want %q", got, tc.want)
			}
		})
	}
}
