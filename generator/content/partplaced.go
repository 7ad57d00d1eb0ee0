package content

// PartPlaced is PartRunsWhere without its verb, to follow a part's name
// in a list: ", on the customer's own container platform", ", hosted by
// the manufacturer"; "" where nothing says where it runs. A name may be
// plural ("the BleedAlert services"), and nothing in the data says which
// verb it takes.
func (p *Product) PartPlaced(pt Part) string {
	if pt.Runs.IsManufacturerHosted() {
		return ", hosted by the manufacturer"
	}
	if w := p.PartWhere(pt); w != "" {
		return ", " + w
	}
	return ""
}
