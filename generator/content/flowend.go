package content

import "strings"

// FlowEnd is what a data flow's from or to names: a part of the product,
// or an outside system (person, item) placed by [[flow_endpoints]]. The
// architecture views draw it in its zone; the threat paths and the review
// rule on uncovered flows decide trust-boundary crossings from the same
// zones, so a drawing and a check never disagree about where a thing runs.
type FlowEnd struct {
	Key   string // "part:<id>" or "system:<lower-case name>": equal keys are the same thing
	Label string // the part's name (the product's for the implicit device part) or the system's name
	Part  string // the part's ID; "" for an outside system
	Zone  string // a part's runs, an endpoint's zone; "" when the data does not state it
}

// IsPart reports an end that is a part of the product.
func (e FlowEnd) IsPart() bool { return e.Part != "" }

// ResolveFlowEnd resolves a name a data flow or a threat path uses: a part ID; a
// [[flow_endpoints]] name or alias (meaning a part, or a system in a
// zone); a part's name. ok is false for a name none of these knows; it
// then stands for an outside system whose zone is not stated.
func (p *Product) ResolveFlowEnd(name string) (end FlowEnd, ok bool) {
	name = strings.TrimSpace(name)
	if pt, found := p.partByID(name); found {
		return p.partEnd(pt), true
	}
	for _, fe := range p.FlowEndpoints {
		if !fe.Matches(name) {
			continue
		}
		if pt, found := p.partByID(fe.Part); found {
			return p.partEnd(pt), true
		}
		return FlowEnd{Key: "system:" + strings.ToLower(fe.Name), Label: fe.Name, Zone: fe.Zone}, true
	}
	for _, pt := range p.AllParts() {
		if strings.EqualFold(pt.Name, name) {
			return p.partEnd(pt), true
		}
	}
	return FlowEnd{Key: "system:" + strings.ToLower(name), Label: name}, false
}

func (p *Product) partByID(id string) (Part, bool) {
	for _, pt := range p.AllParts() {
		if pt.ID == id {
			return pt, true
		}
	}
	return Part{}, false
}

func (p *Product) partEnd(pt Part) FlowEnd {
	label := pt.Name
	if pt.Implicit() {
		label = p.Name
	}
	return FlowEnd{Key: "part:" + pt.ID, Label: label, Part: pt.ID, Zone: string(pt.Runs)}
}
