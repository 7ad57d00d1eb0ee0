package content

// RelatedPartListed says, after the name of a related system's part in
// its facts table, where its interfaces and ports are: in the product's
// tables only where at least one of each is listed on the part, else
// which of them are not stated (a server part whose interfaces no
// [[interfaces]] entry names is not in the interfaces table).
func (p *Product) RelatedPartListed(s RelatedSystem) string {
	pt := p.RelatedPart(s)
	if pt.ID == "" {
		return ""
	}
	ifs := false
	for _, i := range p.Interfaces {
		if p.PartOfInterface(i).ID == pt.ID {
			ifs = true
			break
		}
	}
	ports := len(p.RelatedPorts(s)) > 0
	switch {
	case ifs && ports:
		return "its interfaces and ports are in the product's tables"
	case ifs:
		return "its interfaces are in the product's tables; its ports are not stated"
	case ports:
		return "its ports are in the product's tables; its interfaces are not stated"
	}
	return "its interfaces and ports are not stated"
}
