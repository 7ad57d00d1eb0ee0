package content

import "fmt"

// UnlistedConnections names the connections the product data show the
// product making but that no port lists, each as a phrase (plain text):
// one to a part of the customer's own infrastructure that holds a data
// store of the product and that no port reaches (storesUnreached), and the
// sign-in through the customer's directory that no port carries
// (directorySignInsWithoutPort), and the connections over a network
// interface of a device part that no port lists and no data flow names
// (PortlessNetworkInterfaces, as the CSD's firewall section). hosp is "hospital" or "customer". The
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
	// a network interface of a device part that no port lists and no
	// data flow names, as the CSD's firewall section says before the
	// final deny (PortlessNetworkInterfaces)
	if its := p.PortlessNetworkInterfaces(); len(its) > 0 {
		names := make([]string, len(its))
		for i, it := range its {
			names[i] = fmt.Sprintf("the interface %s of %s", it.Name, p.PartOfInterface(it).TheName())
		}
		out = append(out, "any traffic over "+AndList(names)+", which no data flow describes either")
	}
	if roles := p.directorySignInsWithoutPort(nil); len(roles) > 0 {
		out = append(out, fmt.Sprintf("the sign-in through the %s's directory that %s %s", hosp, p.AccountsOfRoles(roles), Plural(len(roles), "uses", "use")))
	}
	return out
}
