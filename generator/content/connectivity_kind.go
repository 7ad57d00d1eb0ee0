package content

// ConnectivityOfStatedKind returns the connectivity features
// (ConnectivityFeatures) whose kind the product data state, every kind
// but other (and not an interface whose kind is not written): the plan
// lists them as bearing on the 524B determination.
func (p *Product) ConnectivityOfStatedKind() []Interface {
	return filter(p.ConnectivityFeatures(), func(i Interface) bool { return !i.Kind.Unsaid() })
}

// ConnectivityOfUnstatedKind returns the connectivity features of kind
// other, a kind the data do not name: it may be a network of its own (a
// WMTS radio) or join none (a meter's barcode scanner, which the plan
// had listed as bearing on the determination of a meter that joins no
// network). The plan lists them apart and says that whether they bear on
// it is not stated. An interface whose kind is not written is one too.
func (p *Product) ConnectivityOfUnstatedKind() []Interface {
	return filter(p.ConnectivityFeatures(), func(i Interface) bool { return i.Kind.Unsaid() })
}

// SignalOnlyLinks returns the contact closures (SignalOnly) that
// ConnectivityFeatures would otherwise list: the plan says it leaves
// them out, so that a nurse-call cable in the interface table is not read
// as forgotten in the 524B determination.
func (p *Product) SignalOnlyLinks() []Interface {
	medical := !p.MedicalDevice.IsFalse()
	device := p.HasDevice() && medical
	return filter(p.Interfaces, func(i Interface) bool {
		pt := p.PartOfInterface(i)
		return i.Kind.SignalOnly() && !i.Internal && (!device || p.deviceSide(pt)) && !(medical && p.IsRelatedPart(pt.ID))
	})
}
