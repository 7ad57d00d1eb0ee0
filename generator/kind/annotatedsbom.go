package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// AnnotatedCopy is the path of the annotated copy of SBOM file s that the
// CSD publishes beside it (inventory.SBOMFile.AnnotatedPath): CycloneDX
// JSON with each component's support in its properties. It is "" when no
// component of s has a support fact (level, end of support, extended
// updates, justification or published policy): the copy would then carry
// no support property, and the documents that name it would claim some.
// The CSD writes and names the copies by it, and the security plan names
// them by it too, so the two agree.
func AnnotatedCopy(inv *inventory.Inventory, s inventory.SBOMFile) string {
	if inv == nil || !statesSupport(inv, s) {
		return ""
	}
	return s.AnnotatedPath()
}

// statesSupport reports that a component of inv listed in SBOM file s has
// a support fact: what inventory.Inventory.Annotated writes as its
// properties, less the origin, which says only where facts come from,
// and the type, which is no support fact.
func statesSupport(inv *inventory.Inventory, s inventory.SBOMFile) bool {
	return slices.ContainsFunc(inv.List, func(c inventory.Component) bool {
		a := c.Annotation()
		return slices.Contains(c.SBOMFiles, s.Path) && a != (sbom.Annotation{Origin: a.Origin, Type: a.Type})
	})
}
