package content

import (
	"fmt"
	"slices"
)

// identityProviderPortListed warns, as directoryPortListed does for the
// directory, where an account signs in through the customer's identity
// provider (sign_in federated) but no port of the product, in that
// version, reaches one, no part is hosted by the manufacturer and the
// firewall rules end with the final deny (federatedSignInsWithoutPort):
// a hospital that applies the CSD's rules may cut off a connection the
// sign-in needs. Whether it needs one depends on its flow, which the data
// do not say, so the warning asks.
func (v *productValidator) identityProviderPortListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		if vv.q.federatedSignInsWithoutPort(nil) == nil {
			continue
		}
		for j, a := range vv.q.Accounts {
			path := AtOr(a.At, fmt.Sprintf("accounts[%d]", j)) + ".sign_in"
			if !slices.Contains(a.SignIn, "federated") || seen[path] {
				continue
			}
			seen[path] = true
			v.warnf(path, "%saccount %q signs in through the customer's identity provider, but no port reaches one (a port the product opens whose service, purpose or endpoints name OpenID Connect, SAML, OAuth, single sign-on or an identity provider), and no part is hosted by the manufacturer: the CSD's firewall rules are derived from the ports and deny the rest, so they would cut off any connection of the product's own to the identity provider (an OpenID Connect token request, say) that the sign-in needs; list the port if it needs one", inVersion(views, vv), a.Role)
		}
	}
}

// infrastructureStoreReached warns where a data store is on the
// customer's own infrastructure (its part runs customer_infrastructure:
// the hospital's database) but no port of the product's other parts, in
// that version, reaches that part (its endpoints or peer_part name it),
// and the firewall rules end with the final deny: a hospital that applies
// the CSD's rules cuts the product off from its own data.
func (v *productValidator) infrastructureStoreReached() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		q := vv.q
		for _, g := range q.infrastructureStoresUnreached(q.isolatedPorts()) {
			for j, d := range q.DataStores {
				path := AtOr(d.At, fmt.Sprintf("data_stores[%d]", j)) + ".part"
				if q.PartOfStore(d).ID != g.part.ID || seen[path] {
					continue
				}
				seen[path] = true
				v.warnf(path, "%sdata store %q is on %q, the customer's own infrastructure, but no port reaches that part (a port of another part whose endpoints or peer_part name it): the CSD's firewall rules are derived from the ports and deny the rest, so they would cut the product off from this store; list the port", inVersion(views, vv), d.Name, g.part.Name)
			}
		}
	}
}

// inVersion names the version a warning is about where the versions
// differ ("in version 2.3, "), as directoryPortListed does; "" otherwise.
func inVersion(views []versionView, vv versionView) string {
	if len(views) > 1 {
		return "in version " + vv.version + ", "
	}
	return ""
}
