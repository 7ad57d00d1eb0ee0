package content

import "testing"

// TestPortsNotShipped: the parts with ports decide whether any port ships
// with the device; the customer's own infrastructure decides nothing.
func TestPortsNotShipped(t *testing.T) {
	parts := []Part{{ID: "rec", Runs: "device"}, {ID: "pc", Runs: "customer_device"}, {ID: "srv", Runs: "customer_hosted"}, {ID: "cloud", Runs: "manufacturer_hosted"}, {ID: "eng", Runs: "customer_infrastructure"}}
	on := func(ids ...string) []Port {
		var out []Port
		for _, id := range ids {
			out = append(out, Port{Number: 443, Transport: "tcp", Part: id})
		}
		return out
	}
	for _, tc := range []struct {
		name                  string
		parts                 []Part
		ports                 []Port
		notShipped, installed bool
	}{
		{"on the customer's PC", parts, on("pc"), true, true},
		{"on a server the customer hosts and at the manufacturer", parts, on("srv", "cloud", "srv"), true, true},
		{"at the manufacturer only", parts, on("cloud"), true, false},
		{"one on the device", parts, on("pc", "rec"), false, false},
		{"only the customer's infrastructure", parts, on("eng"), false, false},
		{"no port", parts, nil, false, false},
		{"no device: the software is what ships", parts[1:], on("pc"), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Parts: tc.parts, Ports: tc.ports}
			if got := p.NoPortShipped(); got != tc.notShipped {
				t.Errorf("NoPortShipped = %v, want %v", got, tc.notShipped)
			}
			if got := p.PortsAsInstalled(); got != tc.installed {
				t.Errorf("PortsAsInstalled = %v, want %v", got, tc.installed)
			}
		})
	}
}
