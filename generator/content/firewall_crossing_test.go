package content

import "testing"

// TestFirewallRuleCrossingOutsideEnds: where a product's parts are on the
// hospital network and in its cloud tenancy, only a rule between two
// parts was marked as crossing the link between the two, so clinicians'
// browsers on the hospital network reaching a viewer in the tenancy read
// as a rule for one boundary. A rule's outside end now counts where the
// data place it ([[flow_endpoints]]: a part, or a zone on the premises'
// network, device or customer_device); an end whose network the data do
// not state (an unplaced endpoint, the customer's infrastructure, any
// host, a part hosted by the customer without hosting) marks the rule as
// one that may cross, never as one that does not; an end off the
// customer's networks (the manufacturer's, a third party's) neither.
// With every part on one network, no rule is either.
func TestFirewallRuleCrossingOutsideEnds(t *testing.T) {
	product := func(inferenceHosting string) *Product {
		return &Product{
			Parts: []Part{
				{ID: "router", Name: "Router", Runs: "customer_hosted", Hosting: "premises"},
				{ID: "inference", Name: "Inference", Runs: "customer_hosted", Hosting: inferenceHosting},
				{ID: "agent", Name: "Agent", Runs: "customer_hosted"},
				{ID: "licence", Name: "Licence server", Runs: "manufacturer_hosted"},
				{ID: "idp", Name: "Identity provider", Runs: "customer_infrastructure"},
			},
			Interfaces: []Interface{
				{ID: "router-net", Kind: "virtual_nic", Name: "Router pod", Part: "router"},
				{ID: "inference-net", Kind: "virtual_nic", Name: "Inference pod", Part: "inference"},
				{ID: "agent-net", Kind: "virtual_nic", Name: "Agent NIC", Part: "agent"},
			},
			FlowEndpoints: []FlowEndpoint{
				{Name: "Browsers", Zone: "customer_device"},
				{Name: "Modality", Zone: "device"},
				{Name: "PACS", Zone: "customer_infrastructure"},
				{Name: "Partner cloud", Zone: "third_party"},
				{Name: "Inference job", Part: "inference"},
			},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Direction: "in", Interface: "inference-net", Part: "inference", Endpoints: []string{"Browsers"}},
				{Number: 444, Transport: "tcp", Direction: "in", Interface: "inference-net", Part: "inference", Endpoints: []string{"Clinicians' browsers on the hospital network"}},
				{Number: 445, Transport: "tcp", Direction: "in", Interface: "inference-net", Part: "inference", Endpoints: []string{"Modality"}},
				{Number: 636, Transport: "tcp", Direction: "out", Interface: "inference-net", Part: "inference", PeerPart: "idp", Endpoints: []string{"idp.hospital.example"}},
				{Number: 8080, Transport: "tcp", Direction: "out", Interface: "inference-net", Part: "inference", Endpoints: []string{"Partner cloud"}},
				{Number: 8081, Transport: "tcp", Direction: "out", Interface: "inference-net", Part: "inference", PeerPart: "licence"},
				{Number: 9000, Transport: "tcp", Direction: "in", Interface: "inference-net", Part: "inference"},
				{Number: 11112, Transport: "tcp", Direction: "in", Interface: "router-net", Part: "router", Endpoints: []string{"PACS"}},
				{Number: 104, Transport: "tcp", Direction: "in", Interface: "router-net", Part: "router", Endpoints: []string{"Modality"}},
				{Number: 8443, Transport: "tcp", Direction: "out", Interface: "router-net", Part: "router", PeerPart: "inference"},
				{Number: 2000, Transport: "tcp", Direction: "in", Interface: "router-net", Part: "router", Endpoints: []string{"Inference job"}},
				{Number: 3000, Transport: "tcp", Direction: "in", Interface: "agent-net", Part: "agent", Endpoints: []string{"Modality"}},
			},
		}
	}
	const no, crosses, may = "neither", "crosses", "may cross"
	for _, tc := range []struct {
		name string
		port int
		want string
	}{
		{"browsers, placed on the customer's own devices, to the tenancy", 443, crosses},
		{"browsers no flow endpoint places (their name is not data)", 444, may},
		{"a device's system to the tenancy", 445, crosses},
		{"the tenancy to the customer's identity provider", 636, may},
		{"the tenancy to a third party's cloud", 8080, no},
		{"the tenancy to the manufacturer's service", 8081, no},
		{"any host to the tenancy", 9000, may},
		{"the PACS, the customer's infrastructure, to the premises", 11112, may},
		{"a device's system to the premises", 104, no},
		{"the premises to a part in the tenancy", 8443, crosses},
		{"an endpoint that names a part in the tenancy, to the premises", 2000, crosses},
		{"a part whose hosting is not stated", 3000, may},
	} {
		var got []string
		for _, r := range product("cloud_tenancy").FirewallRules() {
			if r.Port != tc.port {
				continue
			}
			switch {
			case r.Crosses && r.NetworkUnstated:
				got = append(got, "both")
			case r.Crosses:
				got = append(got, crosses)
			case r.NetworkUnstated:
				got = append(got, may)
			default:
				got = append(got, no)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s (port %d): %v, want %s", tc.name, tc.port, got, tc.want)
		}
	}

	// Beside home use, the customer's own devices are the patients'.
	home := product("cloud_tenancy")
	home.HomeUse = True
	for _, r := range home.FirewallRules() {
		if r.Port == 443 && (r.Crosses || !r.NetworkUnstated) {
			t.Errorf("home use: browsers' rule crosses %v, unstated %v; want may cross", r.Crosses, r.NetworkUnstated)
		}
	}
	// Every part on the premises: one network, nothing to cross.
	for _, r := range product("premises").FirewallRules() {
		if r.Crosses || r.NetworkUnstated {
			t.Errorf("one network: rule %d crosses %v, unstated %v", r.Port, r.Crosses, r.NetworkUnstated)
		}
	}
}
