package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeCurrentMarketsUndatedAfterNotice: marketsplit's notice moved
// to 2025-12-01, with 3.1 released in the European Union on 2026-01-15,
// before as_of (2026-03-02), said "in the European Union it is `3.0`
// until the release of `3.1` there on 15 January 2026": the day 3.1 came
// out there, after the notice, not a date it could give. It names the
// market without the date, as its upgrade path does; built on the
// notice's date, when the EU release is still a plan, it keeps the date.
func TestNoticeCurrentMarketsUndatedAfterNotice(t *testing.T) {
	const notice = "dentasense/notices/eos-2.4.md"
	later := func(s string) string {
		s = strings.ReplaceAll(s, "2025-06-02", "2025-12-01") // the notice's dates
		return kindtest.Replace(`market_releases = [{ market = "eu", general_availability = 2026-06-01 }]`, `market_releases = [{ market = "eu", general_availability = 2026-01-15 }]`)(s)
	}
	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml", later)
	kindtest.SaysAll(t, notice, files[notice],
		"The current version is `3.1` in the United States; in the European Union it is `3.0` until `3.1` is released there.")
	kindtest.SaysNone(t, notice, files[notice], "15 January 2026")

	then := buildFixtureAsOfEdited(t, "marketsplit", "2025-12-01", "dentasense.toml", later, notice)
	kindtest.SaysAll(t, notice+" (built on its date)", then,
		"The current version is `3.1` in the United States; in the European Union it is `3.0` until the release of `3.1` there on 15 January 2026.")
}

// TestSecurityNoticeFixMarketUndatedAfterNotice: marketsplit built on
// 2026-07-01, after 3.1's EU release (2026-06-01), gave its advisory of
// 2026-02-16 and the advisory's CSAF twin "in the European Union from 1
// June 2026" (fixed in, stages, remediation, timeline), the day 3.1 came
// out there, not one the advisory gave. They name the market without
// the date; built on as_of (2026-03-02), a plan still, it is dated (as
// TestSecurityNoticeStagesByMarket says).
func TestSecurityNoticeFixMarketUndatedAfterNotice(t *testing.T) {
	const (
		notice = "dentasense/notices/sa-2026-01.md"
		twin   = ".well-known/csaf/white/2026/odi-ds-sa-2026-01.json"
	)
	sa := buildFixtureAsOf(t, "marketsplit", "2026-07-01", notice)
	kindtest.SaysAll(t, notice, sa,
		"- Fixed in: `3.1` (available in the United States; later in the European Union).",
		"version 3.1, Support (available in the United States; later in the European Union).",
		"Orvella DentaSense 3.1 is available in the United States; later in the European Union.",
		"| 2025-11-03 | Fix for CVE-2026-41007 available in the United States: software 3.1 released there (later in the European Union). |")
	kindtest.SaysNone(t, notice, sa, "1 June 2026")
	tw := buildFixtureAsOf(t, "marketsplit", "2026-07-01", twin)
	kindtest.SaysAll(t, twin, tw,
		"Orvella DentaSense 3.1 is available in the United States; later in the European Union.",
		"software 3.1 released there (later in the European Union).")
	kindtest.SaysNone(t, twin, tw, "1 June 2026")
}
