package content

import "fmt"

// PlanUncoveredRelatedPartSystems returns the RelatedPartSystems the
// plan's processes are not stated to cover (covered_by_plan false or not
// written): the plan's scope still names each, as a part of the product
// that 9.11 describes, so that the scope does not read as if the
// product's own software were all of it, and says what the data say of
// its coverage.
func (p *Product) PlanUncoveredRelatedPartSystems() []RelatedPartSystem {
	return filter(p.RelatedPartSystems(), func(r RelatedPartSystem) bool { return !r.System.CoveredByPlan.IsTrue() })
}

// RuleRelatedPartCoverage warns, for the security plan, of each related
// system that is a part of the product and does not state
// covered_by_plan: the plan's scope and 9.11 then say its coverage is not
// stated, of a part of the product its threat model, data flows and
// stores may well treat.
func RuleRelatedPartCoverage(p *Product) Diagnostics {
	var out Diagnostics
	for i, s := range p.RelatedSystems {
		if s.CoveredByPlan.Known() {
			continue
		}
		if pt := p.RelatedPart(s); pt.ID != "" {
			out = append(out, at(p, Warning, fmt.Sprintf("related_systems[%d].covered_by_plan", i),
				"not stated for %q, whose part %q is a part of the product: the security plan's scope and section 9.11 say that whether the plan's monitoring, disclosure and patching processes cover it is not stated; write covered_by_plan = true or false",
				s.Name, pt.ID))
		}
	}
	return out
}
