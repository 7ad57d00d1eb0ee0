package content

import "fmt"

// The key facts' row of the connections the product opens is read
// first, and before section 3.3's caveat beneath the firewall rules: a
// connection the data say the product needs but that no port lists (the
// sign-in through the customer's directory, its database on the
// customer's own infrastructure) must not hide behind "None" there. The
// facts are those of 3.3 (DirectorySignInUnstated,
// infrastructureStoresUnreached, FederatedSignInUnstated).

// KeyFactUnlistedText says, for the CSD's key-facts row of the
// connections the product opens, which connections the product data say
// the product needs, or may need, that no port lists, as 3.3 does after
// its firewall rules: "the product data state no port for the
// connections to the hospital's directory that the sign-in of the
// "Physician" account needs". hosp is "hospital" or "customer". "" where
// there is none. Plain text, in lower case for after a semicolon.
func (p *Product) KeyFactUnlistedText(hosp string) string {
	var what []string
	if roles := p.DirectorySignInUnstated(); len(roles) > 0 {
		what = append(what, fmt.Sprintf("the connections to the %s's directory that the sign-in of %s needs", hosp, p.AccountsOfRoles(roles)))
	}
	for _, g := range p.infrastructureStoresUnreached(p.isolatedPorts()) {
		what = append(what, "the connections to "+g.part.TheName())
	}
	if roles := p.FederatedSignInUnstated(); len(roles) > 0 {
		what = append(what, fmt.Sprintf("any connection of the product's own to the %s's identity provider that the sign-in of %s needs", hosp, p.AccountsOfRoles(roles)))
	}
	if len(what) == 0 {
		return ""
	}
	return "the product data state no port for " + AndList(what)
}
