package kind

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// NoticeConcerns reports whether notice n concerns version v: it names v
// (a security notice's versions are those its vulnerabilities affect,
// vuln.Load gives them), or, a component notice naming no version, one
// of its components is in list (v's own components).
func NoticeConcerns(n content.Notice, v string, list []inventory.Component) bool {
	if slices.Contains(n.Versions, v) {
		return true
	}
	if n.Kind != "component_end_of_support" || len(n.Versions) > 0 {
		return false
	}
	for _, ref := range n.Components {
		if slices.ContainsFunc(list, func(c inventory.Component) bool { return c.Matches(ref.PURL, ref.Name, ref.Version) }) {
			return true
		}
	}
	return false
}

// ComponentConcern is the concern, and the notice's document ID, of the
// newest notice issued by on that concerns version v (NoticeConcerns;
// own is v's own component list) and names component c; "" when none
// does. The CSD's and the plan's component tables both label it as that
// notice's for a component with no notes of its own (Remarks), so that
// the two cite the same notice.
func ComponentConcern(p Product, v string, own []inventory.Component, c inventory.Component, on content.Date) (concern, by string) {
	var at content.Date
	for _, n := range p.Notices {
		if IssuedAfter(n, on) || !NoticeConcerns(n, v, own) {
			continue
		}
		for _, ref := range n.Components {
			if strings.TrimSpace(ref.Concern) == "" || !c.Matches(ref.PURL, ref.Name, ref.Version) {
				continue
			}
			if by == "" || !n.IssuedOrFirst().Before(at) {
				concern, by, at = strings.TrimSpace(ref.Concern), n.CitedID(), n.IssuedOrFirst()
			}
		}
	}
	return concern, by
}
