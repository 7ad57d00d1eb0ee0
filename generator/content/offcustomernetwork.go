package content

// NoPartOnCustomerNetwork reports a product that its parts and interfaces
// alone keep off the customer's network, its ports written or not: every
// part is the device or hosted by the manufacturer, and every interface of
// a device part is cellular (the mobile operator's network: CarrierPort),
// internal to the product, or one that carries no IP traffic, so no port
// the ports list could hold would be on the customer's network. An
// unwritten ports list then decides nothing that matters to the customer's
// network. Software on a computer or phone the customer owns is on
// whatever network that host is on, which the data do not describe, and
// the customer's own infrastructure is the customer's: with either, an
// unwritten ports list leaves it open (PortlessOffCustomerNetwork).
func (p *Product) NoPartOnCustomerNetwork() bool {
	if !p.States("interfaces") || p.OnCustomerNetwork() {
		return false
	}
	for _, part := range p.AllParts() {
		switch {
		case part.Runs.IsManufacturerHosted():
		case part.Runs.IsDevice():
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
