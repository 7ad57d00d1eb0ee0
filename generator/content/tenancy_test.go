package content

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tenancyProduct is software the customer runs as two containers (a
// router and an inference service) beside the manufacturer's image
// registry, which the customer's side pulls from with no data flow naming
// a part. hosting is the containers' parts' hosting; grpcInternal marks
// the router-to-inference port, on the router's one pod interface that
// also takes the PACS's connections, internal at both ends.
func tenancyProduct(hosting string, grpcInternal bool) *Product {
	return &Product{
		Parts: []Part{
			{ID: "router", Name: "Router", Runs: "customer_hosted", Hosting: hosting},
			{ID: "inference", Name: "Inference", Runs: "customer_hosted", Hosting: hosting},
			{ID: "registry", Name: "Registry", Runs: "manufacturer_hosted"},
		},
		Interfaces: []Interface{
			{ID: "router-net", Kind: "virtual_nic", Name: "Router pod", Part: "router"},
			{ID: "inference-net", Kind: "virtual_nic", Name: "Inference pod", Part: "inference"},
			{ID: "registry-api", Kind: "api", Name: "Registry API", Part: "registry"},
		},
		Ports: []Port{
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "registry-api", Part: "registry", Endpoints: []string{"registry.example"}, DefaultEnabled: True},
			{Number: 11112, Transport: "tcp", Service: "DICOM", Direction: "in", Interface: "router-net", Part: "router", Endpoints: []string{"PACS"}, DefaultEnabled: True},
			{Number: 8443, Transport: "tcp", Service: "gRPC", Direction: "in", Interface: "inference-net", Part: "inference", PeerPart: "router", DefaultEnabled: True, Internal: grpcInternal},
			{Number: 8443, Transport: "tcp", Service: "gRPC", Direction: "out", Interface: "router-net", Part: "router", PeerPart: "inference", DefaultEnabled: True, Internal: grpcInternal},
		},
	}
}

// rulesText is each rule as "direction side port".
func rulesText(rules []FirewallRule) string {
	var s []string
	for _, r := range rules {
		s = append(s, fmt.Sprintf("%s %s %d", r.Direction, r.Side, r.Port))
	}
	return strings.Join(s, "; ")
}

// TestPortMarkedInternal: a port the product's own parts alone reach,
// marked internal on an interface that also takes the hospital's
// connections (two containers on one cluster's pod network), is internal
// like one on an internal interface: no firewall rule, not among the
// ports the customer's network sees, the inbound ports or the unruled
// ones; the PACS's port on the same interface stays the customer's. Not
// marked, it is a port on the customer's network, as before.
func TestPortMarkedInternal(t *testing.T) {
	for _, tc := range []struct {
		internal      bool
		rules, inPort string
	}{
		{true, "out Hospital network 443; in Router 11112", "443 11112"},
		{false, "out Hospital network 443; out Router 8443; in Router 11112", "443 8443 11112"},
	} {
		p := tenancyProduct("", tc.internal)
		if got := rulesText(p.FirewallRules()); got != tc.rules {
			t.Errorf("internal=%v: rules %q; want %q", tc.internal, got, tc.rules)
		}
		var in []string
		for _, pt := range p.InboundPorts() {
			in = append(in, fmt.Sprint(pt.Number))
		}
		if got := strings.Join(in, " "); got != tc.inPort {
			t.Errorf("internal=%v: inbound ports %q; want %q", tc.internal, got, tc.inPort)
		}
		if got := p.OnCustomerSide(p.Ports[2]); got == tc.internal {
			t.Errorf("internal=%v: OnCustomerSide(8443 in) = %v", tc.internal, got)
		}
		if !p.OnCustomerSide(p.Ports[1]) {
			t.Errorf("internal=%v: the PACS's port on the same interface is off the customer's network", tc.internal)
		}
		if got := len(p.InternalPorts()) == 2; got != tc.internal {
			t.Errorf("internal=%v: InternalPorts = %d", tc.internal, len(p.InternalPorts()))
		}
		if got := p.MarksPortsInternal(); got != tc.internal {
			t.Errorf("internal=%v: MarksPortsInternal = %v", tc.internal, got)
		}
	}
}

