package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The final deny, and a notice's "block every other port", would also cut
// the product off from systems of the customer's that the data say it
// uses but that no port reaches: a data store on the customer's own
// infrastructure (the hospital's database that keeps its results), and
// the identity provider its accounts sign in through. The documents say
// so beside the directory sign-in (DirectorySignInUnstated), and check
// warns about both (identityProviderPortListed, infrastructureStoreReached).
// No port states which connection either needs, so the documents ask
// the customer to check: a federated sign-in may pass through the user's
// browser alone, or need a connection of the product's own to the
// identity provider, depending on its flow.

// identityService names a single sign-on protocol or an identity provider
// in a port's service, purpose or endpoints.
var identityService = regexp.MustCompile(`(?i)\b(oidc|openid|saml|oauth ?2?(\.0)?|sso|single sign-on|identity provider|idp|adfs|entra|okta|keycloak)\b`)

// reachesIdentityProvider reports a port by which a part of the product
// can reach an identity provider: one it opens (out or both) whose
// service, purpose or an endpoint names single sign-on or an identity
// provider.
func reachesIdentityProvider(pt Port) bool {
	if pt.Direction == "in" {
		return false
	}
	return identityService.MatchString(pt.Service) || identityService.MatchString(pt.Purpose) ||
		slices.ContainsFunc(pt.Endpoints, identityService.MatchString)
}

// federatedSignInsWithoutPort names the roles of the accounts that sign
// in through the customer's identity provider (sign_in federated) where
// the firewall rules end with the final deny and no port of the product,
// nor of more, reaches one. Only where no part is hosted by the
// manufacturer: accounts name no part, and a service the manufacturer
// hosts may be where the sign-in is checked, its connections outside the
// customer's rules.
func (p *Product) federatedSignInsWithoutPort(more []Port) []string {
	// The roles first: most products sign in no account through a
	// directory, and the port tests match patterns on every port.
	roles := p.rolesSigningIn("federated")
	if len(roles) == 0 || !p.FinalDenyRule() || p.HasManufacturerHostedPart() || slices.ContainsFunc(p.Ports, reachesIdentityProvider) || slices.ContainsFunc(more, reachesIdentityProvider) {
		return nil
	}
	return roles
}

// FederatedSignInUnstated names the roles of the accounts whose sign-in
// through the customer's identity provider no port reaches, where the
// final deny would block it (federatedSignInsWithoutPort).
func (p *Product) FederatedSignInUnstated() []string { return p.federatedSignInsWithoutPort(nil) }

// storeGap is a part of the customer's own infrastructure that holds data
// stores of the product, with those stores.
type storeGap struct {
	part   Part
	stores []string
}

// infrastructureStoresUnreached are the parts of the customer's own
// infrastructure (runs customer_infrastructure) that hold a data store of
// the product but that no port of ports reaches (reachesPart), in part
// order, where the firewall rules end with the final deny.
func (p *Product) infrastructureStoresUnreached(ports []Port) []storeGap {
	if !p.FinalDenyRule() {
		return nil
	}
	return p.storesUnreached(ports)
}

// storesUnreached is infrastructureStoresUnreached whatever the firewall
// rules: the parts whose connection no port of ports lists.
func (p *Product) storesUnreached(ports []Port) []storeGap {
	var out []storeGap
	for _, part := range p.CustomerInfrastructureParts() {
		var stores []string
		for _, d := range p.DataStores {
			if p.PartOfStore(d).ID == part.ID {
				stores = append(stores, d.Name)
			}
		}
		if len(stores) > 0 && !slices.ContainsFunc(ports, func(pt Port) bool { return p.reachesPart(pt, part) }) {
			out = append(out, storeGap{part, stores})
		}
	}
	return out
}

