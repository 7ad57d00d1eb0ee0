package inventory

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// RelatedSBOM is one SBOM file of a version of a related system (the
// server software the device works with, an update service). Its
// components are the related system's, never the device's: they are
// summarised where the related system is described and are not merged
// into the product's component list.
type RelatedSBOM struct {
	System   string // the [[related_systems]] ID
	Version  string // the related system's version
	Path     string // relative to content/<product-id>/
	Document *sbom.Document
}

// RelatedSBOMsOf returns the SBOM files of a related system's version, in
// file order.
func (inv *Inventory) RelatedSBOMsOf(system, version string) []RelatedSBOM {
	var out []RelatedSBOM
	for _, s := range inv.Related {
		if s.System == system && s.Version == version {
			out = append(out, s)
		}
	}
	return out
}

// relatedSBOMPaths calls f with every SBOM file of every related system's
// version and the key path that names it.
func relatedSBOMPaths(p *content.Product, f func(system, version, rel, path string)) {
	for i, s := range p.RelatedSystems {
		for j, v := range s.Versions {
			for k, rel := range v.SBOM {
				f(s.ID, v.Version, rel, fmt.Sprintf("related_systems[%d].versions[%d].sbom[%d]", i, j, k))
			}
		}
	}
}

// loadRelated reads and parses the related systems' SBOM files; a file
// that cannot be read or parsed, or that lists no component, is reported
// at the key that names it, as a version's SBOM file is (files.named).
func loadRelated(fs *files, p *content.Product) ([]RelatedSBOM, content.Diagnostics) {
	var out []RelatedSBOM
	var diags content.Diagnostics
	relatedSBOMPaths(p, func(system, version, rel, path string) {
		doc, _, d, _ := fs.named(p, path, rel)
		diags = append(diags, d...)
		if doc == nil {
			return
		}
		out = append(out, RelatedSBOM{System: system, Version: version, Path: rel, Document: doc})
	})
	return out, diags
}
