package content

import (
	"fmt"
	"regexp"
	"slices"
)

// directoryPorts are the well-known ports of a directory service: Kerberos,
// LDAP, LDAPS and the Active Directory global catalog (plain and TLS).
var directoryPorts = []int{88, 389, 636, 3268, 3269}

// directoryService names a directory protocol in a port's service.
var directoryService = regexp.MustCompile(`(?i)\b(ldaps?|kerberos|active directory)\b`)

// reachesDirectory reports a port by which a part of the product can
// reach a directory service: a directory port, or a service that names
// one, opened by the part (out or both).
func reachesDirectory(pt Port) bool {
	return pt.Direction != "in" && (slices.Contains(directoryPorts, pt.Number) || directoryService.MatchString(pt.Service))
}

// directoryPortListed warns where an account signs in through the
// customer's directory (sign_in directory) but no port of the product,
// in that version, reaches one: the CSD's firewall rules are derived from
// the ports and deny the rest, so a hospital that applies them cuts the
// sign-in off. A product that lists no port is not asked (its documents
// say its ports are not stated), nor one whose directory sign-in is that
// of a host the customer keeps (directorySignInOnCustomerHosts).
func (v *productValidator) directoryPortListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		q := vv.q
		roles := q.directorySignInsWithoutPort(nil) // the CSD's caveat names the same accounts
		for j, a := range q.Accounts {
			path := AtOr(a.At, fmt.Sprintf("accounts[%d]", j)) + ".sign_in"
			if !slices.Contains(roles, a.Role) || !slices.Contains(a.SignIn, "directory") || seen[path] {
				continue
			}
			seen[path] = true
			in := ""
			if len(views) > 1 {
				in = "in version " + vv.version + ", "
			}
			remedy := "list the port, or, where the account signs in only to the customer's own computers (customer_device parts), name them in accounts.parts"
			if q.signsInOnCustomerHosts(a) { // kept by signInReachesIsolated
				remedy = "its accounts.parts name only software on the customer's own computers, but that software talks to a part the final deny isolates, which may check the sign-in against the directory itself: list the port by which that part, or those computers, reach the directory"
			}
			v.warnf(path, "%saccount %q signs in through the customer's directory, but no port reaches one (Kerberos 88, LDAP 389, LDAPS 636, global catalog 3268 or 3269, or a port whose service names LDAP, Kerberos or Active Directory, opened by the product): the CSD's firewall rules are derived from the ports and deny the rest, so they would cut this sign-in off; %s", in, a.Role, remedy)
		}
	}
}

// directorySignInOnCustomerHosts reports a product whose every part on the
// customer's side that a directory sign-in could reach is software on a
// computer or phone the customer keeps (customer_device, not at home).
// The directory sign-in there is the host's (a Windows sign-in to the
// hospital's domain), and the CSD says the final deny is not for that
// host's other traffic, so the ports, which list the product's own
// connections, need no directory port. A server the customer hosts keeps
// the warning: software there often checks the directory itself (a web
// viewer that binds over LDAPS), and the CSD leaves to the customer's
// own rules only the host's upkeep and its administrators' sign-in.
// Accounts name no part, so every such part counts: a device part that
// joins the customer's network (a port there, or an interface that joins
// it; every device part where interfaces are not written) keeps the
// warning, while one that joins none (a recorder read from its memory
// card) could not check a directory sign-in.
func (p *Product) directorySignInOnCustomerHosts() bool {
	hosts := false
	for _, part := range p.AllParts() {
		switch {
		case !p.PartOnCustomerSide(part):
		case part.Runs.IsCustomerDevice():
			hosts = true
		case !part.Runs.IsDevice() || p.deviceJoinsCustomerNetwork(part):
			return false
		}
	}
	return hosts
}

// deviceJoinsCustomerNetwork reports a device part with a port on the
// customer's side or an interface that joins the customer's network
// (not internal to the product, not its own cellular modem), as
// OnCustomerNetwork judges each part; without written interfaces, every
// device part.
func (p *Product) deviceJoinsCustomerNetwork(part Part) bool {
	if !p.States("interfaces") {
		return true
	}
	return slices.ContainsFunc(p.Ports, func(pt Port) bool { return p.PartOfPort(pt).ID == part.ID && p.OnCustomerSide(pt) }) ||
		slices.ContainsFunc(p.Interfaces, func(it Interface) bool {
			return p.PartOfInterface(it).ID == part.ID && !it.Internal && it.Kind.JoinsHospitalNetwork() && it.Kind != "cellular"
		})
}
