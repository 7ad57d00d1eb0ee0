package content

import "testing"

// TestPortOnlyOnAmong: a port number every model opens on one of its
// interfaces names no model; one only some models open names them all
// together; a port in another state as shipped is not counted.
func TestPortOnlyOnAmong(t *testing.T) {
	p := &Product{
		Models:     []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}},
		Interfaces: []Interface{{ID: "lan"}, {ID: "wifi", Models: []string{"B"}}, {ID: "lte", Models: []string{"C"}}, {ID: "rs", Models: []string{"A"}}},
	}
	lan := Port{Number: 2575, Transport: "tcp", Interface: "lan", DefaultEnabled: True}
	wifi := Port{Number: 2575, Transport: "tcp", Interface: "wifi", DefaultEnabled: True}
	lte := Port{Number: 2575, Transport: "tcp", Interface: "lte", DefaultEnabled: True}
	rs := Port{Number: 2575, Transport: "tcp", Interface: "rs", DefaultEnabled: True}
	wifiOff := wifi
	wifiOff.DefaultEnabled = False
	udp := Port{Number: 2575, Transport: "udp", Interface: "lan", DefaultEnabled: True}
	for _, tc := range []struct {
		name  string
		ports []Port
		pt    Port
		want  string
	}{
		{"every model's interface and one model's", []Port{lan, wifi}, wifi, ""},
		{"each model on its own interface", []Port{rs, wifi, lte}, wifi, ""},
		{"two of three models", []Port{wifi, lte}, wifi, "models B and C only"},
		{"another state is not merged", []Port{wifiOff, lte}, lte, "model C only"},
		{"another transport is not merged", []Port{udp, lte}, lte, "model C only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.PortOnlyOnAmong(tc.ports, tc.pt); got != tc.want {
				t.Errorf("PortOnlyOnAmong = %q, want %q", got, tc.want)
			}
		})
	}
}
