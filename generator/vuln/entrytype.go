package vuln

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// entryTyped is cs with the type a matching [[components]] entry states
// (components.type) given to each component its SBOM types not, as the
// inventory and the annotated copies give it, so that the VEX types it
// alike; a type the SBOM states is kept. cs itself is not changed.
func entryTyped(p *content.Product, cs []sbom.Component) []sbom.Component {
	var out []sbom.Component
	for i, c := range cs {
		if strings.TrimSpace(c.Type) != "" {
			continue
		}
		for _, tc := range p.Components {
			if tc.Type != "" && c.Matches(tc.PURL, tc.Name, tc.Version) {
				if out == nil {
					out = slices.Clone(cs)
				}
				out[i].Type = tc.Type
				break
			}
		}
	}
	if out == nil {
		return cs
	}
	return out
}
