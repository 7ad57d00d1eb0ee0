package content

import "slices"

// An account that signs in to the product's application on the
// customer's own computers (accounts.parts, customer_device) through the
// customer's directory signs in on those hosts, whose directory traffic
// is theirs; but where that application talks to a part of the product
// that the final deny isolates (teleicu's Command Centre application,
// whose sign-in goes to the Vigilon server on 443), that part may check
// the sign-in against the directory itself, and whether it does the data
// do not say: the documents ask the customer to allow the sign-in's
// connections before the final deny (directorySignInsWithoutPort), as
// for any other account.

// signInReachesIsolated reports an account some of whose parts link by a
// port, either way, to a part the final deny isolates (the device, or
// software on a server the customer hosts) on the customer's side: a
// port of one of the account's parts whose peer_part is such a part, or
// a port of such a part whose peer_part is one of the account's parts.
func (p *Product) signInReachesIsolated(a Account) bool {
	isolated := func(id string) bool {
		if id == "" || slices.Contains(a.Parts, id) {
			return false
		}
		pt := p.Part(id)
		return pt.ID != "" && (pt.Runs.IsDevice() || pt.Runs.IsCustomerHosted()) && p.PartOnCustomerSide(pt)
	}
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		own := p.PartOfPort(pt).ID
		return slices.Contains(a.Parts, own) && isolated(pt.PeerPart) || isolated(own) && slices.Contains(a.Parts, pt.PeerPart)
	})
}
