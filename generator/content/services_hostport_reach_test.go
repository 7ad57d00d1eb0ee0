package content

import "testing"

// TestServicesEndWhether: what a service does with an ended version is
// never stated, so the documents ask it as a question they say is not
// stated: a service that only delivers the product's software, whether
// it keeps offering the version; any other (or one whose data are not
// written), whether it keeps accepting it; both, each with its own.
func TestServicesEndWhether(t *testing.T) {
	p := &Product{Cloud: Cloud{Services: []CloudService{
		{Name: "CDN", Data: DataKinds{"software"}},
		{Name: "Dosing API", Data: DataKinds{"phi", "software"}},
		{Name: "Licence server"},
	}}}
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"CDN"}, "whether it keeps offering a version whose support has ended"},
		{[]string{"Licence server"}, "whether it keeps accepting a version whose support has ended"},
		{[]string{"Dosing API", "Licence server"}, "whether they keep accepting a version whose support has ended"},
		{[]string{"CDN", "Dosing API"}, "whether the Dosing API keeps accepting a version whose support has ended and the CDN keeps offering it"},
	} {
		if got := p.ServicesEndWhether(tc.names); got != tc.want {
			t.Errorf("ServicesEndWhether(%v) = %q, want %q", tc.names, got, tc.want)
		}
	}
}

// TestInterfaceShortHostPort: an Ethernet interface of a part on the
// device is "Ethernet"; one of software on the customer's own computer
// is named, as the port is the computer's, not the product's.
func TestInterfaceShortHostPort(t *testing.T) {
	p := &Product{
		Parts: []Part{{ID: "rec", Name: "Recorder", Runs: "device"}, {ID: "app", Name: "Scoring software", Runs: "customer_device"}},
		Interfaces: []Interface{
			{ID: "rec-net", Kind: "ethernet", Part: "rec", Name: "Recorder network port"},
			{ID: "pc-net", Kind: "wifi", Part: "app", Name: "Network connection of the lab PC"},
		},
	}
	if got := p.InterfaceShort("rec-net"); got != "Ethernet" {
		t.Errorf("device part: InterfaceShort = %q, want Ethernet", got)
	}
	if got := p.InterfaceShort("pc-net"); got != "Network connection of the lab PC" {
		t.Errorf("customer's computer: InterfaceShort = %q, want its name", got)
	}
}

// TestReachFlowPhysicalSoftware: from the physical zone only software
// reaches many devices (a USB drive carried bed to bed); configuration
// typed at one device reaches that device alone.
func TestReachFlowPhysicalSoftware(t *testing.T) {
	p := &Product{
		Parts:         []Part{{ID: "bed", Name: "Bed controller", Runs: "device"}},
		FlowEndpoints: []FlowEndpoint{{Name: "Service USB drive", Zone: "physical"}},
	}
	if kinds, _, _, ok := p.ReachFlow(DataFlow{ID: "DF-1", From: "Service USB drive", To: "bed", Data: DataKinds{"software", "configuration"}}); !ok || len(kinds) != 1 || kinds[0] != "software" {
		t.Errorf("software from a USB drive: ReachFlow = %v, %v; want [software], true", kinds, ok)
	}
	if kinds, _, _, ok := p.ReachFlow(DataFlow{ID: "DF-2", From: "Service USB drive", To: "bed", Data: DataKinds{"configuration"}}); ok {
		t.Errorf("configuration from a USB drive: ReachFlow = %v, true; want false", kinds)
	}
}
