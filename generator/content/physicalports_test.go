package content

import (
	"slices"
	"testing"
)

// TestPhysicalAccessPort: a port whose every endpoint is a flow endpoint
// of zone physical (a service laptop on a cable at the device) was counted
// as listening on the customer's network and given a firewall allow rule.
// Such a port is now off that network; one with an endpoint elsewhere, a
// peer part, no endpoint written, or a physical endpoint tied to a part
// keeps today's behaviour.
func TestPhysicalAccessPort(t *testing.T) {
	p := &Product{
		Parts: []Part{
			{ID: "plc", Name: "Chamber PLC", Runs: "device"},
			{ID: "panel", Name: "Panel PC", Runs: "device"},
		},
		Interfaces: []Interface{
			{ID: "service", Kind: "ethernet", Name: "PLC service port", Part: "plc"},
			{ID: "lan", Kind: "ethernet", Name: "Panel LAN", Part: "panel"},
		},
		FlowEndpoints: []FlowEndpoint{
			{Name: "Service laptop, cabled on site", Aliases: []string{"Laptop"}, Zone: "physical"},
			{Name: "Service badge", Zone: "physical"},
			{Name: "BMS", Zone: "customer_infrastructure"},
			{Name: "Panel on a cable", Part: "panel"},
		},
		Ports: []Port{
			{Number: 102, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc", Endpoints: []string{"Service laptop, cabled on site"}},
			{Number: 103, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc", Endpoints: []string{"laptop", "Service badge"}},
			{Number: 104, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc", Endpoints: []string{"Service laptop, cabled on site", "BMS"}},
			{Number: 105, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc"},
			{Number: 106, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc", Endpoints: []string{"Unplaced laptop"}},
			{Number: 107, Transport: "tcp", Direction: "in", Interface: "service", Part: "plc", Endpoints: []string{"Panel on a cable"}},
			{Number: 502, Transport: "tcp", Direction: "in", Interface: "lan", Part: "panel", Endpoints: []string{"BMS"}},
		},
	}
	listening := p.ListeningPorts()
	rules := p.FirewallRules()
	for _, tc := range []struct {
		port     int
		physical bool
	}{
		{102, true},  // its one endpoint is physical
		{103, true},  // an alias and a second physical endpoint
		{104, false}, // one endpoint on the customer's network too
		{105, false}, // no endpoint written: not decided
		{106, false}, // an endpoint the data do not place
		{107, false}, // a name that means a part of the product
		{502, false},
	} {
		i := slices.IndexFunc(p.Ports, func(pt Port) bool { return pt.Number == tc.port })
		pt := p.Ports[i]
		if got := p.PhysicalAccessPort(pt); got != tc.physical {
			t.Errorf("port %d: PhysicalAccessPort = %v, want %v", tc.port, got, tc.physical)
		}
		if got := p.OnCustomerSide(pt); got == tc.physical {
			t.Errorf("port %d: OnCustomerSide = %v, want %v", tc.port, got, !tc.physical)
		}
		if got := slices.ContainsFunc(listening, func(l Port) bool { return l.Number == tc.port }); got == tc.physical {
			t.Errorf("port %d: in ListeningPorts = %v, want %v", tc.port, got, !tc.physical)
		}
		if got := slices.ContainsFunc(rules, func(r FirewallRule) bool { return r.Port == tc.port }); got == tc.physical {
			t.Errorf("port %d: has a firewall rule = %v, want %v", tc.port, got, !tc.physical)
		}
		if got := slices.ContainsFunc(p.UnruledPorts(), func(u Port) bool { return u.Number == tc.port }); got {
			t.Errorf("port %d: in UnruledPorts, want not", tc.port)
		}
	}
	want := []string{
		"TCP 102 (Chamber PLC), reached only by physical access: Service laptop, cabled on site",
		"TCP 103 (Chamber PLC), reached only by physical access: laptop and Service badge",
	}
	if got := p.KeyFactPorts("hospital").Physical; !slices.Equal(got, want) {
		t.Errorf("KeyFactPorts.Physical = %q, want %q", got, want)
	}
}
