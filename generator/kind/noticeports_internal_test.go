package kind

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestSamePort: two port entries are the same port only when number,
// transport, direction, interface, part and service all agree.
func TestSamePort(t *testing.T) {
	base := content.Port{Number: 443, Transport: "tcp", Direction: "in", Interface: "eth", Part: "pump", Service: "HTTPS", Purpose: "Updates."}
	for _, tc := range []struct {
		name string
		edit func(*content.Port)
		same bool
	}{
		{"identical", func(*content.Port) {}, true},
		{"another purpose only", func(p *content.Port) { p.Purpose = "Logs." }, true},
		{"number", func(p *content.Port) { p.Number = 8443 }, false},
		{"transport", func(p *content.Port) { p.Transport = "udp" }, false},
		{"direction", func(p *content.Port) { p.Direction = "out" }, false},
		{"interface", func(p *content.Port) { p.Interface = "wlan" }, false},
		{"part", func(p *content.Port) { p.Part = "server" }, false},
		{"service", func(p *content.Port) { p.Service = "MQTT" }, false},
	} {
		b := base
		tc.edit(&b)
		if got := samePort(base, b); got != tc.same {
			t.Errorf("%s: samePort %v, want %v", tc.name, got, tc.same)
		}
	}
}

// TestSameRule: two versions' firewall rules are the same connection
// only when side, endpoints, port, transport, service, interfaces, state
// as shipped and models all agree.
func TestSameRule(t *testing.T) {
	base := content.FirewallRule{Side: "Clinical workstations", Peers: []string{"Portal"}, Port: 443, Transport: "tcp", Service: "HTTPS",
		Interfaces: []string{"Ethernet"}, Enabled: content.True, OnlyOn: "model A only", Manufacturer: true}
	for _, tc := range []struct {
		name string
		edit func(*content.FirewallRule)
		same bool
	}{
		{"identical", func(*content.FirewallRule) {}, true},
		{"side", func(r *content.FirewallRule) { r.Side = "Servers" }, false},
		{"peers", func(r *content.FirewallRule) { r.Peers = []string{"Portal", "API"} }, false},
		{"port", func(r *content.FirewallRule) { r.Port = 8443 }, false},
		{"transport", func(r *content.FirewallRule) { r.Transport = "udp" }, false},
		{"service", func(r *content.FirewallRule) { r.Service = "MQTT" }, false},
		{"interfaces", func(r *content.FirewallRule) { r.Interfaces = []string{"Wi-Fi"} }, false},
		{"state as shipped", func(r *content.FirewallRule) { r.Enabled = content.False }, false},
		{"models", func(r *content.FirewallRule) { r.OnlyOn = "" }, false},
	} {
		b := base
		tc.edit(&b)
		if got := sameRule(base, b); got != tc.same {
			t.Errorf("%s: sameRule %v, want %v", tc.name, got, tc.same)
		}
	}
}
