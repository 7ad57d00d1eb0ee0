package riskreport

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// routeText is threat t's attack path as the report prints it: per route,
// its steps joined by arrows, each flow with its ID and its ends as the
// report's version has them ("Halcyon Connect server → DF-01 (Halcyon
// Connect server → Halcyon LVP-7 pump)"), so a reader can find it in the
// data-flow diagram and its table. A flow the report's version does not
// have is named as such rather than given ends it does not have there.
func routeText(p *content.Product, t content.Threat, version string) []string {
	var out []string
	for _, route := range content.Routes(p.ThreatPath(t)) {
		var steps []string
		for _, s := range route {
			switch {
			case s.Flow != nil:
				steps = append(steps, s.Flow.ID+" ("+s.From.Label+" → "+s.To.Label+")")
			case s.Missing && version != "":
				steps = append(steps, s.Name+" (a flow software "+version+" does not have)")
			case s.Missing:
				steps = append(steps, s.Name+" (a flow this version does not have)")
			default:
				steps = append(steps, s.End.Label)
			}
		}
		out = append(out, strings.Join(steps, " → "))
	}
	return out
}

// reachesAtReceiver reports whether threat t's path reaches a flow at its
// receiver: the attacker at the receiving end, which the report's words
// on reading a path then cover.
func reachesAtReceiver(p *content.Product, t content.Threat) bool {
	return slices.ContainsFunc(p.ThreatPath(t), func(s content.PathStep) bool { return s.AtReceiver })
}
