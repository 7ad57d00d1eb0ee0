package content

import (
	"fmt"
	"slices"
)

// clientNamedEndpoints are the endpoints of a manufacturer-hosted part's
// listener pt that the outbound ports of its clients on the customer's
// side name, when every part usersOf finds as the port's user is such a
// client (found through clientReaches) and no flow over the listener's
// own interface names a user on the customer's side: those clients reach
// only the endpoints their own ports name, so a rule for them to the
// listener's other endpoints (another client's, such as an app on
// users' own phones) would open what no user on the customer's network
// is stated to reach. Nil otherwise: a user the flows over the
// listener's interface name may reach any of its endpoints. A client's
// port whose direction is not stated names no endpoint it is known to
// reach.
func (p *Product) clientNamedEndpoints(part Part, pt Port, endpoints []string) []string {
	onListener := func(f DataFlow) bool { return f.Interface == pt.Interface }
	if len(p.flowPeers(part, onListener)) > 0 || len(p.flowSystems(part, onListener)) > 0 || p.flowEndsUnplaced(part, onListener) {
		return nil
	}
	clients := p.flowOtherEnds(part, func(f DataFlow) bool { return p.clientReaches(part, f, pt, endpoints) })
	var out []string
	for _, c := range p.Ports {
		if !slices.Contains(clients, p.PartOfPort(c).ID) || c.Direction == "in" || !c.DirectionStated() || c.Number != pt.Number || c.Transport != pt.Transport || !p.OnCustomerSide(c) {
			continue
		}
		for _, e := range c.Endpoints {
			if slices.Contains(endpoints, e) {
				out = appendNew(out, e)
			}
		}
	}
	return out
}

// endpointsHint ends the warning about an outbound port that names no
// approved endpoint with how to write one: a destination that is the
// customer's own system (its integration engine) has an address only
// the customer knows, and a description of it is enough there (the CSD
// tells the customer to use the address of the system it stands for).
func (p *Product) endpointsHint() string {
	who := p.customerWord()
	return fmt.Sprintf(": write endpoints, the host names it connects to, or, for a system of the %s's own whose address only the %s knows, a description of it such as \"the %s's integration engine\"", who, who, who)
}
