package content

import "fmt"

// A part the manufacturer hosts is run by the manufacturer: its work on
// it is its own, not remote service of the customer's parts, and the
// data decide that much (the CSD's key facts already say "Not counted
// here"). Where the security plan's 6.8 has nothing else to say, it says
// so of those parts and leaves "not stated" for the rest only.

// remoteHostedSplit returns the parts in use that the manufacturer hosts
// and the other parts of the product (not the customer's own
// infrastructure).
func (p *Product) remoteHostedSplit() (hosted, others []Part) {
	for _, pt := range p.PartsInUse() {
		switch {
		case pt.Runs.IsManufacturerHosted():
			hosted = append(hosted, pt)
		case !pt.Runs.IsCustomerInfrastructure():
			others = append(others, pt)
		}
	}
	return hosted, others
}

// HostedServiceText says, for a product with a part the manufacturer
// hosts, that the manufacturer runs it, and that whether it services the
// other parts remotely is not stated: whole sentences, "" without such
// a part. maker is the manufacturer's name.
func (p *Product) HostedServiceText(maker string) string {
	hosted, others := p.remoteHostedSplit()
	if len(hosted) == 0 {
		return ""
	}
	s := fmt.Sprintf("%s runs %s, which it hosts.", maker, p.PartTheNames(hosted))
	if len(others) > 0 {
		s += fmt.Sprintf(" Whether it services %s remotely is not stated in the product data.", p.PartTheNames(others))
	}
	return s
}

// HostedUpdatesText says, for a product with a part the manufacturer
// hosts whose software is updated (field_updatable not false), that the
// manufacturer updates it itself, and that whether it updates the other
// parts, changes settings or trains users over a network is not stated:
// whole sentences, "" without such a part.
func (p *Product) HostedUpdatesText(maker string) string {
	hosted, others := p.remoteHostedSplit()
	var updated []Part
	for _, pt := range hosted {
		if !pt.FieldUpdatable.IsFalse() {
			updated = append(updated, pt)
		}
	}
	if len(updated) == 0 {
		return ""
	}
	s := fmt.Sprintf("%s itself updates %s, which it hosts.", maker, p.PartTheNames(updated))
	if len(others) > 0 {
		s += fmt.Sprintf(" Whether it updates the software of %s, changes settings or trains users over a network is not stated.", p.PartTheNames(others))
	} else {
		s += " Whether it changes settings or trains users over a network is not stated."
	}
	return s
}
