package content

import (
	"slices"
	"strings"
	"testing"
)

// dirProduct is a device whose port 104 links it to a service the
// manufacturer hosts, with the given direction: the device's port names
// the service as peer_part; the service's own port 443, of the same
// direction, names its host name and the device as peer_part; port 22 of
// the device is reached only by a service laptop on a cable.
func dirProduct(dir string) *Product {
	return &Product{
		Parts: []Part{{ID: "dev", Name: "Scanner", Runs: "device"}, {ID: "svc", Name: "Service centre", Runs: "manufacturer_hosted"}},
		Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "dev"}, {ID: "svc-api", Kind: "api", Name: "Service API", Part: "svc"},
			{ID: "svcport", Kind: "ethernet", Name: "Service port", Part: "dev"}},
		FlowEndpoints: []FlowEndpoint{{Name: "Service laptop", Zone: "physical"}},
		Ports: []Port{
			{Number: 104, Transport: "tcp", Service: "DICOM", Direction: dir, Interface: "lan", Part: "dev", PeerPart: "svc"},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: dir, Interface: "svc-api", Part: "svc", PeerPart: "dev"},
			{Number: 22, Transport: "tcp", Service: "SSH", Direction: dir, Interface: "svcport", Part: "dev", Endpoints: []string{"Service laptop"}},
		},
	}
}

// TestDirFollowPorts: a port whose direction is not stated is counted
// neither as one its part listens on nor as one it connects from where a
// sentence or warning would say it does; with a direction stated, each
// function keeps its answer.
func TestDirFollowPorts(t *testing.T) {
	for _, tc := range []struct {
		dir string
		// ManufacturerInPort's port number, 0 for none
		inPort int
		// outsideEndpoint of the service's host name
		outside string
		// PhysicalAccessNotes("in"), PhysicalAccessNotes("")
		physIn, physAll int
		// PortPeers of the service's port 443
		peers string
	}{
		{"in", 104, "where Service centre, hosted by the manufacturer, listens", 1, 1, ""},
		{"", 0, "", 0, 1, "Scanner"},
	} {
		t.Run("direction "+tc.dir, func(t *testing.T) {
			p := dirProduct(tc.dir)
			p.Ports[1].Endpoints = []string{"svc.example"}
			pt, _, ok := p.ManufacturerInPort()
			if got := map[bool]int{true: pt.Number}[ok]; got != tc.inPort {
				t.Errorf("ManufacturerInPort = %d (ok %v); want %d", pt.Number, ok, tc.inPort)
			}
			if tc.inPort == 0 && p.HostedConnectsIn() != "" {
				t.Errorf("HostedConnectsIn = %q; want none", p.HostedConnectsIn())
			}
			if got := p.outsideEndpoint("svc.example"); got != tc.outside {
				t.Errorf("outsideEndpoint = %q; want %q", got, tc.outside)
			}
			if got := len(p.PhysicalAccessNotes("in", true)); got != tc.physIn {
				t.Errorf("PhysicalAccessNotes(in) gives %d notes; want %d", got, tc.physIn)
			}
			if got := len(p.PhysicalAccessNotes("", false)); got != tc.physAll {
				t.Errorf("PhysicalAccessNotes() gives %d notes; want %d", got, tc.physAll)
			}
			p.Ports[1].Endpoints = nil
			if got := strings.Join(p.PortPeers(p.Ports[1]), "; "); !strings.Contains(got, tc.peers) || tc.peers == "" && got != "" {
				t.Errorf("PortPeers(443) = %q; want %q", got, tc.peers)
			}
		})
	}
}

// TestDirFollowOutboundEndpoints: a port that names no approved endpoint
// is said to be used outbound only where its direction says so; one
// whose direction is not stated is said to be possibly so.
func TestDirFollowOutboundEndpoints(t *testing.T) {
	for _, tc := range []struct{ dir, want string }{
		{"out", "port 104/tcp is used outbound but names no approved endpoint"},
		{"both", "port 104/tcp is used outbound but names no approved endpoint"},
		{"", "port 104/tcp, whose direction is not stated, may be used outbound but names no approved endpoint"},
	} {
		t.Run("direction "+tc.dir, func(t *testing.T) {
			p := dirProduct(tc.dir)
			p.Ports = []Port{{Number: 104, Transport: "tcp", Service: "DICOM", Direction: tc.dir, Interface: "lan", Part: "dev"}}
			p.Documents.Build = []string{"csd"}
			v := &productValidator{p: p}
			v.ports()
			var got []string
			for _, d := range v.diags {
				got = append(got, d.Message)
			}
			if !slices.ContainsFunc(got, func(m string) bool { return strings.HasPrefix(m, tc.want) }) {
				t.Errorf("want a warning starting %q; got %q", tc.want, got)
			}
		})
	}
}

