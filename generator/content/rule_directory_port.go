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
// say its ports are not stated).
func (v *productValidator) directoryPortListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		q := vv.q
		if len(q.Ports) == 0 || slices.ContainsFunc(q.Ports, reachesDirectory) {
			continue
		}
		for j, a := range q.Accounts {
			path := AtOr(a.At, fmt.Sprintf("accounts[%d]", j)) + ".sign_in"
			if !slices.Contains(a.SignIn, "directory") || seen[path] {
				continue
			}
			seen[path] = true
			in := ""
			if len(views) > 1 {
				in = "in version " + vv.version + ", "
			}
			v.warnf(path, "%saccount %q signs in through the customer's directory, but no port reaches one (Kerberos 88, LDAP 389, LDAPS 636, global catalog 3268 or 3269, or a port whose service names LDAP, Kerberos or Active Directory, opened by the product): the CSD's firewall rules are derived from the ports and deny the rest, so they would cut this sign-in off; list the port", in, a.Role)
		}
	}
}
