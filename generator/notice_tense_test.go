package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeSaysALaterVersionIsPlannedToRun: the LumaCap notice of
// 2024-03-28 listed its models as "Affected only while it runs software
// 1.6; the later software 2.0 (planned), which this notice does not
// concern, runs on it too", present tense for a version not out then.
// With a software-only path to 2.0 it is now planned to run on it; with
// the notice dated after 2.0's release (2025-02-03), 2.0 still "runs on it
// too". As shipped, the notice's only path to 2.0 replaces the reading
// workstation (partial): 2.0 is not said to run on it at all.
func TestNoticeSaysALaterVersionIsPlannedToRun(t *testing.T) {
	read := buildFixture(t, "capsule")
	notice := read(capsuleNotice)
	kindtest.SaysAll(t, capsuleNotice, notice,
		"Affected only while it runs software 1.6; the later software 2.0 (planned), which this notice does not concern, is offered only by an upgrade path that replaces hardware (see the upgrade paths below).")
	kindtest.SaysNone(t, capsuleNotice, notice, "runs on it too", "planned to run")

	softwareOnly := kindtest.Replace(`kind = "partial", to_version = "2.0"`, `kind = "software_only", to_version = "2.0"`)
	files, _ := buildFixtureEdited(t, "capsule", capsuleFile, softwareOnly)
	kindtest.SaysAll(t, capsuleNotice, files[capsuleNotice],
		"Affected only while it runs software 1.6; the later software 2.0, which this notice does not concern, is planned to run on it too.")
	kindtest.SaysNone(t, capsuleNotice, files[capsuleNotice], "runs on it too")

	released := func(s string) string { return strings.ReplaceAll(softwareOnly(s), "2024-03-28", "2025-03-03") }
	files, _ = buildFixtureEdited(t, "capsule", capsuleFile, released)
	kindtest.SaysAll(t, capsuleNotice, files[capsuleNotice],
		"Affected only while it runs software 1.6; the later software 2.0, which this notice does not concern, runs on it too.")
	kindtest.SaysNone(t, capsuleNotice, files[capsuleNotice], "planned to run")
}

// TestNoticeGivesNoLaterMarketReleaseDate: marketsplit's notice of
// 2025-06-02 said 3.1 was planned "in the United States from 3 November
// 2025", the day 3.1 came out there, after the notice and by as_of
// (2026-03-02): the data do not say what date was planned in June 2025.
// The notice and its CSAF twin name the market without the date; the EU
// release, still to come on as_of, keeps its date. With the notice moved
// after the US release and the EU release before as_of, 3.1 is
// "available in the United States; later in the European Union".
func TestNoticeGivesNoLaterMarketReleaseDate(t *testing.T) {
	const (
		notice = "dentasense/notices/eos-2.4.md"
		twin   = ".well-known/csaf/white/2025/odi-ds-eos-24.json"
	)
	read := buildFixture(t, "marketsplit")
	kindtest.SaysAll(t, notice, read(notice),
		"| Software only | software 3.1 (planned; in the United States; in the European Union from 1 June 2026) |",
		"the later software 3.0 and 3.1 (planned; in the United States; in the European Union from 1 June 2026), which this notice does not concern, run or are planned to run on it too.")
	kindtest.SaysAll(t, twin, read(twin), "to software 3.1 (planned; in the United States; in the European Union from 1 June 2026):")
	kindtest.SaysNone(t, notice, read(notice), "3 November 2025")
	kindtest.SaysNone(t, twin, read(twin), "3 November 2025")

	later := func(s string) string {
		s = strings.ReplaceAll(s, "2025-06-02", "2025-12-01")
		return kindtest.Replace(`market_releases = [{ market = "eu", general_availability = 2026-06-01 }]`, `market_releases = [{ market = "eu", general_availability = 2026-01-15 }]`)(s)
	}
	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml", later)
	kindtest.SaysAll(t, notice, files[notice],
		"| Software only | software 3.1 (available in the United States; later in the European Union) |",
		"the later software 3.0 and 3.1 (available in the United States; later in the European Union), which this notice does not concern, run on it too.")
	kindtest.SaysNone(t, notice, files[notice], "in the European Union from 15 January 2026")
}

// TestCSDOtherVersionNoticesAssumeNoVersionStillRuns: section 13 sent
// "a customer still running one of them" to the notices about other
// versions. cgmhome's app 4.9 no longer starts after its end of support
// (the notice says so); twoproducts' firmware 2.6, past its end of
// support, still runs. One sentence is true of both.
func TestCSDOtherVersionNoticesAssumeNoVersionStillRuns(t *testing.T) {
	const said = "; a customer who uses or used that version finds there what stops and what to do:" // one notice, about one version each
	for _, tc := range []struct{ fixture, csd string }{
		{"cgmhome", "glucosense/csd.md"},
		{"twoproducts", "telestride/csd.md"},
	} {
		csd := buildFixture(t, tc.fixture)(tc.csd)
		kindtest.SaysAll(t, tc.csd, csd, said)
		kindtest.SaysNone(t, tc.csd, csd, "still running one of them")
	}
}
