package content

// EndOfProduction is a version's end of production d as the documents
// give it: nothing of a product whose manufacturer makes no hardware for
// it (MakesNoHardware) is produced, so for it one not written does not
// apply; "Passed, date not stated" or "Not announced" would claim a
// production milestone such a product never has. The product page has
// no such column.
func (p *Product) EndOfProduction(d Date) Date {
	if p != nil && d.IsZero() && !d.NotApplicable() && p.MakesNoHardware() {
		return NotApplicableDate()
	}
	return d
}

// MakesNoHardware reports a product that is software alone: no part on
// the device (the manufacturer's hardware), and at least one part of its
// own software, hosted by the customer or the manufacturer or on the
// customer's own device (the customer's infrastructure is not the
// product's). A product only its manufacturer hosts (HostedOnly) is one.
func (p *Product) MakesNoHardware() bool {
	own := false
	for _, pt := range p.AllParts() {
		switch {
		case pt.Runs.IsDevice():
			return false
		case !pt.Runs.IsCustomerInfrastructure():
			own = true
		}
	}
	return own
}
