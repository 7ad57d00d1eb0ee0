package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanMarketSplitCurrentAndFix: marketsplit releases 3.1 in the United
// States on 3 November 2025 and in the European Union only on 1 June
// 2026, after the plan's date. Section 6 called 3.1 "the current version"
// with no market, against the plan's own section 1.3; section 9.10 gave
// 3.0's fix as released in 3.1 on its first release, with nothing of the
// European Union, against the advisory. Both now name the markets; with
// 3.1 released everywhere at once, both read as before.
func TestPlanMarketSplitCurrentAndFix(t *testing.T) {
	plan := buildFixture(t, "marketsplit")("dentasense/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `3.1`, the current version in the United States on 2 March 2026; in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026. Other versions",
		"| CVE-2026-41007 | 3.0 |",
		"| 2025-09-10 | 2025-11-03 (in version 3.1, available in the United States; in the European Union from 1 June 2026) |")
	kindtest.SaysNone(t, "security-plan.md", plan,
		"describe version `3.1`, the current version on 2 March 2026.",
		"2025-11-03 (in version 3.1) |")

	const release = "market_releases = [{ market = \"eu\", general_availability = 2026-06-01 }]\n"
	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml", func(s string) string {
		if !strings.Contains(s, release) {
			t.Fatal("the marketsplit fixture no longer releases 3.1 in the European Union later")
		}
		return strings.Replace(s, release, "", 1)
	})
	plan = files["dentasense/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md of 3.1 released everywhere", plan,
		"The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `3.1`, the current version on 2 March 2026. Other versions",
		"| 2025-09-10 | 2025-11-03 (in version 3.1) |")
	kindtest.SaysNone(t, "security-plan.md of 3.1 released everywhere", plan, "European Union from 1 June 2026")
}

// TestPlanModelFamilyRegularReleasesEndAhead: modelfamily's notices stop
// the regular releases of 5.0 and 5.1 at their end of life (31 December
// 2026) and their security updates at their end of support a year later.
// The plan, speaking on 15 May 2026, said the commitments, regular cycle
// included, held for both until the end of their security updates; the
// CSDs and notices end the regular releases first. It now says so, and
// what the notice gives from then.
func TestPlanModelFamilyRegularReleasesEndAhead(t *testing.T) {
	plan := buildFixture(t, "modelfamily")("tv300/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		" Regular releases for version `5.0` end on 31 December 2026, as notice TV-EOL-50 states: these commitments hold for version `5.0` until then. From then until 31 December 2027, when its security updates end, it gets only what the notice states: Critical security fixes for 5.0 until 31 December 2027.",
		" Regular releases for version `5.1` end on 31 December 2026, as notice TV-EOL-300T states: these commitments hold for version `5.1` until then. From then until 31 December 2027, when its security updates end, it gets only what the notice states: Critical security fixes for 5.1 until 31 December 2027.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the regular releases end a year before the security updates",
		"these commitments hold for version `5.0` until then. Security",
		"Security updates for version `5.0` end on 31 December 2027",
		"Security updates for version `5.1` end on 31 December 2027")
}
