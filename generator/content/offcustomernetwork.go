package content

import "slices"

// NoPartOnCustomerNetwork reports a product that its parts and interfaces
// alone keep off the customer's network, its ports written or not: every
// part is the device, hosted by the manufacturer or on the patients' own
// devices (OnPatientsDevice), each device part lists every interface it
// has (InterfacesUnlisted), and every interface of
// a device part is cellular (the mobile operator's network: CarrierPort),
// internal to the product, or one that carries no IP traffic, so no port
// the ports list could hold would be on the customer's network. An
// unwritten ports list then decides nothing that matters to the customer's
// network. Software on a computer or phone the customer owns is on
// whatever network that host is on, which the data do not describe, and
// the customer's own infrastructure is the customer's: with either, an
// unwritten ports list leaves it open (PortlessOffCustomerNetwork).
func (p *Product) NoPartOnCustomerNetwork() bool {
	return p.offCustomerNetwork(false)
}

// ListedOffCustomerNetwork returns the device parts whose listed
// interfaces would keep the product off the customer's network
// (NoPartOnCustomerNetwork but for them) while the list may leave some
// out (InterfacesUnlisted): nil when NoPartOnCustomerNetwork holds or
// would not hold with whole lists.
func (p *Product) ListedOffCustomerNetwork() []Part {
	if p.offCustomerNetwork(false) || !p.offCustomerNetwork(true) {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(p.DeviceParts()), func(pt Part) bool { return !p.InterfacesUnlisted(pt) })
}

// offCustomerNetwork is NoPartOnCustomerNetwork, reading a device part's
// interfaces as whole when listedOnly.
func (p *Product) offCustomerNetwork(listedOnly bool) bool {
	if !p.States("interfaces") || p.OnCustomerNetwork() {
		return false
	}
	for _, part := range p.AllParts() {
		switch {
		// an app on the patients' own phones is on their networks, not
		// the customer's (PartOnCustomerSide)
		case part.Runs.IsManufacturerHosted(), p.OnPatientsDevice(part):
		case part.Runs.IsDevice():
			// a list that may leave interfaces out (Ethernet, Wi-Fi)
			// decides nothing
			if !listedOnly && p.InterfacesUnlisted(part) {
				return false
			}
			for _, it := range p.Interfaces {
				if p.PartOfInterface(it).ID == part.ID && !it.Internal && it.Kind != "cellular" && it.Kind.CarriesIP() {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// ConnectsOverCarrier reports a part with an interface of kind cellular
// that is not internal to the product: whatever its ports, it reaches a
// network over the mobile operator's.
func (p *Product) ConnectsOverCarrier(partID string) bool {
	for _, it := range p.Interfaces {
		if p.PartOfInterface(it).ID == partID && !it.Internal && it.Kind == "cellular" {
			return true
		}
	}
	return false
}