// reachesPart reports a port of another part whose firewall rule names
// part at its other end: part is its peer_part, or one of its endpoints
// is part (by ID, name or a flow endpoint that stands for it).
func (p *Product) reachesPart(pt Port, part Part) bool {
	if p.PartOfPort(pt).ID == part.ID {
		return false // the customer's infrastructure's own ports give no rule
	}
	return pt.PeerPart == part.ID || slices.ContainsFunc(pt.Endpoints, func(e string) bool {
		end, _ := p.ResolveFlowEnd(e)
		return end.Part == part.ID
	})
}

// InfrastructureStoresUnreached names the parts of the customer's own
// infrastructure that hold a data store of the product but that no
// firewall rule reaches: the final deny would cut the product off from
// them.
func (p *Product) InfrastructureStoresUnreached() []Part {
	var out []Part
	for _, g := range p.infrastructureStoresUnreached(p.isolatedPorts()) {
		out = append(out, g.part)
	}
	return out
}

// FinalDenyUnreachedText is the CSD's caveat after its firewall rules
// for the customer's own systems the product uses that no rule reaches
// (infrastructure holding its data stores, the identity provider of a
// federated sign-in), asking the customer to check which connections
// they need before applying the final deny, the rule after the others
// (named "the final deny" when first is set: no caveat before it names
// it). hosp is "hospital" or "customer". "" when there is none. Plain
// text.
func (p *Product) FinalDenyUnreachedText(hosp string, first bool) string {
	before := fmt.Sprintf("applying rule %d", len(p.FirewallRules())+1)
	if first {
		before += ", the final deny"
	}
	return p.unreachedText(p.infrastructureStoresUnreached(p.isolatedPorts()), p.FederatedSignInUnstated(), "No rule above", before, hosp)
}

// UnreachedBesidesText is FinalDenyUnreachedText for an end-of-life or
// end-of-support notice, p being the newest version it concerns and
// needed the ports it lists as needed, of every version it concerns (as
// BasicServicesUnstatedBesides): "" where it lists none.
func (p *Product) UnreachedBesidesText(needed []Port) string {
	if len(needed) == 0 {
		return ""
	}
	ports := append(p.isolatedPorts(), needed...)
	return p.unreachedText(p.infrastructureStoresUnreached(ports), p.federatedSignInsWithoutPort(needed), "No port listed above", "blocking every other port", "customer")
}

// unreachedText words the caveat: what the subject's rules or ports do
// not reach, and that the customer is to check which connections the
// product needs to it before the final deny (or blocking every other
// port).
func (p *Product) unreachedText(gaps []storeGap, roles []string, subject, before, hosp string) string {
	if len(gaps) == 0 && len(roles) == 0 {
		return ""
	}
	var ends []string
	for _, g := range gaps {
		quoted := make([]string, len(g.stores))
		for i, s := range g.stores {
			quoted[i] = `"` + s + `"`
		}
		ends = append(ends, fmt.Sprintf("%s, where the product keeps its %s %s", g.part.TheName(), Plural(len(quoted), "data store", "data stores"), AndList(quoted)))
	}
	idp := ""
	if len(roles) > 0 {
		idp = fmt.Sprintf("the %s's identity provider, through which %s %s", hosp, p.AccountsOfRoles(roles), Plural(len(roles), "signs in", "sign in"))
	}
	var b strings.Builder
	b.WriteString(subject + " reaches ")
	switch {
	case len(ends) > 0 && idp != "":
		b.WriteString(strings.Join(ends, "; ") + ", nor " + idp)
	case len(ends) > 0:
		b.WriteString(strings.Join(ends, "; "))
	default:
		b.WriteString(idp)
	}
	n := len(ends)
	if idp != "" {
		n++
	}
	them := Plural(n, "it", "them")
	if len(ends) == 0 {
		// the sign-in alone: it may need no connection of the product's own
		b.WriteString(": check whether the product needs a connection to it before " + before + ", and allow it where it does")
	} else {
		b.WriteString(": check which connections the product needs to " + them + " before " + before + ", and allow them")
	}
	if idp != "" {
		b.WriteString("; whether the sign-in needs a connection of the product's own to the identity provider, or only the user's browser reaches it, depends on the sign-in's flow")
	}
	b.WriteString(".")
	return b.String()
}