// TestCloudTenancyIsNotTheHospitalNetwork: a pull from the manufacturer's
// registry that no data flow ties to a part was allowed "from" the
// hospital network although every part of the product on the customer's
// side runs in the customer's own cloud tenancy; it now starts there.
// The parts say where they run from their hosting; a part on premises
// or whose hosting is not stated keeps "on a server the customer hosts",
// and one such part keeps the hospital network as the rule's source.
func TestCloudTenancyIsNotTheHospitalNetwork(t *testing.T) {
	for _, tc := range []struct {
		hosting, side, where string
		only                 bool
	}{
		{"cloud_tenancy", "Hospital's cloud tenancy", "in the customer's own cloud tenancy", true},
		{"premises", "Hospital network", "on a server the customer hosts", false},
		{"", "Hospital network", "on a server the customer hosts", false},
	} {
		p := tenancyProduct(tc.hosting, true)
		r := p.FirewallRules()[0]
		if !r.Manufacturer || !r.FromNetwork || r.Side != tc.side {
			t.Errorf("hosting %q: registry rule from %q (manufacturer %v, network %v); want from %q", tc.hosting, r.Side, r.Manufacturer, r.FromNetwork, tc.side)
		}
		if got := p.Part("router").Where(); got != tc.where {
			t.Errorf("hosting %q: router runs %q; want %q", tc.hosting, got, tc.where)
		}
		if got := p.Where("inference"); got != tc.where {
			t.Errorf("hosting %q: Where(inference) = %q; want %q", tc.hosting, got, tc.where)
		}
		if got := p.InCloudTenancyOnly(); got != tc.only {
			t.Errorf("hosting %q: InCloudTenancyOnly = %v", tc.hosting, got)
		}
	}
	// One part in the tenancy, one on premises: the network as a whole is
	// neither alone (TestMixedHostingNamesEachPartsNetwork).
	p := tenancyProduct("cloud_tenancy", true)
	p.Parts[1].Hosting = "premises"
	if p.InCloudTenancyOnly() || p.FirewallRules()[0].Side != "Hospital network; hospital's cloud tenancy" {
		t.Errorf("mixed hosting: InCloudTenancyOnly %v, rule from %q; want false, Hospital network; hospital's cloud tenancy", p.InCloudTenancyOnly(), p.FirewallRules()[0].Side)
	}
	p = tenancyProduct("cloud_tenancy", true)
	p.HomeUse = True
	if got := p.FirewallRules()[0].Side; got != "Customer's cloud tenancy" {
		t.Errorf("home use in the cloud: rule from %q; want Customer's cloud tenancy", got)
	}
}

// TestMixedHostingNamesEachPartsNetwork: a router on the hospital's
// premises that sends studies to an inference service in the hospital's
// cloud tenancy. The registry pull no flow ties to a part was allowed
// "from" the hospital network, though the tenancy's parts pull too; the
// rule between the two parts named neither end's network, and nothing
// said it crosses from one network to the other. The pull now starts in
// both, each rule end that is a part says which network it is on, and
// the rule between them is marked as crossing. Home use speaks of the
// customer's premises. A product whose parts are all on one network
// names no network per part.
func TestMixedHostingNamesEachPartsNetwork(t *testing.T) {
	p := tenancyProduct("cloud_tenancy", false)
	p.Parts[0].Hosting = "premises"
	if !p.MixedHosting() {
		t.Fatal("MixedHosting = false for a router on premises and an inference service in the tenancy")
	}
	want := "out Hospital network; hospital's cloud tenancy 443; out Router, on the hospital network 8443; in Router, on the hospital network 11112"
	if got := rulesText(p.FirewallRules()); got != want {
		t.Errorf("rules %q; want %q", got, want)
	}
	for _, r := range p.FirewallRules() {
		wantPeers := ""
		if r.Port == 8443 {
			wantPeers = "Inference, in the hospital's cloud tenancy"
		}
		if r.Port == 8443 && !r.Crosses || r.Port != 8443 && r.Crosses {
			t.Errorf("rule %d from %q: Crosses = %v", r.Port, r.Side, r.Crosses)
		}
		if wantPeers != "" && strings.Join(r.Peers, "; ") != wantPeers {
			t.Errorf("rule %d: peers %q; want %q", r.Port, r.Peers, wantPeers)
		}
	}
	if got := p.PartLabel("inference"); got != "Inference (hosted by the customer, in its own cloud tenancy)" {
		t.Errorf("PartLabel(inference) = %q", got)
	}
	if got := p.NetworkOf("router", "customer"); got != "on the network of the customer's premises" {
		t.Errorf("NetworkOf(router, customer) = %q", got)
	}
	p.HomeUse = True
	if got := p.FirewallRules()[0].Side; got != "Customer network; customer's cloud tenancy" {
		t.Errorf("home use: registry rule from %q", got)
	}
	for _, hosting := range []string{"premises", "cloud_tenancy", ""} {
		p := tenancyProduct(hosting, false)
		if p.MixedHosting() || p.NetworkOf("router", "hospital") != "" || p.HostingNote("router") != "" || slices.ContainsFunc(p.FirewallRules(), func(r FirewallRule) bool { return r.Crosses }) {
			t.Errorf("hosting %q on every part: named a network per part", hosting)
		}
	}
}

// TestRegistryRuleNamesTheSystemBesideThePart: the pull from the
// manufacturer's registry was allowed only from the part a flow names
// (a gateway's host) when another flow over the same interface names a
// system of the hospital's (its Kubernetes cluster): a firewall built
// from the rule blocked the cluster's pull. Both are now named.
func TestRegistryRuleNamesTheSystemBesideThePart(t *testing.T) {
	p := tenancyProduct("", false)
	p.FlowEndpoints = []FlowEndpoint{{Name: "Hospital's Kubernetes cluster", Zone: "customer_infrastructure"}}
	p.DataFlows = []DataFlow{
		{ID: "DF-1", From: "registry", To: "router", Interface: "registry-api"},
		{ID: "DF-2", From: "registry", To: "Hospital's Kubernetes cluster", Interface: "registry-api"},
	}
	if got := p.FirewallRules()[0].Side; got != "Router; Hospital's Kubernetes cluster" {
		t.Errorf("registry rule from %q; want Router; Hospital's Kubernetes cluster", got)
	}
}
