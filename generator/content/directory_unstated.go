package content

import "slices"

// The final deny, and a notice's "block every other port", would cut off
// the sign-in of an account that checks it against the customer's
// directory where no port reaches one: the documents say so where check
// warns about it (directoryPortListed), beside the basic services the
// data leave unstated (BasicServicesUnstated).

// DirectorySignInUnstated names the roles of the accounts that sign in
// through the customer's directory (sign_in directory), where the
// firewall rules end with the final deny and no port reaches a directory
// (reachesDirectory); nil otherwise, and where that sign-in is the
// customer's own hosts' (directorySignInOnCustomerHosts).
func (p *Product) DirectorySignInUnstated() []string {
	if !p.FinalDenyRule() {
		return nil
	}
	return p.directorySignInsWithoutPort(nil)
}

// BasicServicesUnstatedBesides is BasicServicesUnstated for an
// end-of-life or end-of-support notice, p being the newest version it
// concerns and needed the ports it lists as needed, of every version it
// concerns: a service one of those states counts as stated. nil where
// the notice lists no port as needed (it then says to block none).
func (p *Product) BasicServicesUnstatedBesides(needed []Port) []string {
	if len(needed) == 0 || !p.FinalDenyRule() {
		return nil
	}
	return basicServicesUnstatedIn(append(p.isolatedPorts(), needed...))
}

// BasicServicesUnstatedBesidesText is BasicServicesUnstatedBesides as one
// phrase: "A, B or C".
func (p *Product) BasicServicesUnstatedBesidesText(needed []Port) string {
	return OrList(p.BasicServicesUnstatedBesides(needed))
}

// DirectorySignInUnstatedBesides is DirectorySignInUnstated for an
// end-of-life or end-of-support notice, as BasicServicesUnstatedBesides.
func (p *Product) DirectorySignInUnstatedBesides(needed []Port) []string {
	if len(needed) == 0 || !p.FinalDenyRule() {
		return nil
	}
	return p.directorySignInsWithoutPort(needed)
}

// directorySignInsWithoutPort names the roles of the accounts whose
// sign-in through the customer's directory no port of the product, nor
// of more, reaches: the accounts check warns about. An account that
// signs in only to the customer's own computers (accounts.parts) is left
// out: that sign-in is the hosts', unless those parts talk to a part the
// final deny isolates, which may check it too (signInReachesIsolated).
func (p *Product) directorySignInsWithoutPort(more []Port) []string {
	if len(p.Ports) == 0 || slices.ContainsFunc(p.Ports, reachesDirectory) || slices.ContainsFunc(more, reachesDirectory) || p.directorySignInOnCustomerHosts() {
		return nil
	}
	var roles []string
	for _, a := range p.Accounts {
		if slices.Contains(a.SignIn, "directory") && (!p.signsInOnCustomerHosts(a) || p.signInReachesIsolated(a)) && !slices.Contains(roles, a.Role) {
			roles = append(roles, a.Role)
		}
	}
	return roles
}

// rolesSigningIn names the roles of the accounts whose sign-in is checked
// where way says (directory, federated), each once.
func (p *Product) rolesSigningIn(way SignIn) []string {
	var roles []string
	for _, a := range p.Accounts {
		if slices.Contains(a.SignIn, way) && !slices.Contains(roles, a.Role) {
			roles = append(roles, a.Role)
		}
	}
	return roles
}

// AccountsOfRoles names accounts by their roles, each quoted as the
// accounts table writes it: `the "Physician" account`, `the "Physician"
// and "Nurse" accounts`. A method, for the templates.
func (p *Product) AccountsOfRoles(roles []string) string {
	quoted := make([]string, len(roles))
	for i, r := range roles {
		quoted[i] = `"` + r + `"`
	}
	if len(roles) == 1 {
		return "the " + quoted[0] + " account"
	}
	return "the " + AndList(quoted) + " accounts"
}
