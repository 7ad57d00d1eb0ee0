package content

import "fmt"

// UnlistedConnections names the connections the product data show the
// product making but that no port lists, each as a phrase (plain text):
// one to a part of the customer's own infrastructure that holds a data
// store of the product and that no port reaches (storesUnreached), and the
// sign-in through the customer's directory that no port carries
// (directorySignInsWithoutPort). hosp is "hospital" or "customer". The
// security plan's port section then does not call its table every port.
// Unlike the firewall caveats (FinalDenyUnreachedText) it does not
// depend on a final deny: the list of ports is incomplete either way.
func (p *Product) UnlistedConnections(hosp string) []string {
	var out []string
	for _, g := range p.storesUnreached(p.Ports) {
		stores := make([]string, len(g.stores))
		for i, name := range g.stores {
			stores[i] = `"` + name + `"`
		}
		out = append(out, fmt.Sprintf("the connection to %s, where the product keeps its %s %s", g.part.TheName(), Plural(len(stores), "data store", "data stores"), AndList(stores)))
	}
	if roles := p.directorySignInsWithoutPort(nil); len(roles) > 0 {
		out = append(out, fmt.Sprintf("the sign-in through the %s's directory that %s %s", hosp, p.AccountsOfRoles(roles), Plural(len(roles), "uses", "use")))
	}
	return out
}
