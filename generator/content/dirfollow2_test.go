package content

import (
	"slices"
	"strings"
	"testing"
)

// dirFollow2Product: a home-use scanner on the customer's LAN with a cellular
// modem, a patient's phone app and a service the manufacturer hosts,
// listening on 443/tcp at api.example and, with direction dir, on
// 8443/tcp at other.example. The scanner's LAN port and the app's port
// to api.example have direction dir; the scanner's modem port to the
// service is stated outbound, and so is its LAN port to other.example.
func dirFollow2Product(dir string) *Product {
	return &Product{HomeUse: True,
		Parts: []Part{{ID: "dev", Name: "Scanner", Runs: "device"},
			{ID: "app", Name: "Phone app", Runs: "customer_device", HostKinds: []string{"phone"}},
			{ID: "svc", Name: "Cloud", Runs: "manufacturer_hosted"}},
		Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "dev"}, {ID: "lte", Kind: "cellular", Name: "LTE", Part: "dev"},
			{ID: "app-net", Kind: "api", Name: "App network", Part: "app"}, {ID: "svc-api", Kind: "api", Name: "API", Part: "svc"}},
		Ports: []Port{
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "svc-api", Part: "svc", Endpoints: []string{"api.example"}},
			{Number: 8443, Transport: "tcp", Service: "HTTPS", Direction: dir, Interface: "svc-api", Part: "svc", Endpoints: []string{"other.example"}},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: dir, Interface: "lan", Part: "dev", Endpoints: []string{"api.example"}},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: dir, Interface: "app-net", Part: "app", Endpoints: []string{"api.example"}},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lte", Part: "dev", PeerPart: "svc"},
			{Number: 8443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "dev", Endpoints: []string{"other.example"}},
		},
		DataFlows: []DataFlow{{ID: "DF-1", From: "dev", To: "svc", Data: DataKinds{"logs"}, Interface: "lan"}},
	}
}

// TestDirFollowFirewallHelpers: the helpers that shape the firewall rules
// of ports whose direction is stated count a port whose direction is not
// stated neither as a connection to a host nor as a listener at one.
func TestDirFollowFirewallHelpers(t *testing.T) {
	for _, tc := range []struct {
		dir string
		// reachedFromCustomerDevice(api.example), clientReaches over DF-1,
		// reachesOnlyOverCarrier(scanner), FirewallReachesHosted without
		// the 443 listener, isHostedPart of a service at other.example
		devReach, clientReach, carrierOnly, reachesHosted, hostedPart bool
		named                                                         string // clientNamedEndpoints
	}{
		{"out", true, true, false, false, false, "api.example"},
		{"in", false, false, true, true, true, ""},
		{"", false, false, true, false, false, ""},
	} {
		t.Run("direction "+tc.dir, func(t *testing.T) {
			p := dirFollow2Product(tc.dir)
			svc, dev := p.Part("svc"), p.Part("dev")
			listener, eps := p.Ports[0], p.Ports[0].Endpoints
			if got := p.reachedFromCustomerDevice("api.example"); got != tc.devReach {
				t.Errorf("reachedFromCustomerDevice = %v; want %v", got, tc.devReach)
			}
			if got := p.clientReaches(svc, p.DataFlows[0], listener, eps); got != tc.clientReach {
				t.Errorf("clientReaches = %v; want %v", got, tc.clientReach)
			}
			if got := strings.Join(p.clientNamedEndpoints(svc, listener, eps), "; "); got != tc.named {
				t.Errorf("clientNamedEndpoints = %q; want %q", got, tc.named)
			}
			if got := p.reachesOnlyOverCarrier(dev, svc, eps); got != tc.carrierOnly {
				t.Errorf("reachesOnlyOverCarrier = %v; want %v", got, tc.carrierOnly)
			}
			if got := p.isHostedPart(CloudService{Name: "Other", Endpoints: []string{"https://other.example/v1"}}); got != tc.hostedPart {
				t.Errorf("isHostedPart = %v; want %v", got, tc.hostedPart)
			}
			q := dirFollow2Product(tc.dir)
			q.Parts = slices.DeleteFunc(q.Parts, func(pt Part) bool { return pt.ID == "app" })
			q.Ports = []Port{q.Ports[1], q.Ports[5]}
			if got := q.FirewallReachesHosted(); got != tc.reachesHosted {
				t.Errorf("FirewallReachesHosted = %v; want %v", got, tc.reachesHosted)
			}
		})
	}
}

