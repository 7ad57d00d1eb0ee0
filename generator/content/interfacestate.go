package content

// InstalledParts are the parts of a product of several parts that run on
// the customer's own computers or hosts (customer_device, customer_hosted)
// and have an interface listed: the manufacturer ships their software,
// not the computer whose interfaces they use, so the state of those
// interfaces is theirs once the software is installed, not "as shipped".
// Empty for a product of one part, whose interfaces keep "as shipped".
func (p *Product) InstalledParts() []Part {
	parts := p.AllParts()
	if len(parts) < 2 {
		return nil
	}
	var out []Part
	for _, pt := range parts {
		if !pt.Runs.IsCustomerDevice() && !pt.Runs.IsCustomerHosted() {
			continue
		}
		for _, it := range p.Interfaces {
			if p.PartOfInterface(it).ID == pt.ID {
				out = append(out, pt)
				break
			}
		}
	}
	return out
}

// InterfaceStateWhen says when the state the documents give for the
// interfaces of part pt holds, for a product with InstalledParts: "as
// installed" on the customer's computers, "where the manufacturer hosts
// it" for a hosted part, "as shipped" on the device; "" for the
// customer's own infrastructure, which nothing of the product sets up.
func (p *Product) InterfaceStateWhen(pt Part) string {
	switch {
	case pt.Runs.IsCustomerDevice(), pt.Runs.IsCustomerHosted():
		return "as installed"
	case pt.Runs.IsManufacturerHosted():
		return "where the manufacturer hosts it"
	case pt.Runs.IsCustomerInfrastructure():
		return ""
	}
	return "as shipped"
}
