package kind

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// OwnComponentEnds runs content.RuleOwnComponentEnd on p: the components
// that state an end of support of each version whose end_of_support is
// not written and that has a component list of its own
// (OwnComponentList; another version's list standing in for it is that
// version's).
func OwnComponentEnds(env *Env, p Product) content.Diagnostics {
	site := ""
	if env != nil && env.Content != nil && env.Content.Site != nil {
		site = env.Content.Site.Manufacturer.Name
	}
	var comps []content.OwnComponentEnd
	for _, v := range p.Versions {
		if !v.EndOfSupport.IsZero() || v.EndOfSupport.NotApplicable() || !OwnComponentList(p, v.Version) {
			continue
		}
		q := p.At(v.Version)
		for _, c := range q.Inventory.List {
			if c.EndOfSupport.IsZero() {
				continue
			}
			file, line, path := inventory.Where(q.Product, c)
			comps = append(comps, content.OwnComponentEnd{Of: v.Version, Name: c.Name, Version: c.Version, Supplier: c.Supplier,
				EndOfSupport: c.EndOfSupport, File: file, Line: line, Path: path})
		}
	}
	return content.RuleOwnComponentEnd(p.Product, site, comps)
}
