package content

// diagramsNeeds is item 2. Without [[diagrams]] the CSD's section says it
// includes no diagram, but links the risk report's data-flow diagram or
// the security plan's global system view where one of the CSD's version
// is published (kind.Built.DataFlow): the item is then incomplete, not
// empty, and the warning says what the section gives.
func diagramsNeeds(p *Product) (n needs) {
	if len(p.Diagrams) > 0 {
		n.met = true
		return n
	}
	var links string
	switch plan, report := p.Builds("security_plan"), p.Produces("risk_report"); {
	case plan && report:
		links = "the risk report's data-flow diagram or the security plan's global system view"
	case report:
		links = "the risk report's data-flow diagram"
	case plan:
		links = "the security plan's global system view"
	}
	what := "[[diagrams]]"
	if links != "" {
		n.met = true
		what += "; the CSD has no diagram of its own, at most a link to " + links + " where that document describes the CSD's version"
	}
	n.missing = []string{what}
	return n
}
