package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// otherVersionsSupport warns of the components with no support stated
// (inventory.UnstatedSupportOf) in every version supported on asOf
// besides the current one, whose list the inventory's own check covers:
// the lifecycle page prints each supported version's. A version a CSD is
// about is left to the CSD's check, which names that CSD; a version
// without a list of its own has the current one's; a component an earlier
// check named is not named again.
func otherVersionsSupport(p Product, asOf content.Date) content.Diagnostics {
	csd := CSDVersions(&Env{AsOf: asOf}, p)
	var named []inventory.Component
	if p.Inventory != nil {
		named = append(named, p.Inventory.List...)
	}
	skip := func(c inventory.Component) bool {
		return slices.ContainsFunc(named, func(n inventory.Component) bool { return n.Matches(c.PURL, c.Name, c.Version) })
	}
	var diags content.Diagnostics
	for i := range p.Versions {
		v := &p.Versions[i]
		q, ok := p.ByVersion[v.Version]
		if !ok || v.Version == p.VersionOf || !v.DocumentedOn(asOf) || slices.Contains(csd, v.Version) {
			continue
		}
		if inv := q.Inventory; inv != nil && inv.ListedFor == "" && inv != p.Inventory {
			diags = append(diags, inventory.UnstatedSupportOf(q.Product, v.Version, inv.List, skip)...)
			named = append(named, inv.List...)
		}
	}
	return diags
}
