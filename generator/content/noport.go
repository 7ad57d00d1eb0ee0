package content

import "slices"

// UsesNoNetworkPort reports a product whose ports are written empty and
// which lists no interface of a network kind (an NFC, infrared or serial
// link is none): no part of it, wherever it runs, opens or connects to a
// network port. The MDS2 form derives CONN-4 and CONN-6 No from it; unlike
// NoNetwork it holds for an app on the customer's own phone, whose host is
// on a network the product does not use.
func (p *Product) UsesNoNetworkPort() bool {
	return p.States("ports") && len(p.Ports) == 0 &&
		!slices.ContainsFunc(p.Interfaces, func(it Interface) bool { return it.Kind.Network() })
}
