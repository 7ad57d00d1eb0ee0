package content

import (
	"fmt"
	"strings"
	"testing"
)

// monitorProduct is a bedside monitor (a device part, not used in a
// hospital) that reaches the manufacturer's cloud on port 443 over the
// interface of the given kind, both ends written (the monitor's port
// names the cloud as peer_part, the cloud's listener names the monitor),
// and a clinician portal the customer's users reach.
func monitorProduct(kind InterfaceKind) *Product {
	return &Product{
		Parts: []Part{{ID: "monitor", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}},
		Interfaces: []Interface{{ID: "uplink", Kind: kind, Name: "Uplink", Part: "monitor"},
			{ID: "ingest", Kind: "api", Name: "Ingest API", Part: "cloud"}, {ID: "portal", Kind: "web_ui", Name: "Portal", Part: "cloud"}},
		Ports: []Port{
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "uplink", Part: "monitor", PeerPart: "cloud"},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "ingest", Part: "cloud", PeerPart: "monitor", Endpoints: []string{"ingest.example"}},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "portal", Part: "cloud", Endpoints: []string{"portal.example"}},
		},
	}
}

// TestCellularPortsAreOffTheCustomersNetwork: a port on a cellular
// interface goes over the mobile operator's network, through no firewall
// of the customer's. It gets no firewall rule, neither from its own side
// nor from the manufacturer's listener that names its part, is no port
// on the customer's side (nothing to isolate) and is among the ports no
// rule covers, so the key facts still name it. The same monitor on
// Wi-Fi keeps its rule, one rule to the host name the listener gives
// (there were two: one to that host name, from the listener naming the
// monitor, and one to "Cloud (hosted by the manufacturer)", from the
// monitor's port naming the cloud, which no firewall can be given).
func TestCellularPortsAreOffTheCustomersNetwork(t *testing.T) {
	for _, tc := range []struct {
		kind         InterfaceKind
		rules        string
		customerSide bool
		unruled      string
		overCarrier  bool
	}{
		{"cellular", "out Hospital network 443 [portal.example]", false, "443/tcp out monitor", true},
		{"wifi", "out Hospital network 443 [portal.example]; out Monitor 443 [ingest.example]", true, "", false},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			p := monitorProduct(tc.kind)
			var rules []string
			for _, r := range p.FirewallRules() {
				rules = append(rules, fmt.Sprintf("%s %s %d %v", r.Direction, r.Side, r.Port, r.Peers))
			}
			if got := strings.Join(rules, "; "); got != tc.rules {
				t.Errorf("FirewallRules:\n got %s\nwant %s", got, tc.rules)
			}
			if got := p.HasCustomerSidePorts(); got != tc.customerSide {
				t.Errorf("HasCustomerSidePorts = %v; want %v", got, tc.customerSide)
			}
			if got := p.Isolatable(); got != tc.customerSide {
				t.Errorf("Isolatable = %v; want %v", got, tc.customerSide)
			}
			if got := portNumbers(p.UnruledPorts()); got != tc.unruled {
				t.Errorf("UnruledPorts = %s; want %s", got, tc.unruled)
			}
			if got := p.OverCarrierOnly("monitor"); got != tc.overCarrier {
				t.Errorf("OverCarrierOnly(monitor) = %v; want %v", got, tc.overCarrier)
			}
		})
	}

	// The listener's endpoint that only the cellular port names needs no
	// rule either, when the listener does not name its client.
	p := monitorProduct("cellular")
	p.Ports[0].PeerPart, p.Ports[0].Endpoints = "", []string{"ingest.example"}
	p.Ports[1].PeerPart = ""
	for _, r := range p.FirewallRules() {
		if strings.Contains(strings.Join(r.Peers, " "), "ingest.example") {
			t.Errorf("rule %+v reaches the endpoint only the cellular port connects to", r)
		}
	}
}

