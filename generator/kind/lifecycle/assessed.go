package lifecycle

import (
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// AssessedVersion is a supported version other than the current one
// whose own component list holds components the manufacturer assesses
// one by one (inventory.Component.OwnAssessment): an older version's
// operating system, annotated for it alone, is the entry the page's
// "Components assessed one by one" must not leave out.
type AssessedVersion struct {
	Version    string
	Components []inventory.Component
	Listed     int // how many components its list holds (LifecycleView.Listed)
	InSBOM     int // how many of them an SBOM file lists (LifecycleView.InSBOM)
}

// otherAssessed is AssessedVersion of each version of supported (those
// supported on date on) with a list of its own, other than current (the
// version whose components LifecycleView.Components holds), in file
// order.
func otherAssessed(p kind.Product, supported []SupportedVersion, current string) []AssessedVersion {
	var out []AssessedVersion
	for _, sv := range supported {
		if !sv.Stated || sv.Version.Version == current {
			continue
		}
		inv := inventoryOf(p, sv.Version.Version)
		if inv == nil {
			continue
		}
		av := AssessedVersion{Version: sv.Version.Version, Listed: len(inv.List), InSBOM: inSBOM(inv.List)}
		for _, c := range inv.List {
			if c.OwnAssessment() {
				av.Components = append(av.Components, c)
			}
		}
		if len(av.Components) > 0 {
			out = append(out, av)
		}
	}
	return out
}
