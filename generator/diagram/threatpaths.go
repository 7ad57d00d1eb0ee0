package diagram

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// ThreatPathViews draws the attack paths of the threat model: one small
// drawing per distinct set of data flows that threats' paths go through
// (threats with the same flows, reached the same way, share it), with
// the trust zones those flows cross. A path that names only parts or
// systems draws nothing a box would add to its words, so it has none.
//
// One drawing per path, rather than the data-flow diagram once per
// threat with the path highlighted: the full diagram fills a turned page,
// and fifteen of them would bury the report; a path's own flows fit the
// text column at full size.
func ThreatPathViews(p *content.Product) ([]View, content.Diagnostics) {
	e := newEndpoints(p)
	type group struct {
		threats []string
		flows   []int
		steps   []content.PathStep // the first threat's flow steps
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, t := range p.Threats {
		var flows []int
		var steps []content.PathStep
		var key []string
		for _, s := range p.ThreatPath(t) {
			if s.Flow == nil {
				continue
			}
			i := slices.IndexFunc(p.DataFlows, func(f content.DataFlow) bool { return f.ID == s.Flow.ID })
			if i < 0 || slices.Contains(flows, i) {
				continue
			}
			flows, steps = append(flows, i), append(steps, s)
			key = append(key, fmt.Sprintf("%s:%t:%t", s.Flow.ID, s.AtSource, s.AtReceiver))
		}
		if len(flows) == 0 {
			continue
		}
		k := strings.Join(key, " ")
		if g, ok := byKey[k]; ok {
			g.threats = append(g.threats, t.ID)
			continue
		}
		g := &group{threats: []string{t.ID}, flows: flows, steps: steps}
		byKey[k] = g
		groups = append(groups, g)
	}
	var out []View
	for _, g := range groups {
		v := View{Kind: "threat_path", Title: "Attack path of " + content.AndList(g.threats),
			File: "views/attack-path-" + strings.ToLower(g.threats[0]) + ".svg", Entry: -1,
			Basis: pathBasis(g.threats, g.steps)}
		got, err := build(p, e, v, g.flows, false)
		if err != nil {
			e.warn("threats", "%v", err)
			continue
		}
		out = append(out, *got)
	}
	return out, e.diags
}

// pathBasis says what the drawing shows and how the path reaches each
// flow: at its sender, at its receiver, or on the way. At either end only
// the protection of the connection is defeated: a flow's protection may
// also be a check on the data themselves (an end-to-end signature the
// receiver verifies, made with a key the sender does not hold), which an
// attack at the sender does not get past. The data do not say which
// protection a flow has in a form the words could test (its protection
// is free text), so the sentence names the kind that is defeated and
// claims nothing of the flow's own.
func pathBasis(threats []string, steps []content.PathStep) string {
	var b strings.Builder
	fmt.Fprintf(&b, "The drawing shows the data flows on the attack path of %s.", content.AndList(threats))
	var onWay []string
	for _, s := range steps {
		switch {
		case s.AtSource:
			fmt.Fprintf(&b, " %s is attacked at its sender, %s: the attacker controls the sender or sends data through it, so protection of the connection (channel encryption and authentication) does not stop the attack.", s.Flow.ID, s.From.Label)
		case s.AtReceiver:
			fmt.Fprintf(&b, " %s is attacked at its receiver, %s: the attacker is at the receiving end and gets what the flow delivers, so protection of the connection (channel encryption and authentication), which ends there, does not stop the attack.", s.Flow.ID, s.To.Label)
		default:
			onWay = append(onWay, s.Flow.ID)
		}
	}
	switch len(onWay) {
	case 0:
	case 1:
		fmt.Fprintf(&b, " %s is attacked on the way (spoofed or intercepted).", onWay[0])
	default:
		fmt.Fprintf(&b, " %s are attacked on the way (spoofed or intercepted).", content.AndList(onWay))
	}
	return b.String()
}
