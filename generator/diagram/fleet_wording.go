package diagram

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// otherMakersSender returns the related system of another maker
// (related_systems.maker) that flow endpoint name means, if any: a
// medical device the customer runs beside the product (a CT scanner
// cabled to the injector), which the data do not say serves many units.
func otherMakersSender(p *content.Product, name string) (*content.RelatedSystem, bool) {
	for _, fe := range p.FlowEndpoints {
		if fe.RelatedSystem == "" || !fe.Matches(name) {
			continue
		}
		if s := p.RelatedSystem(fe.RelatedSystem); s != nil && strings.TrimSpace(s.Maker) != "" {
			return s, true
		}
	}
	return nil, false
}

// fleetClaim is the multi-patient harm caption's reason, after its rule,
// for the flows drawn: a server serves every device connected to it, but
// another maker's device (otherMakersSender) may be connected to one unit
// alone, so its reason says only what is true of it either way.
func fleetClaim(p *content.Product, flows []int, alarms bool) string {
	var others []string
	for _, i := range flows {
		f := p.DataFlows[i]
		if !carriesFleetData(f) {
			continue
		}
		if s, ok := otherMakersSender(p, f.From); ok {
			name := content.SystemTheName(s.Name) + " (made by " + strings.TrimSpace(s.Maker) + ")"
			if !slices.Contains(others, name) {
				others = append(others, name)
			}
		}
	}
	if len(others) == 0 {
		if alarms {
			return ": such a system serves every device or installation connected to it, so one compromise of it can reach many patients."
		}
		return ": such a system reaches every device or installation connected to it, so one compromise of it can reach many patients."
	}
	kind := "another maker's system"
	if len(others) > 1 {
		kind = "other makers' systems"
	}
	return ": one compromise of such a system can reach every patient treated with the units it sends to, one after another. " +
		upperFirst(content.AndList(others)) + " is " + kind + " the customer runs; whether it serves more than one unit of the product is not stated."
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// thirdPartyNote says which flows of systems a third party runs (zone
// third_party) the view drawn from the data alone leaves out, where such
// a flow carries alarms, therapy data, configuration or software, or
// sends data to a part of the product: the view takes hosted systems
// only, yet a telecom's network server or a messaging provider may serve
// many installations too. A flow the third party only receives from the
// product (a PDF the user shares) is not named; "" when there is none.
func thirdPartyNote(p *content.Product, e *endpoints, drawn []int) string {
	type system struct {
		label string
		flows []string
	}
	var systems []system
	for i, f := range p.DataFlows {
		if slices.Contains(drawn, i) {
			continue
		}
		from, to := e.resolve(p, i, "from"), e.resolve(p, i, "to")
		var tp Node
		switch {
		case from.Zone == "third_party":
			tp = from
		case to.Zone == "third_party":
			tp = to
		default:
			continue
		}
		toProduct := from.Zone == "third_party" && (to.Kind == Part || to.Kind == Related)
		if !toProduct && !carriesFleetData(f) && !f.Data.Has(alarmData) {
			continue
		}
		k := slices.IndexFunc(systems, func(s system) bool { return s.label == tp.Label })
		if k < 0 {
			systems = append(systems, system{label: tp.Label})
			k = len(systems) - 1
		}
		systems[k].flows = append(systems[k].flows, f.ID)
	}
	if len(systems) == 0 {
		return ""
	}
	var each []string
	n := 0
	for _, s := range systems {
		n += len(s.flows)
		each = append(each, content.AndList(s.flows)+" of "+content.SystemTheName(s.label))
	}
	flows, kind := "flows", "systems a third party runs"
	if n == 1 {
		flows = "flow"
	}
	if len(systems) == 1 {
		kind = "a system a third party runs"
	}
	return " The view does not draw the " + flows + " " + content.AndList(each) + ", " + kind + ": it takes only systems hosted by the customer or by the manufacturer, and whether a third party's system serves many units, so that one compromise or outage of it could reach many patients, is not assessed here."
}
