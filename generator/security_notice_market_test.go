package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSecurityNoticeStagesByMarket: marketsplit's advisory of 2026-02-16
// gave "version 3.1, Support" to every reader, while 3.1 is released in
// the European Union only on 2026-06-01 (versions.market_releases): an EU
// practice's current version is 3.0. The stage now says where 3.1 is out,
// as the lifecycle page and the CSD do; released in every market by the
// advisory's date, it reads as before.
func TestSecurityNoticeStagesByMarket(t *testing.T) {
	sa := buildFixture(t, "marketsplit")("dentasense/notices/sa-2026-01.md")
	kindtest.SaysNone(t, "sa-2026-01.md", sa, "version 3.1, Support.")
	kindtest.SaysAll(t, "sa-2026-01.md", sa,
		"Stages on 16 February 2026: version 2.4, Limited Support; version 3.0, Support; version 3.1, Support (available in the United States; in the European Union from 1 June 2026).")

	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml", func(s string) string {
		return strings.Replace(s, `market_releases = [{ market = "eu", general_availability = 2026-06-01 }]`, `market_releases = [{ market = "eu", general_availability = 2026-02-02 }]`, 1)
	})
	sa = files["dentasense/notices/sa-2026-01.md"]
	kindtest.SaysAll(t, "sa-2026-01.md (released in the EU by then)", sa, "version 3.0, Support; version 3.1, Support.")
	kindtest.SaysNone(t, "sa-2026-01.md (released in the EU by then)", sa, "in the European Union from")
}
