package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRiskReportSBOMIsNotTheWholeList: withdrawn's risk report said "The
// product's software consists of 4 components, listed in the
// machine-readable SBOM sbom-3.1.1.cdx.json", which lists 2: the other 2
// are [[components]] entries only (the CSD: "2 of them in the product
// data only, not in the SBOM"). Beside [[components]] entries the report
// names both lists; without any (aed) the SBOM file is the list.
func TestRiskReportSBOMIsNotTheWholeList(t *testing.T) {
	rr := buildFixture(t, "withdrawn")("sonabeat/risk-report.md")
	kindtest.SaysNone(t, "risk-report.md", rr, "listed in the machine-readable SBOM [sbom-3.1.1.cdx.json](sbom-3.1.1.cdx.json). ")
	kindtest.SaysAll(t, "risk-report.md", rr,
		"The machine-readable SBOM [sbom-3.1.1.cdx.json](sbom-3.1.1.cdx.json), which describes SonaBeat probe firmware 3.1.1, and the product data list 4 components (2 of them in the product data only, not in the SBOM file).")
	kindtest.SaysAll(t, "csd.md", buildFixture(t, "withdrawn")("sonabeat/csd.md"), "(2 of them in the product data only, not in the SBOM)")

	aed := buildFixture(t, "aed")("lifeguard/risk-report.md")
	kindtest.SaysAll(t, "aed risk-report.md", aed, "The machine-readable SBOM [lifeguard-3.0.cdx.json](lifeguard-3.0.cdx.json), which describes LifeGuard AED firmware 3.0, lists 3 components. ")
	kindtest.SaysNone(t, "aed risk-report.md", aed, "in the product data only")
}