// TestDirFollowNoticeIsolation: the notice's isolation line says an app on
// a phone whose only port has no direction connects from whatever network
// the phone is on only where that port's direction says it connects.
func TestDirFollowNoticeIsolation(t *testing.T) {
	for _, tc := range []struct {
		dirs     []string
		connects bool
		want     string
	}{
		{[]string{"out"}, true, " and connects from whatever network that device is on"},
		{[]string{"both"}, true, " and connects from whatever network that device is on"},
		{nil, false, ", and no port of its own is listed"},
		{[]string{"in"}, false, ""},
		{[]string{""}, false, ", and whether its port opens or accepts connections is not stated"},
		{[]string{"", ""}, false, ", and whether its ports open or accept connections is not stated"},
		{[]string{"in", ""}, false, ", and whether one of its ports opens or accepts connections is not stated"},
	} {
		p := &Product{HomeUse: True, Parts: []Part{{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}}},
			Interfaces: []Interface{{ID: "net", Kind: "api", Name: "Network", Part: "app"}}}
		for i, d := range tc.dirs {
			p.Ports = append(p.Ports, Port{Number: 443 + i, Transport: "tcp", Service: "HTTPS", Direction: d, Interface: "net", Part: "app", Endpoints: []string{"api.example"}})
		}
		app := p.Part("app")
		if got := p.PartConnectsOut(app); got != tc.connects {
			t.Errorf("directions %q: PartConnectsOut = %v; want %v", tc.dirs, got, tc.connects)
		}
		if got := p.PartConnectsWords(app); got != tc.want {
			t.Errorf("directions %q: PartConnectsWords = %q; want %q", tc.dirs, got, tc.want)
		}
	}
}

// TestDirFollowPortlessKindUnstated: a device beside portless apps whose
// internal interface's kind is not stated is not said to have no network
// interface, nor is "Not stated" named as a kind.
func TestDirFollowPortlessKindUnstated(t *testing.T) {
	src := SourceOfText("p.toml", []byte("ports = []\n[[interfaces]]\nid = \"x\"\n"))
	hand := Part{ID: "hand", Name: "Kestrel Hand", Runs: "device", InterfacesComplete: True}
	fit := Part{ID: "fit", Name: "Kestrel Fit", Runs: "customer_device", HostKinds: []string{"tablet"}, OwnedBy: "customer", InterfacesComplete: True}
	for _, tc := range []struct {
		its  []Interface
		want string
	}{
		{[]Interface{{ID: "hand-ble", Kind: "bluetooth", Part: "hand", Internal: true}},
			"No firewall rule is given: Kestrel Hand has no network interface (Bluetooth only), and Kestrel Fit opens no network port and connects to none."},
		{[]Interface{{ID: "hand-ble", Kind: "bluetooth", Part: "hand", Internal: true}, {ID: "hand-link", Part: "hand", Internal: true}},
			"No firewall rule is given: Kestrel Hand joins no network of the customer's (Bluetooth and an interface whose kind is not stated; whether that interface is a network interface is not stated), and Kestrel Fit opens no network port and connects to none."},
		{[]Interface{{ID: "hand-a", Part: "hand", Internal: true}, {ID: "hand-b", Part: "hand", Internal: true}},
			"No firewall rule is given: Kestrel Hand joins no network of the customer's (2 interfaces whose kind is not stated; whether those interfaces are network interfaces is not stated), and Kestrel Fit opens no network port and connects to none."},
	} {
		its := append(slices.Clone(tc.its), Interface{ID: "fit-ble", Kind: "bluetooth", Part: "fit", Internal: true})
		p := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{hand, fit}, Interfaces: its, Ports: []Port{}, Source: src}
		if !p.PortlessAppsOnNetwork() {
			t.Errorf("%v: PortlessAppsOnNetwork = false", tc.its)
			continue
		}
		if got := p.PortlessAppsOnNetworkText(); got != tc.want {
			t.Errorf("PortlessAppsOnNetworkText =\n%q; want\n%q", got, tc.want)
		}
	}
}
