package content

// EndOfProduction is a version's end of production d as the documents
// give it: nothing of a product only its manufacturer hosts (HostedOnly)
// is produced, so for it one not written does not apply; "Passed, date
// not stated" or "Not announced" would claim a production milestone such
// a product never has. The product page has no such column.
func (p *Product) EndOfProduction(d Date) Date {
	if p != nil && d.IsZero() && !d.NotApplicable() && p.HostedOnly() {
		return NotApplicableDate()
	}
	return d
}
