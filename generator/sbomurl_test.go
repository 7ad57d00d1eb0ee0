package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMPublishedByTheManufacturer: the apheresis machine's maker
// publishes a CycloneDX SBOM per version on its own site, which was not
// given to jspgen (sbom.published_at, no sbom.files). The CSD's key facts
// said "No SBOM file published", which reads as no SBOM at all; now the
// CSD (key facts and section 5), the lifecycle page and the security plan
// say where the manufacturer publishes it and that its contents are not
// summarised, MDS2 SBOM-1 is Yes from it and SBOM-2 (its format) stays
// not stated, and check counts labeling item 5's availability as covered
// while still asking for the file so that the documents can summarise it.
func TestSBOMPublishedByTheManufacturer(t *testing.T) {
	const url = "https://hemalis.example/sbom"
	const elsewhere = "The manufacturer publishes the SBOM elsewhere, at <" + url + ">; its contents are therefore not summarised here."
	// The fixture as it is (the edit only drops a comment; the helper
	// returns the build's warnings).
	files, res := buildFixtureEdited(t, "apheresis", "aph9.toml", kindtest.Replace(` # FORCED, kept: the spec says the SBOM is published on Hemalis's site; without a URL the documents would lose that fact (SBOM-1 Not stated), and no key says "published, address not stated"`, ""))
	csd, life, form := files["aph9/csd.md"], files["aph9/lifecycle.md"], files["aph9/mds2.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Software bill of materials | Published by the manufacturer at <"+url+">, not with these documents; 1 component listed in the product data |",
		"No machine-readable SBOM file is published with this document. "+elsewhere)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the manufacturer publishes an SBOM", "No SBOM file published", "None published")
	kindtest.SaysAll(t, "lifecycle.md", life, elsewhere)
	kindtest.SaysAll(t, "mds2.md", form,
		"| SBOM-1 | Yes | Derived from the product data: sbom.published\\_at says the manufacturer publishes the SBOM at <"+url+">. |",
		"| SBOM-2 | Is the SBOM provided in a standard or widely used format, such as SPDX or CycloneDX? | Not stated |")
	var item5 []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "labeling item 5") {
			item5 = append(item5, d.Message)
		}
	}
	if len(item5) != 1 || !strings.Contains(item5[0], "is incomplete") || !strings.Contains(item5[0], "sbom.published_at") || !strings.Contains(item5[0], "summarise") {
		t.Errorf("labeling item 5 warnings %q, want one saying the item is incomplete and asking for the file so that the documents can summarise it", item5)
	}

	// The security plan of a product without SBOM files (the blood bank
	// system), given the same key, says so in its SBOM section.
	plan := func() string {
		files, _ := buildFixtureEdited(t, "bloodbank", "sanguis-tms.toml", func(s string) string {
			return s + "\n[sbom]\npublished_at = \"" + url + "\"\n"
		})
		return files["sanguis-tms/security-plan.md"]
	}()
	kindtest.SaysAll(t, "bloodbank security-plan.md", plan, "No machine-readable SBOM file is published with these documents. "+elsewhere)
}
