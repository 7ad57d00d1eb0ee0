package content

// UnshippedPorts are the parts that have the network ports of a product
// with hardware of its own none of whose ports is on that hardware
// (Product.PortsNotShipped).
type UnshippedPorts struct {
	// Installed run on the customer's computers or servers
	// (customer_device, customer_hosted): the manufacturer ships their
	// software, not the computer, so their ports' state is theirs once
	// installed.
	Installed []Part
	// Hosted are the parts the manufacturer hosts: their ports' state is
	// where it hosts them.
	Hosted []Part
}

// PortsNotShipped returns the parts with ports of a product that has a
// device part and no port on it (a recorder that joins no network, with
// analysis software on the customer's own PCs): "as shipped", said of
// such a product's ports, reads as the state of the shipped device, which
// has none. Nil when some port is on the device, when the product has no
// port, or when it has no device: the software such a product ships is
// what "as shipped" is said of, and a product only the manufacturer hosts
// has words of its own (HostedOnly). A port of the customer's own
// infrastructure is not the product's and decides nothing; nil too when
// only such ports are left.
func (p *Product) PortsNotShipped() *UnshippedPorts {
	if !p.HasDevice() || len(p.Ports) == 0 {
		return nil
	}
	var u UnshippedPorts
	seen := map[string]bool{}
	for _, po := range p.Ports {
		pt := p.PartOfPort(po)
		switch {
		case pt.Runs.IsCustomerInfrastructure(), seen[pt.ID]:
		case pt.Runs.IsCustomerDevice(), pt.Runs.IsCustomerHosted():
			u.Installed = append(u.Installed, pt)
		case pt.Runs.IsManufacturerHosted():
			u.Hosted = append(u.Hosted, pt)
		default:
			// the device, or a part whose place is not known: as shipped
			return nil
		}
		seen[pt.ID] = true
	}
	if len(u.Installed) == 0 && len(u.Hosted) == 0 {
		return nil
	}
	return &u
}

// NoPortShipped reports a product whose ports are all on parts that do
// not ship with it (PortsNotShipped): a port table's state column then
// reads "Enabled", not "As shipped".
func (p *Product) NoPortShipped() bool { return p.PortsNotShipped() != nil }

// PortsAsInstalled reports a product of NoPortShipped with ports on the
// customer's computers or servers: the ports on the customer's network
// are in their state "as installed" there.
func (p *Product) PortsAsInstalled() bool {
	u := p.PortsNotShipped()
	return u != nil && len(u.Installed) > 0
}
