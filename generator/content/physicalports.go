package content

import (
	"fmt"
	"slices"
)

// PhysicalAccessPort reports a port every endpoint of which is a
// [[flow_endpoints]] entry of zone physical (a service laptop on a cable
// at the device) and that links no part of the product (peer_part): only
// someone at the device reaches it, so it is on no network of the
// customer's, and no firewall rule or count of the ports on that network
// takes it in. A port with no endpoint written, or with another endpoint
// besides, is not one.
func (p *Product) PhysicalAccessPort(pt Port) bool {
	if len(pt.Endpoints) == 0 || pt.PeerPart != "" {
		return false
	}
	for _, e := range pt.Endpoints {
		i := slices.IndexFunc(p.FlowEndpoints, func(fe FlowEndpoint) bool { return fe.Matches(e) })
		if i < 0 || p.FlowEndpoints[i].Part != "" || p.FlowEndpoints[i].Zone != "physical" {
			return false
		}
	}
	return true
}

// PhysicalAccessNotes are the notes the port lists give for the ports of
// PhysicalAccessPort of direction dir ("in": those not only outbound;
// "out": those not only inbound; with either, not one whose direction is
// not stated, which is neither; "": all), each once, sorted like SortedPorts:
// "TCP 102 (Chamber PLC), reached only by physical access: <endpoints>",
// the port as PortFact words it where fact, else as PortText; the part
// only where the product has several.
func (p *Product) PhysicalAccessNotes(dir string, fact bool) []string {
	var out []string
	for _, pt := range p.SortedPorts() {
		if !p.PhysicalAccessPort(pt) || dir == "in" && pt.Direction == "out" || dir == "out" && pt.Direction == "in" || dir != "" && !pt.DirectionStated() {
			continue
		}
		text := p.PortText(pt)
		if fact {
			text = p.PortFact(pt)
		}
		if p.MultiPart() {
			text = fmt.Sprintf("%s (%s)", text, p.PartOfPort(pt).Name)
		}
		out = appendNew(out, fmt.Sprintf("%s, reached only by physical access: %s", text, AndList(pt.Endpoints)))
	}
	return out
}
