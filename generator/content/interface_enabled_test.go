package content

import "testing"

// TestInterfaceEnabledFromItsPorts: an interface whose default_enabled is
// not written is on as shipped where a port on it is open as shipped on
// every model the interface is on; a port stated closed, or open on some
// models only, decides nothing, and a written default_enabled stands.
func TestInterfaceEnabledFromItsPorts(t *testing.T) {
	port := func(on Tri, models ...string) Port {
		return Port{Number: 445, Transport: "tcp", Interface: "lan", DefaultEnabled: on, Models: models}
	}
	models := []Model{{ID: "A"}, {ID: "B"}}
	tests := []struct {
		name   string
		it     Interface
		ports  []Port
		want   Tri
		listed string // InterfaceStateList of the one interface
	}{
		{"port open", Interface{ID: "lan"}, []Port{port(True)}, True, "Ethernet (on)"},
		{"port closed", Interface{ID: "lan"}, []Port{port(False)}, Unstated, "Ethernet (whether it is on is not stated)"},
		{"port unstated", Interface{ID: "lan"}, []Port{port(Unstated)}, Unstated, "Ethernet (whether it is on is not stated)"},
		{"no port", Interface{ID: "lan"}, nil, Unstated, "Ethernet (whether it is on is not stated)"},
		{"stated off stands", Interface{ID: "lan", DefaultEnabled: False}, []Port{port(True)}, False, "Ethernet (off)"},
		{"open on one model of two", Interface{ID: "lan"}, []Port{port(True, "A")}, Unstated, "Ethernet (whether it is on is not stated)"},
		{"open on every model", Interface{ID: "lan"}, []Port{port(True, "A", "B")}, True, "Ethernet (on)"},
		{"open on the interface's one model", Interface{ID: "lan", Models: []string{"B"}}, []Port{port(True, "B")}, True, "Ethernet (on, model B only)"},
		{"another interface's port", Interface{ID: "wan"}, []Port{port(True)}, Unstated, "Ethernet (whether it is on is not stated)"},
	}
	for _, tc := range tests {
		tc.it.Name = tc.it.ID
		tc.it.Kind = "ethernet"
		p := &Product{Interfaces: []Interface{tc.it}, Ports: tc.ports, Models: models}
		if got := p.InterfaceEnabled(tc.it); got != tc.want {
			t.Errorf("%s: InterfaceEnabled = %v, want %v", tc.name, got, tc.want)
		}
		if got := p.InterfaceStateList(p.Interfaces); got != tc.listed {
			t.Errorf("%s: InterfaceStateList = %q, want %q", tc.name, got, tc.listed)
		}
	}
}

// TestInternalInterfaceOnOnePartProduct: an interface marked internal on a
// product of one part (no [[parts]], or a single one) has no part of the
// product at its other end: check warns, naming the fix; a link between
// two parts marked internal at both ends is not warned about.
func TestInternalInterfaceOnOnePartProduct(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const iface = "\n[[interfaces]]\nid = \"analyzer-link\"\nkind = \"ethernet\"\nname = \"Second Ethernet port\"\npurpose = \"Cable to the analyzer.\"\ninternal = true\n"
	const warning = `warning: interfaces[0].internal: interface "analyzer-link" is marked internal, but the product lists no part besides `
	for _, tc := range []struct {
		name, src string
		warn      bool
	}{
		{"no parts", head + iface, true},
		{"one part", head + "\n[[parts]]\nid = \"ws\"\nname = \"Workstation\"\nruns = \"device\"\n" + iface, true},
		{"two parts, both ends", internalBase + internalIface("a", "ethernet", "ws", true) + internalIface("b", "ethernet", "recon", true), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags := validated(t, tc.src)
			if got := hasDiagIn(diags, warning); got != tc.warn {
				t.Errorf("warned = %v, want %v\n  %s", got, tc.warn, diagText(diags))
			}
		})
	}
}
