package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestPeerPartNamesTheOtherEnd: a port that names no approved endpoint
// but the part at its other end (peer_part) has that part as its other
// end, in the ports tables (with where it runs) and in its firewall rule
// (by name, as the rule's own side is named), instead of "Not stated";
// approved endpoints, when written, stay what the rule and tables give.
// A connection to a service the manufacturer hosts written at both ends
// without endpoints is then one rule, not two.
func TestPeerPartNamesTheOtherEnd(t *testing.T) {
	product := func(endpoints ...string) *Product {
		return &Product{
			Parts:      []Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted"}, {ID: "cloud", Name: "Portal", Runs: "manufacturer_hosted"}},
			Interfaces: []Interface{{ID: "wifi", Kind: "wifi", Name: "Wi-Fi", Part: "pump"}, {ID: "nic", Kind: "virtual_nic", Name: "Server adapter", Part: "server"}, {ID: "api", Kind: "api", Name: "Portal API", Part: "cloud"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "nic", Part: "server", PeerPart: "pump", Endpoints: endpoints},
				{Number: 8443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "wifi", Part: "pump", PeerPart: "cloud"},
				{Number: 8443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud", PeerPart: "pump"},
			},
		}
	}
	for _, tc := range []struct {
		name      string
		endpoints []string
		rules     string
		peers     string // PortPeers of the server's listener
	}{
		{"no endpoints", nil,
			"in Server 443 [Pump]; out Pump 8443 [Portal (hosted by the manufacturer)]", "Pump (on the device)"},
		{"endpoints written", []string{"Pumps on the device VLAN"},
			"in Server 443 [Pumps on the device VLAN]; out Pump 8443 [Portal (hosted by the manufacturer)]", "Pumps on the device VLAN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(tc.endpoints...)
			var rules []string
			for _, r := range p.FirewallRules() {
				rules = append(rules, fmt.Sprintf("%s %s %d %v", r.Direction, r.Side, r.Port, r.Peers))
			}
			if got := strings.Join(rules, "; "); got != tc.rules {
				t.Errorf("FirewallRules:\n got %s\nwant %s", got, tc.rules)
			}
			if got := strings.Join(p.PortPeers(p.Ports[0]), "; "); got != tc.peers {
				t.Errorf("PortPeers = %q; want %q", got, tc.peers)
			}
		})
	}
	p := product()
	p.Ports[0].PeerPart = ""
	if got := p.PortPeers(p.Ports[0]); len(got) != 0 {
		t.Errorf("PortPeers of a port naming neither endpoints nor peer part = %q; want none", got)
	}
}
