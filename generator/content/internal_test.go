package content

import (
	"fmt"
	"strings"
	"testing"
)

// ctProduct is a scanner of two computers joined by a private cable (the
// acquisition workstation and the reconstruction computer in the gantry,
// a connection listed at both ends, each naming the other's part), with a
// cloud service whose front end reaches its database on a private network
// of its own. internal marks the private links' interfaces internal.
func ctProduct(internal bool) *Product {
	return &Product{
		Parts: []Part{
			{ID: "ws", Name: "Acquisition workstation", Runs: "device"},
			{ID: "recon", Name: "Reconstruction computer", Runs: "device"},
			{ID: "cloud", Name: "Dose portal", Runs: "manufacturer_hosted"},
			{ID: "db", Name: "Portal database", Runs: "manufacturer_hosted"},
		},
		Interfaces: []Interface{
			{ID: "lan", Kind: "ethernet", Name: "Hospital LAN", Part: "ws"},
			{ID: "ws-sys", Kind: "ethernet", Name: "System network (workstation)", Part: "ws", Internal: internal},
			{ID: "sys", Kind: "ethernet", Name: "System network (gantry)", Part: "recon", Internal: internal},
			{ID: "web", Kind: "api", Name: "Portal API", Part: "cloud"},
			{ID: "cloud-net", Kind: "virtual_nic", Name: "Portal back-end network", Part: "cloud", Internal: internal},
			{ID: "db-net", Kind: "virtual_nic", Name: "Database network", Part: "db", Internal: internal},
		},
		Ports: []Port{
			{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "in", Interface: "lan", Part: "ws", Endpoints: []string{"Hospital PACS"}, DefaultEnabled: True},
			{Number: 7001, Transport: "tcp", Service: "Recon jobs", Direction: "in", Interface: "sys", Part: "recon", PeerPart: "ws", DefaultEnabled: True},
			{Number: 7001, Transport: "tcp", Service: "Recon jobs", Direction: "out", Interface: "ws-sys", Part: "ws", PeerPart: "recon", DefaultEnabled: True},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "web", Part: "cloud", PeerPart: "ws", Endpoints: []string{"portal.example"}, DefaultEnabled: True},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"portal.example"}, DefaultEnabled: True},
			{Number: 5432, Transport: "tcp", Service: "PostgreSQL", Direction: "in", Interface: "db-net", Part: "db", PeerPart: "cloud", DefaultEnabled: True},
			{Number: 5432, Transport: "tcp", Service: "PostgreSQL", Direction: "out", Interface: "cloud-net", Part: "cloud", PeerPart: "db", DefaultEnabled: True},
		},
	}
}

func portNumbers(ports []Port) string {
	var s []string
	for _, pt := range ports {
		s = append(s, fmt.Sprintf("%d/%s %s %s", pt.Number, pt.Transport, pt.Direction, pt.Part))
	}
	return strings.Join(s, ", ")
}

