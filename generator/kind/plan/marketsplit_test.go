package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// pumpMarketSplit sells the pump in the United States and the European
// Union and releases 4.2.1 in the European Union only on 1 June 2026,
// after the plan's date: there 4.1.0 is still the current version. With
// later, 4.1.0's OpenSSL flaw is discovered after 4.2.1, which fixes it,
// first came out (and no fixed date is written).
func pumpMarketSplit(later bool) func(string) string {
	return func(s string) string {
		s = kindtest.Replace("id = \"halcyon-lvp7\"\n", "id = \"halcyon-lvp7\"\nmarkets = [\"us\", \"eu\"]\n")(s)
		s = kindtest.Replace("general_availability = 2025-05-12\n", "general_availability = 2025-05-12\nmarket_releases = [{ market = \"eu\", general_availability = 2026-06-01 }]\n")(s)
		if later {
			s = kindtest.Replace("discovered = 2024-09-03\ndisclosed = 2024-09-03\nfixed = 2025-05-12\n", "discovered = 2025-09-03\ndisclosed = 2025-09-03\n")(s)
		}
		return s
	}
}

// TestPlanCurrentVersionByMarket: where the current version differs by
// market, section 6 names the markets where the version it describes is
// current and what the others have, as section 1.3 does; marketsplit's
// plan called 3.1 "the current version" although the European Union kept
// 3.0. With one market the sentence is as before.
func TestPlanCurrentVersionByMarket(t *testing.T) {
	md := renderPlanEdited(t, pumpMarketSplit(false))
	kindtest.SaysAll(t, "plan", md,
		"The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `4.2.1`, the current version in the United States on 16 February 2026; in the European Union it is `4.1.0` until the release of `4.2.1` there on 1 June 2026. Other versions")
	md = renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md, "The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `4.2.1`, the current version on 16 February 2026. Other versions")
}

// TestPlanFixReleasedByMarket: the vulnerability table's "Fix released"
// date of a fix in a later version is that version's first release; where
// it is not yet released in every market, the markets are said, as the
// advisory does. marketsplit's plan gave 3.0's fix as out on 3.1's first
// release with nothing of the European Union, where 3.1 was not released.
func TestPlanFixReleasedByMarket(t *testing.T) {
	const where = "available in the United States; in the European Union from 1 June 2026"
	md := renderPlanEdited(t, pumpMarketSplit(false))
	kindtest.SaysAll(t, "plan", md,
		"| CVE-2024-1086 | 4.1.0 | linux-imx 6.1.22 | Affected | 7.8 High (v3.1) | Known to be exploited | Uncontrolled | 2024-05-30 | 2025-05-12 (in version 4.2.1, "+where+") |",
		"| 2024-09-03 | 2025-05-12 (in version 4.2.1, "+where+") |",
		// 4.2.1's own row: the version is the row's.
		"| CVE-2024-1086 | 4.2.1 | linux-imx 6.6.52 | Fixed | 7.8 High (v3.1) | Known to be exploited | Does not apply | 2024-05-30 | 2025-05-12 |")
	md = renderPlanEdited(t, pumpMarketSplit(true))
	kindtest.SaysAll(t, "plan", md, "| 2025-09-03 | 2025-05-12 (version 4.2.1, available before the discovery; version 4.2.1 is "+where+") |")
	// Released everywhere: as before.
	md = renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md, "| 2024-05-30 | 2025-05-12 (in version 4.2.1) |")
	if strings.Contains(md, "European Union from") {
		t.Error("plan of a product sold in one market speaks of markets")
	}
}