// TestCellularPortWithoutEndpointsWarning: an outbound port with no
// approved endpoint is warned about either way (FDA labeling item 3 asks
// for every port's destinations), but only a port on the customer's
// network is said to need them for a hospital's firewall rules.
func TestCellularPortWithoutEndpointsWarning(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	for _, tc := range []struct {
		kind, want, never string
	}{
		{"cellular", "port 443/tcp is used outbound on a cellular interface but names no approved endpoint; FDA labeling item 3 asks for the destinations of every port", "firewall"},
		{"ethernet", "port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules", "cellular"},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			src := head + "[[interfaces]]\nid = \"up\"\nkind = \"" + tc.kind + "\"\nname = \"Uplink\"\npurpose = \"P\"\n" +
				"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"up\"\n"
			var found []string
			for _, d := range validateInDir(t, src, nil) {
				if d.Path == "ports[0].endpoints" {
					found = append(found, d.Message)
				}
			}
			if len(found) != 1 || !strings.Contains(found[0], tc.want) || strings.Contains(found[0], tc.never) {
				t.Errorf("ports[0].endpoints diagnostics = %q; want one containing %q and not %q", found, tc.want, tc.never)
			}
		})
	}
}

// TestPortToAListenerWithEndpointsNeedsNone: an outbound port naming a
// service the manufacturer hosts (peer_part) whose listener for its part
// gives the endpoints has its destinations in the documents (PortPeers,
// the rules): check warned that it "names no approved endpoint" (h134's
// defibrillator on LTE-M). A listener that names no client part, or a
// port naming no service, is still warned about.
func TestPortToAListenerWithEndpointsNeedsNone(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n" +
		"[[parts]]\nid = \"aed\"\nname = \"AED\"\nruns = \"device\"\n" +
		"[[parts]]\nid = \"portal\"\nname = \"Portal\"\nruns = \"manufacturer_hosted\"\n" +
		"[[interfaces]]\nid = \"lte\"\nkind = \"cellular\"\nname = \"LTE-M\"\npurpose = \"P\"\npart = \"aed\"\n" +
		"[[interfaces]]\nid = \"api\"\nkind = \"api\"\nname = \"API\"\npurpose = \"P\"\npart = \"portal\"\n"
	out := "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"lte\"\n"
	listener := "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"api\"\nendpoints = [\"api.example\"]\n"
	for _, tc := range []struct {
		name, src string
		warned    bool
	}{
		{"peer's listener names the part", out + "peer_part = \"portal\"\n" + listener + "peer_part = \"aed\"\n", false},
		{"peer's listener names no part", out + "peer_part = \"portal\"\n" + listener, true},
		{"no peer named", out + listener + "peer_part = \"aed\"\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			warned := false
			for _, d := range validateInDir(t, head+tc.src, nil) {
				if d.Path == "ports[0].endpoints" && strings.Contains(d.Message, "names no approved endpoint") {
					warned = true
				}
			}
			if warned != tc.warned {
				t.Errorf("warned %v; want %v", warned, tc.warned)
			}
		})
	}
}

// TestPortPeersGiveTheListenersEndpoints: a connection to a service the
// manufacturer hosts that names the service (peer_part) but no endpoint
// shows, in the ports tables, the host names the service's listener for
// that part gives, as its firewall rule does, instead of "Cloud (hosted
// by the manufacturer)"; a listener that does not name the part gives
// none, and the service's name stays.
func TestPortPeersGiveTheListenersEndpoints(t *testing.T) {
	p := monitorProduct("cellular")
	if got := strings.Join(p.PortPeers(p.Ports[0]), "; "); got != "ingest.example" {
		t.Errorf("PortPeers = %q; want the listener's endpoint ingest.example", got)
	}
	p.Ports[1].PeerPart = ""
	if got := strings.Join(p.PortPeers(p.Ports[0]), "; "); got != "Cloud (hosted by the manufacturer)" {
		t.Errorf("PortPeers with a listener naming no client = %q; want the service's name", got)
	}
}
