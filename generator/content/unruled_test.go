package content

import (
	"fmt"
	"slices"
	"testing"
)

// TestUnruledPortsAndHostedReach: the ports no firewall rule covers whose
// part the manufacturer does not host are those of an app on a patient's
// own phone (home use) and of the customer's own infrastructure; whether
// a rule reaches the manufacturer's cloud follows the rules: the portal
// reached from the customer's network, or the app on a hospital's own
// phone, gives one; an app on a patient's phone alone gives none.
func TestUnruledPortsAndHostedReach(t *testing.T) {
	product := func(home Tri, portal bool) *Product {
		p := &Product{
			HomeUse: home,
			Parts: []Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
				{ID: "idp", Name: "Identity provider", Runs: "customer_infrastructure"}},
			Interfaces: []Interface{{ID: "net", Kind: "api", Name: "App network", Part: "app"}, {ID: "api", Kind: "api", Name: "Data API", Part: "cloud"},
				{ID: "portal", Kind: "web_ui", Name: "Portal", Part: "cloud"}, {ID: "saml", Kind: "api", Name: "SAML", Part: "idp"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "net", Part: "app", Endpoints: []string{"api.example"}, DefaultEnabled: True},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"api.example"}, DefaultEnabled: True},
				{Number: 8443, Transport: "tcp", Service: "SAML", Direction: "in", Interface: "saml", Part: "idp", DefaultEnabled: True},
			},
		}
		if portal {
			p.Ports = append(p.Ports, Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "portal", Part: "cloud", Endpoints: []string{"portal.example"}, DefaultEnabled: True})
		}
		return p
	}
	for _, tc := range []struct {
		name    string
		home    Tri
		portal  bool
		unruled []string // part:port
		reaches bool
	}{
		{"app on a patient's phone only", True, false, []string{"app:443", "idp:8443"}, false},
		{"app on a patient's phone, portal reached from the customer's network", True, true, []string{"app:443", "idp:8443"}, true},
		{"app on a hospital's own phone", False, false, []string{"idp:8443"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(tc.home, tc.portal)
			var got []string
			for _, pt := range p.UnruledPorts() {
				got = append(got, fmt.Sprintf("%s:%d", pt.Part, pt.Number))
			}
			if !slices.Equal(got, tc.unruled) {
				t.Errorf("UnruledPorts = %q; want %q", got, tc.unruled)
			}
			if r := p.FirewallReachesHosted(); r != tc.reaches {
				t.Errorf("FirewallReachesHosted = %v; want %v", r, tc.reaches)
			}
		})
	}
}

// TestHostedReachedThroughPeerPart: a device's outbound VPN to the
// manufacturer's remote-service centre, which names the centre as its
// peer_part while the centre lists no listening port of its own, is a
// rule that reaches a service the manufacturer hosts (the CSD said "No
// rule reaches a service the manufacturer hosts" above that very rule);
// an outbound rule to the customer's own server does not.
func TestHostedReachedThroughPeerPart(t *testing.T) {
	product := func(peer string) *Product {
		return &Product{
			Parts: []Part{{ID: "gw", Name: "Gateway", Runs: "device"}, {ID: "rsc", Name: "Remote service centre", Runs: "manufacturer_hosted"},
				{ID: "pacs", Name: "PACS", Runs: "customer_infrastructure"}},
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "gw"}},
			Ports: []Port{{Number: 4500, Transport: "udp", Service: "IPsec", Direction: "out", Interface: "lan", Part: "gw",
				PeerPart: peer, Endpoints: []string{"vpn.example"}, DefaultEnabled: False}},
		}
	}
	for _, tc := range []struct {
		peer    string
		reaches bool
	}{{"rsc", true}, {"pacs", false}, {"", false}} {
		p := product(tc.peer)
		if len(p.FirewallRules()) != 1 {
			t.Fatalf("peer %q: rules %+v; want one", tc.peer, p.FirewallRules())
		}
		if r := p.FirewallReachesHosted(); r != tc.reaches {
			t.Errorf("peer %q: FirewallReachesHosted = %v; want %v", tc.peer, r, tc.reaches)
		}
	}
}
