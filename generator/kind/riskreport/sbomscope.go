package riskreport

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// An SBOM file lists the components of what it describes (its subject:
// "Rhenfluss Infuvia pump firmware 3.0"), which need not be the whole
// product: a pump's firmware SBOM leaves out the software of its docking
// rack and of the server the hospital hosts. The product data do not say
// which part each file covers, so the report names what each file
// describes, as the CSD does, and the parts the product's software runs
// on, and claims nothing of the software no file describes.

// DescribedFile is one SBOM file behind the report's count, with what it
// describes.
type DescribedFile struct {
	Path string
	// Describes is the file's subject, name and version ("Rhenfluss
	// Infuvia pump firmware 3.0"); "" when the file names none.
	Describes string
}

// describedFiles lists inv's SBOM files with their subjects.
func describedFiles(inv *inventory.Inventory) []DescribedFile {
	var out []DescribedFile
	for _, f := range inv.SBOMs {
		out = append(out, DescribedFile{Path: f.Path, Describes: subjectText(f.Document)})
	}
	return out
}

// subjectText is what doc describes, by name and version; "" when it
// names nothing.
func subjectText(doc *sbom.Document) string {
	if doc == nil || doc.Subject == nil {
		return ""
	}
	name := strings.TrimSpace(doc.Subject.Name)
	if name == "" {
		return ""
	}
	if v := strings.TrimSpace(doc.Subject.Version); v != "" {
		return name + " " + v
	}
	return name
}

// softwareParts names, for a sentence, the parts of p its software runs
// on (content.Product.SBOMScopeParts, as the plan's scope names them: "the
// Infuvia volumetric pump, the Infuvia docking rack and the Infuvia
// drug-library server"), with their number. "" and 0 for a product of
// one such part, whose SBOM's subject says what it covers.
func softwareParts(p *content.Product) (string, int) {
	if p == nil {
		return "", 0
	}
	parts := p.SBOMScopeParts()
	if parts == nil {
		return "", 0
	}
	return p.PartTheNames(parts), len(parts)
}
