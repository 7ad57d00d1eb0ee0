package content

import "slices"

// The product's own software on the customer's own computers (dental
// imaging software on a practice's chairside PCs and its server) shares
// them with everything else the customer runs there: the operating
// system's updates, the practice-management software, e-mail; and a
// server the customer hosts, even one that runs only the product, is
// kept by the customer's own backup, monitoring and updates. The product
// data list only the product's ports, so a document must not tell the
// customer to deny or block everything else on those computers, nor call
// that software embedded in the device.

// OwnDeviceParts returns, in part order, the parts of the given ports that
// run on a phone, tablet or computer the customer owns and keeps on its
// own network (customer_device on the customer's side, PartOnCustomerSide):
// devices whose other traffic the ports do not cover.
func (p *Product) OwnDeviceParts(ports []Port) []Part {
	var out []Part
	for _, pt := range p.AllParts() {
		if !pt.Runs.IsCustomerDevice() || !p.PartOnCustomerSide(pt) {
			continue
		}
		if slices.ContainsFunc(ports, func(x Port) bool { return p.PartOfPort(x).ID == pt.ID }) {
			out = append(out, pt)
		}
	}
	return out
}

// CustomerHostedParts returns, in part order, the parts of the given
// ports that run on a host the customer runs (customer_hosted: a server
// or virtual machine on its premises, or its cloud tenancy). A host
// dedicated to the product is still the customer's: its backup, its
// monitoring, its administrators' sign-in and, where the customer keeps
// its operating system, that system's updates go through the customer's
// own rules, which the product's ports do not list, so a document must
// not tell the customer to deny or block everything else there either.
func (p *Product) CustomerHostedParts(ports []Port) []Part {
	return filter(p.AllParts(), func(pt Part) bool {
		return pt.Runs.IsCustomerHosted() && slices.ContainsFunc(ports, func(x Port) bool { return p.PartOfPort(x).ID == pt.ID })
	})
}

// SoftwareOnCustomerComputers returns, in part order, the parts that are
// the product's own software on hardware the customer supplies: software
// on a server the customer hosts or on the customer's own phones, tablets
// or computers, other than a related system's part (a separate product).
// Beside them the product is not a device with embedded software alone.
func (p *Product) SoftwareOnCustomerComputers() []Part {
	return filter(p.AllParts(), func(pt Part) bool {
		return (pt.Runs.IsCustomerHosted() || pt.Runs.IsCustomerDevice()) && !p.IsRelatedPart(pt.ID)
	})
}
