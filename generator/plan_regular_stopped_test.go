package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanRegularReleasesStopped: dentalxray's end-of-support notice of
// 2.4 stops its regular releases at its end of life (2025-10-14), before
// the plan's date, while its security updates go on to its end of
// support. The plan's patch timelines held the regular cycle out to every
// supported version, 2.4 included (its CSD already said the releases
// stopped); they now say the stop, and, as the notice states what remains
// for 2.4, that the cycle holds for it only as far as the notice states
// (TestPlanRegularStopSaysWhatContinues). Without the notice's stop of
// "updates", nothing is said.
func TestPlanRegularReleasesStopped(t *testing.T) {
	const stopped = "Regular releases for version `2.4` stopped on 14 October 2025, as notice ODI-DS-EOS-24 states: the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `2.4` only as far as the notice states."
	kindtest.SaysAll(t, "security-plan.md", buildFixture(t, "dentalxray")("dentasense/security-plan.md"), stopped)
	files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", kindtest.Replace(`{ what = "updates", milestone = "end_of_life" }, `, ""))
	kindtest.SaysNoneBecause(t, "security-plan.md", files["dentasense/security-plan.md"], "no notice stops 2.4's regular releases", "Regular releases for version `2.4` stopped")
}
