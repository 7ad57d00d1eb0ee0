package content

import (
	"fmt"
	"testing"
)

// hostedAPIProduct is a product that runs only where the manufacturer
// hosts it (fhirapi's SepsiScore): one API the hospital's EHR calls.
func hostedAPIProduct() *Product {
	return &Product{
		Parts:      []Part{{ID: "svc", Name: "Scoring service", Runs: "manufacturer_hosted"}},
		Interfaces: []Interface{{ID: "fhir", Kind: "api", Name: "FHIR API", Part: "svc"}},
		Ports: []Port{{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "fhir", Part: "svc",
			Endpoints: []string{"fhir.example"}}},
		DataFlows: []DataFlow{
			{ID: "DF-01", From: "Hospital EHR", To: "svc", Data: DataKinds{"phi"}, Interface: "fhir"},
			{ID: "DF-02", From: "svc", To: "Hospital EHR", Data: DataKinds{"phi"}, Interface: "fhir"},
		},
		FlowEndpoints: []FlowEndpoint{{Name: "Hospital EHR", Zone: "customer_infrastructure"}},
	}
}

// TestHostedRuleUse: fhirapi's only firewall rule read "Needed: Not
// stated" (its port's default_enabled unwritten) while the CSD said the
// product needs the service: a product that runs only at the
// manufacturer is used through its rules alone. Its only rule is needed
// whenever the product is used, one of several when its interface is;
// a port off until enabled keeps "When enabled", and a product with a
// part elsewhere keeps the port's state as shipped.
func TestHostedRuleUse(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(p *Product)
		want string
	}{
		{"the only rule, state not stated", func(*Product) {}, "product"},
		{"the only rule, on as shipped", func(p *Product) { p.Ports[0].DefaultEnabled = True }, "product"},
		{"the only rule, off until enabled", func(p *Product) { p.Ports[0].DefaultEnabled = False }, ""},
		{"one of two rules", func(p *Product) {
			p.Interfaces = append(p.Interfaces, Interface{ID: "web", Kind: "web_ui", Name: "Portal", Part: "svc"})
			p.Ports = append(p.Ports, Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "web", Part: "svc", Endpoints: []string{"portal.example"}})
		}, "interface"},
		{"a part on the hospital's servers too", func(p *Product) {
			p.Parts = append(p.Parts, Part{ID: "gw", Name: "Gateway", Runs: "customer_hosted"})
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := hostedAPIProduct()
			tc.edit(p)
			rules := p.FirewallRules()
			if len(rules) == 0 {
				t.Fatal("no firewall rule")
			}
			if got := p.HostedRuleUse(rules[0]); got != tc.want {
				t.Errorf("HostedRuleUse = %q; want %q", got, tc.want)
			}
		})
	}
	// A rule of the customer's own side is never a hosted listener's.
	p := hostedAPIProduct()
	if got := p.HostedRuleUse(FirewallRule{Direction: "in", Side: "Gateway", Port: 104}); got != "" {
		t.Errorf("HostedRuleUse of a customer-side rule = %q; want \"\"", got)
	}
}

// TestFirewallRuleNamesTheSystemsTheFlowsPlace: fhirapi's rule to its
// API came "From: Hospital network" although its flows name the one
// system that calls it, the Hospital EHR, which flow_endpoints place on
// the hospital's side. No part uses the port, so the systems the flows
// name are its users, as parts would be; an end the data do not place,
// or none at all, leaves the network as a whole.
func TestFirewallRuleNamesTheSystemsTheFlowsPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(p *Product)
		want string
	}{
		{"the flows name a placed system", func(*Product) {}, "out Hospital EHR [fhir.example] systems"},
		{"two placed systems", func(p *Product) {
			p.DataFlows = append(p.DataFlows, DataFlow{ID: "DF-03", From: "Integration engine", To: "svc", Interface: "fhir"})
			p.FlowEndpoints = append(p.FlowEndpoints, FlowEndpoint{Name: "Integration engine", Zone: "customer_hosted"})
		}, "out Hospital EHR; Integration engine [fhir.example] systems"},
		{"the manufacturer's staff beside the placed system", func(p *Product) {
			p.DataFlows = append(p.DataFlows, DataFlow{ID: "DF-03", From: "Support desk", To: "svc", Interface: "fhir"})
			p.FlowEndpoints = append(p.FlowEndpoints, FlowEndpoint{Name: "Support desk", Zone: "manufacturer_hosted"})
		}, "out Hospital EHR [fhir.example] systems"},
		{"the system is not placed", func(p *Product) { p.FlowEndpoints = nil }, "out Hospital network [fhir.example] network"},
		{"another end is not placed", func(p *Product) {
			p.DataFlows = append(p.DataFlows, DataFlow{ID: "DF-03", From: "Somebody", To: "svc", Interface: "fhir"})
		}, "out Hospital network [fhir.example] network"},
		{"no flow", func(p *Product) { p.DataFlows = nil }, "out Hospital network [fhir.example] network"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := hostedAPIProduct()
			tc.edit(p)
			got := ""
			for i, r := range p.FirewallRules() {
				if i > 0 {
					got += "; "
				}
				got += fmt.Sprintf("%s %s %v", r.Direction, r.Side, r.Peers)
				if r.FromNetwork {
					got += " network"
				}
				if r.FromSystems {
					got += " systems"
				}
			}
			if got != tc.want {
				t.Errorf("rules = %q; want %q", got, tc.want)
			}
		})
	}
}
