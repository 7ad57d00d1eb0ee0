package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSBOMNamesThePartsItMayLeaveOut: euonly's one SBOM file describes
// the pump firmware, while the product's software runs on the pump, the
// docking rack and the drug-library server. The CSD called the file "the
// machine-readable SBOM of this release" and its key fact gave "4
// components" with no word of the other parts, though the risk report
// says what the file may leave out. The CSD now says the same, by the
// same rule (content.Product.SBOMScopeParts), in section 5 and in the key
// fact, which also names what the file describes. A product whose
// software runs on one part (healthit) keeps the plain sentence.
func TestCSDSBOMNamesThePartsItMayLeaveOut(t *testing.T) {
	csd := buildFixture(t, "euonly")("infuvia/csd.md")
	kindtest.SaysAll(t, "euonly csd.md", csd,
		"The machine-readable SBOM file of this release is published beside this document, unchanged; it lists the components of what it describes:",
		"The product's software runs on 3 parts: the Infuvia volumetric pump, the Infuvia docking rack and the Infuvia drug-library server. Software on any of them that the SBOM file does not describe is not listed in it, and this document does not list its components.",
		"| Software bill of materials | 4 components | [sbom-3.0.cdx.json](sbom-3.0.cdx.json) (CycloneDX 1.5 JSON), describing Rhenfluss Infuvia pump firmware 3.0, supplied by Rhenfluss Medizintechnik GmbH. The product's software runs on 3 parts; software on any of them that the SBOM file does not describe is not listed in it. [5. Software bill of materials]")
	kindtest.SaysNoneBecause(t, "euonly csd.md", csd, "the file describes the pump firmware only", "The machine-readable SBOM of this release")

	single := buildHealthIT(t)("resultroute/csd.md")
	kindtest.SaysAll(t, "healthit csd.md", single, "The machine-readable SBOM of this release is published beside this document, unchanged:")
	kindtest.SaysNoneBecause(t, "healthit csd.md", single, "its software runs on one part", "software runs on", "describing ")
}
