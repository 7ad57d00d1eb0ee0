package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// StandInNotListed names, once each and in order, the components of vs that
// list does not hold, matched as product data name components
// (sbom.Component.Matches: the record's purl alone, else name and
// version): a version that borrows another's list (its inventory's
// ListedFor) and whose own records name any is known not to be made of
// that list, so its documents print none of it (the CSD's section 5, the
// plan's list of versions).
func StandInNotListed(vs []*vuln.Vulnerability, list []inventory.Component) []string {
	holds := func(c sbom.Component) bool {
		return slices.ContainsFunc(list, func(l inventory.Component) bool { return l.Matches(c.PURL, c.Name, c.Version) })
	}
	var out []string
	for _, v := range vs {
		for _, c := range v.Components {
			name := content.NameVersion(c.Name, c.Version)
			if name != "" && !holds(c) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}
