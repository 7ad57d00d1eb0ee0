package content

import (
	"fmt"
	"slices"
)

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

// InfrastructureNamedText names, for the CSD's 4.1, what the product
// data show the product uses of the customer's infrastructure where no
// [[infrastructure]] entry lists it: the parts that are the customer's
// own infrastructure (runs customer_infrastructure), and the customer's
// directory service and identity provider where an account signs in
// through them (sign_in directory, federated), with the accounts; "can
// sign in" where that is one of the account's ways. "" where there is
// none. Plain text, with the data's names and roles.
func (p *Product) InfrastructureNamedText() string {
	var what []string
	if parts := p.CustomerInfrastructureParts(); len(parts) > 0 {
		what = append(what, p.PartTheNames(parts))
	}
	// a part may itself be the directory ("Health system Active
	// Directory"): the sign-in's is named for what it does, not as
	// another system
	lead := "for signing in, "
	who := p.InHouseWords("the customer")
	for _, w := range []struct {
		way  SignIn
		what string
	}{{"directory", "directory service"}, {"federated", "identity provider"}} {
		roles := p.rolesSigningIn(w.way)
		if len(roles) == 0 {
			continue
		}
		// every such account signs in this way alone: it does; else it can
		only := true
		for _, a := range p.Accounts {
			if slices.Contains(a.SignIn, w.way) && len(a.SignIn) > 1 {
				only = false
			}
		}
		verb := Plural(len(roles), "signs in", "sign in")
		if !only {
			verb = "can sign in"
		}
		what = append(what, fmt.Sprintf("%s%s's %s, through which %s %s", lead, who, w.what, p.AccountsOfRoles(roles), verb))
		lead = ""
	}
	if len(what) == 0 {
		return ""
	}
	if len(what) == 1 {
		return what[0]
	}
	return joinSemicolonAnd(what)
}

// joinSemicolonAnd joins phrases that may hold commas: "A; B; and C".
func joinSemicolonAnd(what []string) string {
	s := ""
	for i, w := range what {
		switch {
		case i == 0:
		case i == len(what)-1:
			s += "; and "
		default:
			s += "; "
		}
		s += w
	}
	return s
}
