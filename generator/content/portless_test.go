package content

import "testing"

// TestPortlessOffCustomerNetwork: a product with its ports written empty
// and no part on the customer's network (a USB-only monitor with a
// desktop app on the patient's own computer) has no traffic for a
// firewall; written ports unwritten, a part on the customer's network
// (the same app in a hospital, a monitor with Ethernet) or a port decide
// otherwise.
func TestPortlessOffCustomerNetwork(t *testing.T) {
	monitor := Part{ID: "monitor", Name: "Monitor", Runs: "device"}
	app := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"computer"}}
	usb := Interface{ID: "usb", Kind: "usb", Name: "USB", Part: "monitor"}
	lan := Interface{ID: "lan", Kind: "ethernet", Name: "Ethernet", Part: "monitor"}
	appOut := Port{Number: 443, Transport: "tcp", Direction: "out", Interface: "app-usb", Part: "app"}
	const written = "ports = []\n[[interfaces]]\nid = \"usb\"\n"
	for _, c := range []struct {
		name   string
		src    string
		home   Tri
		ifaces []Interface
		ports  []Port
		want   bool
	}{
		{"home, USB only, ports written empty", written, True, []Interface{usb}, nil, true},
		{"ports not written", "[[interfaces]]\nid = \"usb\"\n", True, []Interface{usb}, nil, false},
		{"app on the customer's computers in a hospital", written, False, []Interface{usb}, nil, false},
		{"monitor with Ethernet", written, True, []Interface{usb, lan}, nil, false},
		{"a port written", "[[ports]]\nnumber = 443\n[[interfaces]]\nid = \"usb\"\n", True, []Interface{usb}, []Port{appOut}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{HomeUse: c.home, Parts: []Part{monitor, app}, Interfaces: c.ifaces, Ports: c.ports,
				Source: SourceOfText("p.toml", []byte(c.src))}
			if got := p.PortlessOffCustomerNetwork(); got != c.want {
				t.Errorf("PortlessOffCustomerNetwork = %v; want %v", got, c.want)
			}
		})
	}
}

// TestPartConnectsOut: a part connects from its network only through a
// port of its own that is stated to connect out ("out" or "both"): one
// whose direction is not written is not known to.
func TestPartConnectsOut(t *testing.T) {
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	for _, c := range []struct {
		name  string
		ports []Port
		want  bool
	}{
		{"no port", nil, false},
		{"outbound", []Port{{Number: 443, Direction: "out", Part: "app"}}, true},
		{"both ways", []Port{{Number: 443, Direction: "both", Part: "app"}}, true},
		{"direction not written", []Port{{Number: 443, Part: "app"}}, false},
		{"inbound only", []Port{{Number: 8080, Direction: "in", Part: "app"}}, false},
		{"another part's outbound", []Port{{Number: 443, Direction: "out", Part: "cloud"}}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{Parts: []Part{app, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}, Ports: c.ports}
			if got := p.PartConnectsOut(app); got != c.want {
				t.Errorf("PartConnectsOut = %v; want %v", got, c.want)
			}
		})
	}
}
