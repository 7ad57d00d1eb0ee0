package content

import "testing"

// TestNoPartOnCustomerNetwork: a device whose only network is its
// cellular modem and a portal the manufacturer hosts are off the
// customer's network, ports written or not. A Wi-Fi interface puts the
// device there; a Bluetooth or USB interface could carry a port there,
// so unwritten ports leave it open; so does an app on the customer's
// computer (whatever network it is on) or unwritten interfaces.
func TestNoPartOnCustomerNetwork(t *testing.T) {
	device := Part{ID: "dev", Name: "Concentrator", Runs: "device", InterfacesComplete: True}
	hosted := Part{ID: "link", Name: "Link", Runs: "manufacturer_hosted", InterfacesComplete: True}
	app := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"computer"}, InterfacesComplete: True}
	lte := Interface{ID: "lte", Kind: "cellular", Name: "LTE", Part: "dev"}
	portal := Interface{ID: "portal", Kind: "web_ui", Name: "Portal", Part: "link"}
	serial := Interface{ID: "svc", Kind: "serial", Name: "Service port", Part: "dev"}
	const ifacesOnly = "[[interfaces]]\nid = \"lte\"\n"
	for _, c := range []struct {
		name   string
		src    string
		parts  []Part
		ifaces []Interface
		ports  []Port
		want   bool
	}{
		{"cellular device and hosted portal, ports not written", ifacesOnly, []Part{device, hosted}, []Interface{lte, portal}, nil, true},
		{"a serial service port too", ifacesOnly, []Part{device, hosted}, []Interface{lte, portal, serial}, nil, true},
		{"cellular device alone", ifacesOnly, []Part{device}, []Interface{lte}, nil, true},
		{"ports written, on cellular and at the manufacturer", "[[ports]]\nnumber = 443\n" + ifacesOnly, []Part{device, hosted}, []Interface{lte, portal},
			[]Port{{Number: 443, Transport: "tcp", Direction: "out", Interface: "lte", Part: "dev"}, {Number: 443, Transport: "tcp", Direction: "in", Interface: "portal", Part: "link"}}, true},
		{"interfaces not written", "id = \"x\"\n", []Part{device, hosted}, []Interface{lte, portal}, nil, false},
		{"Wi-Fi on the device", ifacesOnly, []Part{device, hosted}, []Interface{lte, portal, {ID: "wifi", Kind: "wifi", Name: "Wi-Fi", Part: "dev"}}, nil, false},
		{"Bluetooth on the device", ifacesOnly, []Part{device, hosted}, []Interface{lte, portal, {ID: "bt", Kind: "bluetooth", Name: "BT", Part: "dev"}}, nil, false},
		{"USB on the device", ifacesOnly, []Part{device, hosted}, []Interface{lte, portal, {ID: "usb", Kind: "usb", Name: "USB", Part: "dev"}}, nil, false},
		{"an app on the customer's computer", ifacesOnly, []Part{device, hosted, app}, []Interface{lte, portal}, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{HomeUse: True, Parts: c.parts, Interfaces: c.ifaces, Ports: c.ports, Source: SourceOfText("p.toml", []byte(c.src))}
			if got := p.NoPartOnCustomerNetwork(); got != c.want {
				t.Errorf("NoPartOnCustomerNetwork = %v; want %v", got, c.want)
			}
		})
	}
}
