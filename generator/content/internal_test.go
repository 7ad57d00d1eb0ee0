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

// internalBase is a scanner of two computers and the manufacturer's
// portal, with the hospital's identity provider; the cases add the
// interfaces and ports under test.
const internalBase = `schema_version = 2
id = "p"

[[parts]]
id = "ws"
name = "Acquisition workstation"
runs = "device"

[[parts]]
id = "recon"
name = "Reconstruction computer"
runs = "device"

[[parts]]
id = "server"
name = "Image server"
runs = "customer_hosted"

[[parts]]
id = "cloud"
name = "Dose portal"
runs = "manufacturer_hosted"

[[parts]]
id = "idp"
name = "Identity provider"
runs = "customer_infrastructure"

[[interfaces]]
id = "web"
kind = "api"
part = "cloud"
name = "Portal API"
purpose = "Dose reports in."

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Dose reports."
direction = "in"
interface = "web"
endpoints = ["portal.example"]

[cloud]
statement = "Dose reports go to the portal."
[[cloud.services]]
name = "Update service"
provider = "Acme"
purpose = "Updates."
endpoints = ["updates.example"]
`

// appPart is the product's app on the customer's own phone, beside
// internalBase's parts.
const appPart = "\n[[parts]]\nid = \"app\"\nname = \"Probe app\"\nruns = \"customer_device\"\n"

// internalIface is an interface of kind k of part, marked internal when
// internal.
func internalIface(id, k, part string, internal bool) string {
	s := "\n[[interfaces]]\nid = \"" + id + "\"\nkind = \"" + k + "\"\npart = \"" + part + "\"\nname = \"" + id + "\"\npurpose = \"Link.\"\n"
	if internal {
		s += "internal = true\n"
	}
	return s
}

// internalPort is port 7001/tcp on iface in direction dir, with extra
// keys (peer_part, endpoints).
func internalPort(iface, dir, extra string) string {
	return "\n[[ports]]\nnumber = 7001\ntransport = \"tcp\"\nservice = \"Jobs\"\npurpose = \"Jobs.\"\ndirection = \"" + dir + "\"\ninterface = \"" + iface + "\"\n" + extra
}

