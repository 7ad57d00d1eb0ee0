package lifecycle

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// noticeComponents are the components notice n concerns, each once, in
// the order they are first named. A lifecycle notice names its components
// ([[notices.components]], resolved by the inventory). A security notice
// names vulnerabilities only, so its components are the ones those
// vulnerabilities are in, in the versions still affected or under
// investigation: the component of a version that carries the fix is not
// vulnerable and is not listed.
func noticeComponents(p kind.Product, n content.Notice) []sbom.Component {
	var out []sbom.Component
	seen := map[string]bool{}
	add := func(c sbom.Component) {
		if id := componentID(c); !seen[id] {
			seen[id] = true
			out = append(out, c)
		}
	}
	if n.Security() {
		for _, av := range p.Vulnerabilities.Advisory(n).Vulnerabilities {
			for _, e := range av.Open() {
				for _, c := range e.Components {
					add(c)
				}
			}
		}
		return out
	}
	if p.Inventory == nil {
		return nil
	}
	for _, c := range p.Inventory.NoticeComponents(n.ID) {
		if c != nil {
			add(c.Component)
		}
	}
	return out
}

// componentID is how lifecycle.json names a component: its purl, else
// name@version.
func componentID(c sbom.Component) string {
	if c.PURL != "" {
		return c.PURL
	}
	return c.Name + "@" + c.Version
}
