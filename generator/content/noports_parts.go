package content

// NoPortsParts are the parts an empty ports list speaks for: every part
// but the customer's own infrastructure (a terminal server the device is
// cabled to), whose ports are the customer's, not the product's. Where
// more than one remains, "the device opens no network port" would read
// as the hardware alone while the statement covers the app or server
// too, so the documents name them all.
func (p *Product) NoPortsParts() []Part {
	return p.partsWhere(func(r PartRuns) bool { return !r.IsCustomerInfrastructure() })
}
