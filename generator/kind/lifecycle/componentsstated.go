package lifecycle

import (
	"strings"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// componentsStated reports whether inv states the version's components:
// an SBOM file (even one listing none) or a component listed. Without
// either, lifecycle.json leaves its "components" out: [] would say the
// version has none annotated, where the page says they are not stated.
func componentsStated(inv *inventory.Inventory) bool {
	return inv != nil && (len(inv.List) > 0 || len(inv.SBOMs) > 0)
}

// supportNotStated is the components of list that state neither a
// support level nor an end of supplier support: the rule of the
// components that need attention reads only those two, so it never
// singles them out, which does not make them supported.
func supportNotStated(list []inventory.Component) []inventory.Component {
	var out []inventory.Component
	for _, c := range list {
		if c.Support == "" && c.EndOfSupport.IsZero() {
			out = append(out, c)
		}
	}
	return out
}

// assessmentProperties are c's justification of its support as stated
// and the source of its supplier's policy, under the names the annotated
// SBOM copies use (sbom.Annotation), so that lifecycle.json holds the
// support the CSD prints, and not only its level and dates.
func assessmentProperties(c inventory.Component) []jsonProperty {
	var out []jsonProperty
	if j := strings.TrimSpace(c.Justification); j != "" {
		out = append(out, jsonProperty{Name: sbom.PropertyJustification, Value: j})
	}
	if s := strings.TrimSpace(c.SupportSource); s != "" {
		out = append(out, jsonProperty{Name: sbom.PropertySource, Value: s})
	}
	return out
}

// bare reports a component for which lifecycle.json's "components" entry
// holds no support: no level, no end of support or extended updates, no
// justification and no source (the properties component gives).
func bare(c inventory.Component) bool {
	return c.Support == "" && c.EndOfSupport.IsZero() && c.ExtendedUntil.IsZero() && len(assessmentProperties(c)) == 0
}
