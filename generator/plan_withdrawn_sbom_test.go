package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSBOMListHasTheWithdrawnVersionsFile: the withdrawn fixture's
// plan listed the SBOM files "published with these documents" as 3.1.1's
// and 3.0.0's, but the site also publishes sbom-3.1.0.cdx.json, the file
// of 3.1.0, withdrawn on 2025-03-10, which has no CSD and no notice. The
// list now names it, marked as withdrawn so that no reader takes it for
// a release to install.
func TestPlanSBOMListHasTheWithdrawnVersionsFile(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	if read("sonabeat/sbom-3.1.0.cdx.json") == "" {
		t.Fatal("the site no longer publishes sbom-3.1.0.cdx.json")
	}
	sec := section(t, read("sonabeat/security-plan.md"), "### 5.2 ", "### 5.3 ")
	kindtest.SaysAll(t, "plan 5.2", sec,
		"The machine-readable SBOM files published with these documents, each with the version whose SBOM file it is:",
		"- `sbom-3.1.1.cdx.json` (version 3.1.1)\n",
		"- `sbom-3.1.0.cdx.json` (version 3.1.0, withdrawn 2025-03-10)\n")
}
