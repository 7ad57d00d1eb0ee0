package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// flowsWithoutPortBeside words, for CONN-2's port-list note, the data
// flows the CSD says no port is stated for (content.FlowPortsUnstated),
// leaving out those to or from a part already named as reached by no port
// (named: the customer's infrastructure holding the data stores): "data
// flows F-ORDERS, from the A to the B, and F-VERIFY, from the B to the C,
// whose ports are not stated". "" when none is left.
func flowsWithoutPortBeside(p *content.Product, named []content.Part) string {
	isNamed := func(e content.FlowEnd) bool {
		return e.IsPart() && slices.ContainsFunc(named, func(pt content.Part) bool { return pt.ID == e.Part })
	}
	end := func(e content.FlowEnd) string {
		if e.IsPart() {
			return p.Part(e.Part).TheName()
		}
		return e.Label
	}
	var flows []string
	for _, g := range p.FlowPortsUnstated() {
		if isNamed(g.From) || isNamed(g.To) {
			continue
		}
		flows = append(flows, fmt.Sprintf("%s, from %s to %s", g.Flow.ID, end(g.From), end(g.To)))
	}
	if len(flows) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %s, whose %s not stated", content.Plural(len(flows), "data flow", "data flows"),
		content.AndList(flows), content.Plural(len(flows), "port is", "ports are"))
}
