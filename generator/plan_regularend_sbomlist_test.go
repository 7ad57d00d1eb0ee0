package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSBOMListNamesEveryCoveredVersionsFiles: section 5.2 of the plan
// listed only the current version's SBOM file, though the CSD of each
// other supported version publishes that version's own; it now lists every
// published file with the version whose SBOM file it is. Where the other
// versions have no file of their own, the list is as before.
func TestPlanSBOMListNamesEveryCoveredVersionsFiles(t *testing.T) {
	sbomSection := func(t *testing.T, plan string) string {
		t.Helper()
		_, rest, ok := strings.Cut(plan, "### 5.2 Software bill of materials")
		if !ok {
			t.Fatal("plan has no section 5.2")
		}
		sec, _, _ := strings.Cut(rest, "\n### ")
		return sec
	}
	t.Run("pocketus", func(t *testing.T) {
		site := buildFixture(t, "pocketus")
		sec := sbomSection(t, site("sonvirapocket/security-plan.md"))
		kindtest.SaysAll(t, "plan 5.2", sec, "The machine-readable SBOM files published with these documents, each with the version whose SBOM file it is:\n\n- `system-4.1.cdx.json` (version 4.1)\n- `system-3.2.cdx.json` (version 3.2)\n- `system-4.0.cdx.json` (version 4.0)\n")
		for _, f := range []string{"system-3.2.cdx.json", "system-4.0.cdx.json", "system-4.1.cdx.json"} {
			if site("sonvirapocket/"+f) == "" {
				t.Errorf("plan names %s, which the build does not publish", f)
			}
		}
	})
	t.Run("smartapp", func(t *testing.T) {
		site := buildFixture(t, "smartapp")
		sec := sbomSection(t, site("sepsisguard/security-plan.md"))
		kindtest.SaysAll(t, "plan 5.2", sec, "- `sepsisguard-3.0.cdx.json` (version 3.0)\n- `sepsisguard-2.3.cdx.json` (version 2.3)\n")
		if site("sepsisguard/sepsisguard-2.3.cdx.json") == "" {
			t.Error("plan names sepsisguard-2.3.cdx.json, which the build does not publish")
		}
	})
	// 2.3 past its end of support: no CSD of its own publishes its file,
	// but its end-of-life notice links it, so the list has it still.
	t.Run("smartapp, 2.3 not supported", func(t *testing.T) {
		files, _ := buildFixtureEdited(t, "smartapp", "sepsisguard.toml", func(s string) string {
			return strings.Replace(s, "end_of_support = 2027-03-31", "end_of_support = 2026-02-02", 1)
		})
		if files["sepsisguard/2.3/csd.md"] != "" {
			t.Fatal("the edit left 2.3 a CSD of its own")
		}
		if !strings.Contains(files["sepsisguard/notices/eol-2.3.md"], "(../sepsisguard-2.3.cdx.json)") {
			t.Fatal("the 2.3 notice no longer links sepsisguard-2.3.cdx.json")
		}
		sec := sbomSection(t, files["sepsisguard/security-plan.md"])
		kindtest.SaysAll(t, "plan 5.2", sec, "- `sepsisguard-3.0.cdx.json` (version 3.0)\n- `sepsisguard-2.3.cdx.json` (version 2.3)\n")
	})
	// Nor a notice: no document built links 2.3's file, but the site
	// publishes it still (every file of the product's folder), so the
	// list names it.
	t.Run("smartapp, 2.3 not supported, no notice built", func(t *testing.T) {
		files, _ := buildFixtureEdited(t, "smartapp", "sepsisguard.toml", func(s string) string {
			s = strings.Replace(s, "end_of_support = 2027-03-31", "end_of_support = 2026-02-02", 1)
			return strings.Replace(s, `"lifecycle", "notices"`, `"lifecycle"`, 1)
		})
		if files["sepsisguard/2.3/csd.md"] != "" || files["sepsisguard/notices/eol-2.3.md"] != "" {
			t.Fatal("the edit left 2.3 a CSD or a notice of its own")
		}
		if files["sepsisguard/sepsisguard-2.3.cdx.json"] == "" {
			t.Fatal("the site no longer publishes sepsisguard-2.3.cdx.json")
		}
		sec := sbomSection(t, files["sepsisguard/security-plan.md"])
		kindtest.SaysAll(t, "plan 5.2", sec, "- `sepsisguard-3.0.cdx.json` (version 3.0)\n- `sepsisguard-2.3.cdx.json` (version 2.3)\n")
	})
}
