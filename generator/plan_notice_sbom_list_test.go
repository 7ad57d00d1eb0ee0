package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSBOMListHasTheEndOfSupportNoticesFile: plan 5.2 lists "the
// machine-readable SBOM files published with these documents" but left
// out sbom-3.8.2.cdx.json, which the example pump's 3.8.2 end-of-support
// notice publishes and links (3.8.2 has no CSD: it is past its end of
// support). The list now has the files the built notices link; with no
// notice built, the site still publishes the file (every file of the
// product's folder is), so the list still names it.
func TestPlanSBOMListHasTheEndOfSupportNoticesFile(t *testing.T) {
	sbomSection := func(t *testing.T, plan string) string {
		t.Helper()
		return section(t, plan, "### 5.2 ", "### 5.3 ")
	}
	const head = "The machine-readable SBOM files published with these documents, each with the version whose SBOM file it is:\n\n- `sbom.cdx.json` (version 4.2.1)\n- `sbom-4.1.0.cdx.json` (version 4.1.0)\n"
	t.Run("the example", func(t *testing.T) {
		site := buildExampleSite(t, nil)
		if !strings.Contains(site["halcyon-lvp7/notices/eos-3.8.2.md"], "(../sbom-3.8.2.cdx.json)") || site["halcyon-lvp7/sbom-3.8.2.cdx.json"] == "" {
			t.Fatal("the 3.8.2 notice no longer publishes and links sbom-3.8.2.cdx.json")
		}
		kindtest.SaysAll(t, "plan 5.2", sbomSection(t, site["halcyon-lvp7/security-plan.md"]),
			head+"- `sbom-3.8.2.cdx.json` (version 3.8.2)\n")
	})
	t.Run("notices not built", func(t *testing.T) {
		// Without the notices, none gives the compensating controls SGUD-4 is derived from.
		site := buildExampleSite(t, func(s string) string {
			return answerMDS2("SGUD-4", `"yes"`)(kindtest.Replace(
				`build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`,
				`build = ["security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar"]`)(s))
		})
		if _, ok := site["halcyon-lvp7/notices/eos-3.8.2.md"]; ok {
			t.Fatal("the edit left the notices built")
		}
		if site["halcyon-lvp7/sbom-3.8.2.cdx.json"] == "" {
			t.Fatal("the site no longer publishes sbom-3.8.2.cdx.json without its notice")
		}
		kindtest.SaysAll(t, "plan 5.2", sbomSection(t, site["halcyon-lvp7/security-plan.md"]),
			head+"- `sbom-3.8.2.cdx.json` (version 3.8.2)\n")
	})
}
