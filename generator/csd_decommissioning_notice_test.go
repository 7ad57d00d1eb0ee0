package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDDecommissioningPointsToTheNotice: SepsisGuard writes no
// [decommissioning] steps, but the end-of-life notice of 2.3 says what is
// particular to decommissioning 2.3. The 2.3 CSD said the steps "are not
// stated"; it now points to the notice. The current version's CSD, which
// no such notice concerns, and a build without notices keep "not stated".
func TestCSDDecommissioningPointsToTheNotice(t *testing.T) {
	const notStated = "Decommissioning and sanitisation steps are not stated."
	const pointer = "This document states no decommissioning steps of its own; what is particular to decommissioning version `2.3` is in [End-of-Life Notice: software 2.3](../notices/eol-2.3.html)."
	read := buildFixture(t, "smartapp")
	kindtest.SaysAll(t, "2.3/csd.md", read("sepsisguard/2.3/csd.md"), pointer)
	kindtest.SaysNoneBecause(t, "2.3/csd.md", read("sepsisguard/2.3/csd.md"), "the notice of 2.3 states it", notStated)
	kindtest.SaysAll(t, "csd.md (3.0)", read("sepsisguard/csd.md"), notStated)

	files, _ := buildFixtureEdited(t, "smartapp", "sepsisguard.toml", func(s string) string {
		// Without the notices, 2.3's form has no notice to derive SGUD-4 from.
		return answerMDS2("SGUD-4", `"yes"`)(kindtest.Replace(`"lifecycle", "notices", "risk_report"`, `"lifecycle", "risk_report"`)(s))
	})
	kindtest.SaysAll(t, "2.3/csd.md without notices", files["sepsisguard/2.3/csd.md"], notStated)
	kindtest.SaysNoneBecause(t, "2.3/csd.md without notices", files["sepsisguard/2.3/csd.md"], "no notice is built to point to", "eol-2.3")
}
