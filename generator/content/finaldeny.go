package content

import "slices"

// FinalDenyRule reports whether the firewall rules end with "deny the
// rest": some part with a port on the customer's network (OnCustomerSide)
// stays there. The product's app on phones or tablets the customer or its
// users own (Roams) does not: such a device runs more than the product and
// connects from whatever network it is on, so denying everything else is
// not the customer's to do there, and with no other part on the customer's
// network nothing of the product is left to isolate.
func (p *Product) FinalDenyRule() bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		return p.OnCustomerSide(pt) && !p.PartOfPort(pt).Roams()
	})
}

// Roams reports a part on the customer's own phones or tablets
// (customer_device with host_kinds written and no computer among them),
// which are carried from network to network. A computer may stay on the
// customer's network, and a part whose host kinds are not written may run
// on one; another maker's medical device (host_maker) is not carried
// about either.
func (pt Part) Roams() bool {
	return pt.Runs.IsCustomerDevice() && pt.HostMaker == "" && len(pt.HostKinds) > 0 && !slices.Contains(pt.HostKinds, "computer")
}