// TestInternalPortsAreOffTheCustomersNetwork: a port on an interface
// internal to the product (the cable between a scanner's own computers, a
// cloud service's network to its own database) is no port of the
// customer's network: no firewall rule, not among the ports listening
// there or the connections opened from there, and no reason to isolate
// the product; it stays among the product's internal ports. Not marked
// internal, the same ports are the customer's (the old behaviour, which
// gave the hospital a rule for the gantry cable and one to the cloud's
// database).
func TestInternalPortsAreOffTheCustomersNetwork(t *testing.T) {
	for _, tc := range []struct {
		internal                            bool
		rules, listening, inbound, outbound string
		internalPorts                       string
		customerSidePorts                   bool
	}{
		{false,
			"in Acquisition workstation 104 [Hospital PACS]; out Acquisition workstation 443 [portal.example]; out Hospital network 5432 [Portal database (hosted by the manufacturer)]; out Acquisition workstation 7001 [Reconstruction computer]",
			"104/tcp in ws, 7001/tcp in recon",
			"104/tcp in ws, 443/tcp in cloud, 5432/tcp in db, 7001/tcp in recon",
			"443/tcp out ws, 5432/tcp out cloud, 7001/tcp out ws",
			"", true},
		{true,
			"in Acquisition workstation 104 [Hospital PACS]; out Acquisition workstation 443 [portal.example]",
			"104/tcp in ws",
			"104/tcp in ws, 443/tcp in cloud",
			"443/tcp out ws",
			"5432/tcp: Portal database and Dose portal; 7001/tcp: Reconstruction computer and Acquisition workstation", true},
	} {
		t.Run(fmt.Sprintf("internal=%v", tc.internal), func(t *testing.T) {
			p := ctProduct(tc.internal)
			var rules []string
			for _, r := range p.FirewallRules() {
				rules = append(rules, fmt.Sprintf("%s %s %d %v", r.Direction, r.Side, r.Port, r.Peers))
			}
			if got := strings.Join(rules, "; "); got != tc.rules {
				t.Errorf("FirewallRules:\n got %s\nwant %s", got, tc.rules)
			}
			if got := portNumbers(p.ListeningPorts()); got != tc.listening {
				t.Errorf("ListeningPorts = %s; want %s", got, tc.listening)
			}
			if got := portNumbers(p.InboundPorts()); got != tc.inbound {
				t.Errorf("InboundPorts = %s; want %s", got, tc.inbound)
			}
			if got := portNumbers(p.OutboundPorts()); got != tc.outbound {
				t.Errorf("OutboundPorts = %s; want %s", got, tc.outbound)
			}
			var users []string
			for _, u := range p.InternalPortUsers() {
				users = append(users, fmt.Sprintf("%d/%s: %s", u.Number, u.Transport, u.PartsText()))
			}
			if got := strings.Join(users, "; "); got != tc.internalPorts {
				t.Errorf("InternalPortUsers = %s; want %s", got, tc.internalPorts)
			}
			if got := p.HasCustomerSidePorts(); got != tc.customerSidePorts {
				t.Errorf("HasCustomerSidePorts = %v; want %v", got, tc.customerSidePorts)
			}
		})
	}

	// A device whose only ports are on its internal cable has no port on
	// the customer's network at all: nothing to firewall, nothing to
	// isolate.
	p := ctProduct(true)
	p.Ports = p.Ports[1:3]
	if rules := p.FirewallRules(); len(rules) != 0 || p.HasCustomerSidePorts() || p.Isolatable() {
		t.Errorf("only internal ports: rules %v, customer-side ports %v, isolatable %v; want none", rules, p.HasCustomerSidePorts(), p.Isolatable())
	}
	p.Interfaces[1].Internal, p.Interfaces[2].Internal = false, false
	if !p.HasCustomerSidePorts() || !p.Isolatable() {
		t.Error("the same ports not marked internal: want them on the customer's network")
	}
}

// TestPortRowsKeepInternalPortsApart: ports that differ only by interface
// share a row of the ports table, unless one interface is internal and
// the other is not: the row says whether it is internal to the product.
func TestPortRowsKeepInternalPortsApart(t *testing.T) {
	for _, tc := range []struct {
		internal bool
		want     string
	}{
		{false, "7001 [Hospital LAN System network (workstation)] internal=false"},
		{true, "7001 [Hospital LAN] internal=false; 7001 [System network (workstation)] internal=true"},
	} {
		p := ctProduct(tc.internal)
		p.Ports = []Port{
			{Number: 7001, Transport: "tcp", Service: "Recon jobs", Direction: "out", Interface: "lan", Part: "ws", Endpoints: []string{"Recon"}},
			{Number: 7001, Transport: "tcp", Service: "Recon jobs", Direction: "out", Interface: "ws-sys", Part: "ws", Endpoints: []string{"Recon"}},
		}
		var got []string
		for _, r := range p.PortRows() {
			got = append(got, fmt.Sprintf("%d %v internal=%v", r.Number, r.Interfaces, r.Internal))
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("internal=%v: PortRows = %q; want %q", tc.internal, got, tc.want)
		}
	}
}

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
