package content

import "slices"

// PortlessOffCustomerNetwork reports a product whose written ports list
// holds no port and no part of which is on the customer's network
// (OnCustomerNetwork): a USB-only home device with a desktop app on the
// patient's own computer. It has no traffic for a firewall to filter and
// nothing to keep off a network, yet NoNetwork is false for it, as its
// app runs on a computer that is on some network. An unwritten ports list
// decides nothing.
func (p *Product) PortlessOffCustomerNetwork() bool {
	return p.States("ports") && len(p.Ports) == 0 && !p.OnCustomerNetwork()
}

// PartConnectsOut reports whether a port of part is one it connects from
// (any direction but "in"): only then does an app on a computer or phone
// the customer owns connect from whatever network that device is on.
func (p *Product) PartConnectsOut(part Part) bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		return p.PartOfPort(pt).ID == part.ID && pt.Direction != "in"
	})
}
