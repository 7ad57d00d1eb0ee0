package content

// ConnectivityOfStatedKind returns the connectivity features
// (ConnectivityFeatures) whose kind the product data state, every kind
// but other: the plan lists them as bearing on the 524B determination.
func (p *Product) ConnectivityOfStatedKind() []Interface {
	return filter(p.ConnectivityFeatures(), func(i Interface) bool { return i.Kind != "other" })
}

// ConnectivityOfUnstatedKind returns the connectivity features of kind
// other, a kind the data do not name: it may be a network of its own (a
// WMTS radio) or join none (a meter's barcode scanner, which the plan
// had listed as bearing on the determination of a meter that joins no
// network). The plan lists them apart and says that whether they bear on
// it is not stated.
func (p *Product) ConnectivityOfUnstatedKind() []Interface {
	return filter(p.ConnectivityFeatures(), func(i Interface) bool { return i.Kind == "other" })
}
