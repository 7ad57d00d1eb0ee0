package content

import "testing"

// TestFinalDenyRule: the firewall rules end with "deny the rest" while a
// part with a port on the customer's network stays there: the device,
// software the customer hosts, an app on the customer's computers or on
// another maker's medical device, or one whose kinds of device are not
// written. The product's app on phones or tablets alone (Part.Roams)
// connects from whatever network the phone is on: with no other part on
// the customer's network, no deny rule is given.
func TestFinalDenyRule(t *testing.T) {
	app := func(kinds []string, maker string) Part {
		return Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: kinds, HostMaker: maker}
	}
	probe := Part{ID: "probe", Name: "Probe", Runs: "device"}
	cloud := Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}
	appOut := Port{Number: 443, Transport: "tcp", Direction: "out", Interface: "app-net", Part: "app", PeerPart: "cloud"}
	probeLink := Port{Number: 7443, Transport: "tcp", Direction: "in", Interface: "probe-wifi", Part: "probe"}
	for _, tc := range []struct {
		name     string
		parts    []Part
		internal bool // the probe's Wi-Fi is a link internal to the product
		ports    []Port
		want     bool
	}{
		{"app on phones and tablets, probe on an internal link", []Part{probe, app([]string{"phone", "tablet"}, ""), cloud}, true, []Port{appOut, probeLink}, false},
		{"app on phones only", []Part{app([]string{"phone"}, ""), cloud}, true, []Port{appOut}, false},
		{"app on phones, probe on the customer's Wi-Fi", []Part{probe, app([]string{"phone"}, ""), cloud}, false, []Port{appOut, probeLink}, true},
		{"app that may run on a computer", []Part{app([]string{"phone", "computer"}, ""), cloud}, true, []Port{appOut}, true},
		{"app whose kinds of device are not written", []Part{app(nil, ""), cloud}, true, []Port{appOut}, true},
		{"app on another maker's medical device", []Part{app(nil, "Halvard Medical"), cloud}, true, []Port{appOut}, true},
		{"software the customer hosts", []Part{{ID: "app", Name: "Server", Runs: "customer_hosted"}, cloud}, true, []Port{appOut}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Parts: tc.parts, Ports: tc.ports, Interfaces: []Interface{
				{ID: "app-net", Kind: "api", Name: "Network", Part: "app"},
				{ID: "probe-wifi", Kind: "wifi", Name: "Probe Wi-Fi", Part: "probe", Internal: tc.internal},
			}}
			if !p.HasCustomerSidePorts() {
				t.Fatal("HasCustomerSidePorts = false; every case has a port on the customer's side")
			}
			if got := p.FinalDenyRule(); got != tc.want {
				t.Errorf("FinalDenyRule = %v; want %v", got, tc.want)
			}
		})
	}
}