// TestInternalLinksValidation: check holds an interface marked internal
// to what the documents then leave out. A radio that others can join, a
// link of the customer's own infrastructure, a link marked at one end
// only are warnings; a port whose other end (peer_part, an endpoint) is
// outside the product is an error where that end is certainly outside
// (a service the manufacturer hosts, a cloud service), a warning where it
// may be a dedicated cable (a server the customer hosts). An outbound
// port on an internal link needs no approved endpoint for a firewall
// rule, nor does one whose other end is a part of the product on the
// customer's network (peer_part), which the firewall rules name as its
// destination. A link written correctly, or not marked internal, says
// nothing.
func TestInternalLinksValidation(t *testing.T) {
	link := internalIface("sys", "ethernet", "recon", true) + internalIface("ws-sys", "ethernet", "ws", true)
	const noEndpoint = "port 7001/tcp is used outbound but names no approved endpoint"
	for _, tc := range []struct {
		name, src string
		want      []string // diagnostics' starts after file:line; none when empty
		never     []string
	}{
		{"a private cable between the computers", link + internalPort("sys", "in", "peer_part = \"ws\"\n") + internalPort("ws-sys", "out", "peer_part = \"recon\"\n"),
			nil, []string{"internal", noEndpoint}},
		{"not marked internal", internalIface("sys", "ethernet", "recon", false) + internalIface("ws-sys", "ethernet", "ws", false) + internalPort("sys", "in", "peer_part = \"ws\"\n") + internalPort("ws-sys", "out", "peer_part = \"recon\"\n"),
			nil, []string{"internal", noEndpoint}},
		{"Wi-Fi", internalIface("radio", "wifi", "recon", true),
			[]string{`warning: interfaces[1].internal: interface "radio" is a Wi-Fi radio marked internal`}, nil},
		{"cellular", internalIface("lte", "cellular", "recon", true),
			[]string{`warning: interfaces[1].internal: interface "lte" is a cellular radio marked internal`}, nil},
		{"Bluetooth", internalIface("ble", "bluetooth", "recon", true), nil, []string{"internal"}},
		{"the customer's infrastructure", internalIface("idp-net", "ethernet", "idp", true),
			[]string{`warning: interfaces[1].internal: interface "idp-net" is marked internal but belongs to "idp", the customer's own infrastructure`}, nil},
		{"marked at one end only", internalIface("sys", "ethernet", "recon", true) + internalIface("ws-sys", "ethernet", "ws", false) + internalPort("sys", "in", "peer_part = \"ws\"\n") + internalPort("ws-sys", "out", "peer_part = \"recon\"\nendpoints = [\"Reconstruction computer\"]\n"),
			[]string{`warning: ports[2].interface: port 7001/tcp of "ws" is the other end of "recon"'s port on interface "sys", marked internal, but its own interface "ws-sys" is not`}, nil},
		{"the other end is the manufacturer's service", link + internalPort("ws-sys", "out", "peer_part = \"cloud\"\n"),
			[]string{`ports[1].peer_part: port 7001/tcp is on interface "ws-sys", marked internal, but the other end, "cloud", is hosted by the manufacturer while "ws" runs on the device`}, nil},
		{"the other end is a server the customer hosts", link + internalPort("ws-sys", "out", "peer_part = \"server\"\n"),
			[]string{`warning: ports[1].peer_part: port 7001/tcp is on interface "ws-sys", marked internal, but the other end, "server", runs on a server the customer hosts`}, nil},
		{"an endpoint where the manufacturer's service listens", link + internalPort("ws-sys", "out", "endpoints = [\"portal.example\"]\n"),
			[]string{`ports[1].endpoints[0]: port 7001/tcp is on interface "ws-sys", marked internal, but its endpoint "portal.example" is where Dose portal, hosted by the manufacturer, listens`}, nil},
		{"a cloud service's endpoint", link + internalPort("ws-sys", "out", "endpoints = [\"updates.example\"]\n"),
			[]string{`ports[1].endpoints[0]: port 7001/tcp is on interface "ws-sys", marked internal, but its endpoint "updates.example" is an endpoint of the cloud service Update service`}, nil},
		{"an endpoint inside the product", link + internalPort("ws-sys", "out", "endpoints = [\"192.168.100.2 (reconstruction computer)\"]\n"),
			nil, []string{"internal"}},
		// A port marked internal itself, on interfaces that carry other
		// traffic too (two containers of the product on one cluster's pod
		// network): the same checks, told of the port.
		{"ports marked internal at both ends", internalIface("sys", "ethernet", "recon", false) + internalIface("ws-sys", "ethernet", "ws", false) + internalPort("sys", "in", "peer_part = \"ws\"\ninternal = true\n") + internalPort("ws-sys", "out", "peer_part = \"recon\"\ninternal = true\n"),
			nil, []string{"internal", noEndpoint}},
		{"a port marked internal that names no peer_part", internalIface("sys", "ethernet", "recon", false) + internalPort("sys", "in", "internal = true\n"),
			[]string{`warning: ports[1].internal: port 7001/tcp is marked internal but names no part of the product in peer_part`}, nil},
		{"a port marked internal at one end only", internalIface("sys", "ethernet", "recon", false) + internalIface("ws-sys", "ethernet", "ws", false) + internalPort("sys", "in", "peer_part = \"ws\"\ninternal = true\n") + internalPort("ws-sys", "out", "peer_part = \"recon\"\n"),
			[]string{`warning: ports[2].internal: port 7001/tcp of "ws" is the other end of "recon"'s port 7001/tcp, marked internal, but it is not`}, nil},
		{"a port marked internal to the manufacturer's service", internalIface("ws-sys", "ethernet", "ws", false) + internalPort("ws-sys", "out", "peer_part = \"cloud\"\ninternal = true\n"),
			[]string{`ports[1].peer_part: port 7001/tcp is marked internal, but the other end, "cloud", is hosted by the manufacturer while "ws" runs on the device: a link internal to the product joins parts that run in the same place (remove internal from the port`}, nil},
		{"a port marked internal between the customer's cloud and its premises", `
[[parts]]
id = "onprem"
name = "Archive"
runs = "customer_hosted"
hosting = "premises"

[[parts]]
id = "viewer"
name = "Viewer"
runs = "customer_hosted"
hosting = "cloud_tenancy"
` + internalIface("srv", "virtual_nic", "onprem", false) + internalPort("srv", "out", "peer_part = \"viewer\"\ninternal = true\n"),
			[]string{`warning: ports[1].peer_part: port 7001/tcp is marked internal, but the other end, "viewer", runs in the customer's own cloud tenancy while "onprem" runs on a server the customer hosts`}, nil},
		// A handheld probe and its app on a clinician's phone, joined by
		// Wi-Fi Direct or a USB cable that the two set up between
		// themselves: no network lies between the ends, so the link is
		// internal to the product (a Wi-Fi radio is still warned about).
		// Over the phone's network connection (an API) it is not.
		{"Wi-Fi Direct between the device and its app on a phone", appPart + internalIface("direct", "wifi", "ws", true) + internalIface("app-direct", "wifi", "app", true) + internalPort("direct", "in", "peer_part = \"app\"\n") + internalPort("app-direct", "out", "peer_part = \"ws\"\n"),
			[]string{`warning: interfaces[1].internal: interface "direct" is a Wi-Fi radio marked internal`}, []string{"peer_part", noEndpoint}},
		{"a USB cable between the device and its app on a phone", appPart + internalIface("usb", "usb", "ws", true) + internalIface("app-usb", "usb", "app", true) + internalPort("usb", "in", "peer_part = \"app\"\n") + internalPort("app-usb", "out", "peer_part = \"ws\"\n"),
			nil, []string{"internal", noEndpoint}},
		{"the app reaches the device over the phone's network", appPart + internalIface("direct", "wifi", "ws", true) + internalIface("app-net", "api", "app", true) + internalPort("direct", "in", "peer_part = \"app\"\n") + internalPort("app-net", "out", "peer_part = \"ws\"\n"),
			[]string{`ports[1].peer_part: port 7001/tcp is on interface "direct", marked internal, but the other end, "app", runs on a device the customer owns while "ws" runs on the device`}, nil},
		// Only the customer hosts a part in its premises or its cloud.
		{"hosting of a part on the device", "\n[[parts]]\nid = \"pump\"\nname = \"Pump\"\nruns = \"device\"\nhosting = \"cloud_tenancy\"\n",
			[]string{`parts[5].hosting: "pump" runs on the device, but hosting ("cloud_tenancy") says where the customer hosts a part`}, nil},
		{"a version adds a Wi-Fi marked internal", `
[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
[[versions.changes.interfaces_added]]
id = "radio"
kind = "wifi"
part = "recon"
name = "Detector radio"
purpose = "Link."
internal = true
`, []string{`warning: versions[1].changes.interfaces_added[0].internal: interface "radio" is a Wi-Fi radio marked internal`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, internalBase+tc.src)
			for _, w := range tc.want {
				if !hasDiagIn(diags, w) {
					t.Errorf("not reported: %s\n  %s", w, diagText(diags))
				}
			}
			for _, d := range diags {
				for _, n := range tc.never {
					if strings.Contains(d.Message, n) {
						t.Errorf("reported: %v", d)
					}
				}
			}
		})
	}
}
