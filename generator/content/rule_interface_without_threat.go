package content

import (
	"fmt"
	"strings"
)

func init() { productRules = append(productRules, ruleInterfaceWithoutThreat) }

// ruleInterfaceWithoutThreat warns, once per interface ID, about an
// interface that carries software or configuration (interfaces.carries)
// and is not internal to the product (interfaces.internal) when no
// threat's path (threats.path) names a data flow over it
// (data_flows.interface) or the part it is on: a service port that
// installs firmware or sets the device's limits, to which no threat is
// tied (wheelchair: the USB-C service port). Threats name what they
// concern only through their path; nothing else is read (no threat's
// text). A flow names one interface, so at a part on its other end the
// interface it uses is not stated: a path naming that flow may concern
// any interface of that part, and none of them is reported. A path that
// names the part (the attacker there) may concern any of its interfaces
// too. An interface with a flow over it that the flows' trust-boundary
// rule warns about (ReachFlow) is left to that warning; that rule cannot
// see an interface with no such flow (none written, or one from a person
// or item at the device that carries configuration only, or one whose
// sender's zone is not stated). Every version's
// interfaces are checked against that version's flows and threats; an
// interface is reported at the newest entry that writes it and lacks a
// threat. Only a product that builds a document printing the threat
// model is warned (threatModelBuilt).
func ruleInterfaceWithoutThreat(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	var out Diagnostics
	reported := map[string]bool{}
	views := p.versionViews()
	for i := len(views) - 1; i >= 0; i-- {
		q := views[i]
		named := map[string]bool{}  // interface IDs some threat's path names a flow over
		atPart := map[string]bool{} // part IDs some threat's path names, or a flow to or from whose interface there is not stated
		for _, t := range q.Threats {
			for _, s := range q.ThreatPath(t) {
				if s.Flow == nil {
					if s.End.IsPart() {
						atPart[s.End.Part] = true
					}
					continue
				}
				named[s.Flow.Interface] = true
				// A flow names one interface: at a part of the
				// product on its other end, the interface it uses
				// is not stated, and may be any of that part's.
				over := ""
				if it := q.Interface(s.Flow.Interface); it != nil {
					over = q.PartOfInterface(*it).ID
				}
				for _, e := range []FlowEnd{s.From, s.To} {
					if e.IsPart() && e.Part != over {
						atPart[e.Part] = true
					}
				}
			}
		}
		for j, it := range q.Interfaces {
			part := q.PartOfInterface(it)
			if reported[it.ID] || it.IsInternal() || named[it.ID] || atPart[part.ID] {
				continue
			}
			var kinds []string
			for _, k := range []DataKind{"software", "configuration"} {
				if it.Carries.Has(k) {
					kinds = append(kinds, strings.ToLower(k.Label()))
				}
			}
			flows := q.flowsOver(it.ID)
			// A flow over it that reaches the device across a trust
			// boundary is warned about already (ruleReachFlowWithoutThreat):
			// no path names it, so none reaches it at its sender.
			reach := false
			for _, f := range flows {
				if _, _, _, ok := q.ReachFlow(f); ok {
					reach = true
				}
			}
			if len(kinds) == 0 || reach {
				continue
			}
			reported[it.ID] = true
			how := fmt.Sprintf("write the data flow that goes over it ([[data_flows]] with interface = %q) and name it in the path of the threat about it (an existing threat whose scenario concerns it, or a new one)", it.ID)
			if len(flows) > 0 {
				ids := make([]string, len(flows))
				for k, f := range flows {
					ids[k] = f.ID
				}
				how = fmt.Sprintf("name %s in the path of the threat about it (an existing threat whose scenario concerns it, or a new one)", Plural(len(ids), "its data flow ", "one of its data flows ")+OrList(ids))
			}
			out = append(out, at(p, Warning, AtOr(it.At, fmt.Sprintf("interfaces[%d]", j))+".id",
				"interface %s (%s) carries %s and is not internal to the product, but no threat's path names a data flow that goes, or may go, over it, or the part it is on (part %s), so no threat is linked to it in the data: %s",
				it.ID, strings.TrimSpace(it.Name), AndList(kinds), part.ID, how))
		}
	}
	return out
}
