package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeSaysWhatTheDataDoNotDecide (REPORT-dexalegacy 1, 10;
// REPORT-manyversions 1, 2): the DXA-9 end-of-support notice of
// 2016-12-01 gave 5.2 the stage "Support" on that day, though 5.2's end
// of life is not stated and comes no later than its end of support
// (2018-12-31): it may have passed already. The stage is now Support or
// Limited Support. Its section 4 said no software component is named
// right after section 2 named Windows XP; it now says no other is, and
// check says so too. The HemaView notices of 2020 and 2024 called 4.0 and
// 4.0.1 planned, which the data do not say they were then (4.0.1 exists
// only because 4.0 was recalled in 2025); the 2025 notice said 4.0.1 runs
// on the customer's workstation, though its only path there replaces the
// workstation PC.
func TestNoticeSaysWhatTheDataDoNotDecide(t *testing.T) {
	const eos = "dxa-9/notices/eos-5-2.md"
	md := buildFixture(t, "dexalegacy")(eos)
	kindtest.SaysAll(t, eos, md,
		// the line's own end of life agrees with the stage: not "no end
		// of life announced", which would make it Support
		"Software `5.2`: end of life not stated, no end of guaranteed support announced, end of support 31 December 2018; stage on 1 December 2016: Support or Limited Support (end of life not stated).",
		"| 5.2 | 2009-05-01 | Support or Limited Support (end of life not stated) |",
		"No software component other than the operating system in section 2 is named in this notice.")
	kindtest.SaysNone(t, eos, md, "stage on 1 December 2016: Support.", "| Support |", "No software component is named", "no end of life announced")
	kindtest.SaysAll(t, "check", fixtureCheck(t, "dexalegacy", "", nil), "notices[0].components: no software component named besides its operating_systems")

	read := buildFixture(t, "manyversions")
	for _, rel := range []string{"hemaview/notices/eol-3.0.md", "hemaview/notices/eos-3.0.md"} {
		kindtest.SaysAll(t, rel, read(rel), "Affected only while it runs software 3.0; the later software 3.2, which this notice does not concern, runs on it too.")
		kindtest.SaysNone(t, rel, read(rel), "4.0 (planned)", "4.0.1 (planned)")
	}
	const eol32 = "hemaview/notices/eol-3.2.md"
	kindtest.SaysAll(t, eol32, read(eol32), "Affected only while it runs software 3.2; the later software 4.0.1, which this notice does not concern, is offered only by an upgrade path that replaces hardware (see the upgrade paths below).")
	kindtest.SaysNone(t, eol32, read(eol32), "runs on it too")
}