// TestDirFollowKindWords: the warnings that list the kinds of a device's
// connectivity interfaces name one whose kind is not stated as such, not
// as a kind called "Not stated".
func TestDirFollowKindWords(t *testing.T) {
	for _, tc := range []struct {
		kinds []InterfaceKind
		want  string
	}{
		{[]InterfaceKind{"ethernet", "usb"}, "Ethernet and USB"},
		{[]InterfaceKind{"ethernet", ""}, "Ethernet and an interface whose kind is not stated"},
		{[]InterfaceKind{"", ""}, "2 interfaces whose kind is not stated"},
	} {
		var its []Interface
		for _, k := range tc.kinds {
			its = append(its, Interface{Kind: k})
		}
		if got := AndList(InterfaceKindWords(its)); got != tc.want {
			t.Errorf("InterfaceKindWords(%v) = %q; want %q", tc.kinds, got, tc.want)
		}
	}
	const src = "schema_version = 2\nid = \"p\"\nname = \"P\"\nmarkets = [\"us\"]\n[documents]\nbuild = [\"csd\", \"security_plan\"]\n" +
		"[[interfaces]]\nid = \"eth\"\nkind = \"ethernet\"\nname = \"Ethernet\"\npurpose = \"Results.\"\n" +
		"[[interfaces]]\nid = \"x\"\nname = \"Service socket\"\npurpose = \"Service.\"\n"
	for _, tc := range []struct {
		name    string
		applies Tri
		has     string
	}{
		{"524B not stated", Unstated, "the device has 2 connectivity interfaces (Ethernet and an interface whose kind is not stated)"},
		{"not a cyber device", False, "the device has 2 connectivity interfaces (Ethernet and an interface whose kind is not stated) but is not declared"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, s := ruleProduct(t, src), &Site{Manufacturer: Manufacturer{Name: "Maker"}}
			p.CyberDevice.Applies = tc.applies
			var got []string
			for _, d := range (&Content{Site: s}).validateProduct(p) {
				if strings.Contains(d.Message, "connectivity interface") {
					got = append(got, d.Message)
				}
			}
			if !slices.ContainsFunc(got, func(m string) bool { return strings.Contains(m, tc.has) }) || slices.ContainsFunc(got, func(m string) bool { return strings.Contains(m, "Not stated)") }) {
				t.Errorf("want a warning with %q; got %q", tc.has, got)
			}
		})
	}
}

// TestDirFollowHostedListener: the endpoints of a port of a service the
// manufacturer hosts are its host names only where the port is stated to
// listen; with its direction not stated they may be the hosts it
// connects to, and neither the client's ports-table entry nor the cloud
// table takes them as the service's.
func TestDirFollowHostedListener(t *testing.T) {
	for _, tc := range []struct{ dir, peers, cloud string }{
		{"in", "svc.example", "svc.example"},
		{"both", "svc.example", "svc.example"},
		{"", "Service centre", ""},
	} {
		t.Run("direction "+tc.dir, func(t *testing.T) {
			p := dirProduct("out")
			p.Ports = []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "dev", PeerPart: "svc"},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: tc.dir, Interface: "svc-api", Part: "svc", PeerPart: "dev", Endpoints: []string{"svc.example"}},
			}
			if got := strings.Join(p.PortPeers(p.Ports[0]), "; "); !strings.HasPrefix(got, tc.peers) {
				t.Errorf("PortPeers(client's port) = %q; want %q", got, tc.peers)
			}
			if got := strings.Join(p.CloudServicePortEndpoints(CloudService{Name: "Service centre"}), "; "); got != tc.cloud {
				t.Errorf("CloudServicePortEndpoints = %q; want %q", got, tc.cloud)
			}
		})
	}
}

// TestDirFollowConnectingParts: a port no firewall rule covers (of the
// customer's own infrastructure) counts its part among those that open
// connections only where its direction says it connects out.
func TestDirFollowConnectingParts(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		want int
	}{{"out", 1}, {"both", 1}, {"in", 0}, {"", 0}} {
		p := &Product{
			Parts:      []Part{{ID: "dev", Name: "Scanner", Runs: "device"}, {ID: "idp", Name: "Identity provider", Runs: "customer_infrastructure"}},
			Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "idp"}},
			Ports:      []Port{{Number: 636, Transport: "tcp", Service: "LDAPS", Direction: tc.dir, Interface: "lan", Part: "idp", Endpoints: []string{"dc.example"}}},
		}
		if len(p.UnruledPorts()) != 1 {
			t.Fatalf("direction %q: want the port among UnruledPorts; got %v", tc.dir, p.UnruledPorts())
		}
		if got := len(p.connectingParts()); got != tc.want {
			t.Errorf("direction %q: connectingParts gives %d parts; want %d", tc.dir, got, tc.want)
		}
	}
}
