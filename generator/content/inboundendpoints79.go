package content

import (
	"fmt"
	"slices"
)

// inboundEndpoints warns, where a CSD is built, about an inbound port
// whose firewall rule in the CSD gives its source as Not stated: the port
// names no approved endpoint and no peer_part, so the rule allows a
// source nobody can enter in a firewall. Outbound ports have their own
// warning (ports); a port in both directions gets that one.
func (v *productValidator) inboundEndpoints() {
	p := v.p
	if !p.Produces("csd") {
		return
	}
	rules := p.FirewallRules()
	for i, pt := range p.Ports {
		if pt.Direction != "in" || len(pt.Endpoints) > 0 {
			continue
		}
		part := p.PartOfPort(pt).ID
		if !slices.ContainsFunc(rules, func(r FirewallRule) bool {
			return r.Direction == "in" && r.Port == pt.Number && r.Transport == pt.Transport && r.part == part && len(r.Peers) == 0
		}) {
			continue
		}
		v.warnf(fmt.Sprintf("ports[%d].endpoints", i), "port %d/%s is used inbound but names no approved endpoint and no peer_part: the CSD's firewall rule for it allows a source it gives as Not stated, which no firewall can be set to; write endpoints, the systems that connect to it (for systems of the %s's own whose addresses only it knows, a description such as \"the %s's workstations\"), or peer_part", pt.Number, pt.Transport, p.customerWord(), p.customerWord())
	}
}
