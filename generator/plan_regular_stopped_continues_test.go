package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanRegularStopSaysWhatContinues: the linac fixture's plan said the
// 4.2 end-of-life notice stopped 4.2's regular releases, and no more,
// while the notice's stop reads "New features; security and safety fixes
// continue." and its maintenance says what remains, both of which the
// 4.2 CSD's key fact prints. The plan's sentence now gives the stop's
// details and the notice's maintenance, from the same notice
// (content.Product.RegularUpdatesStopped), naming the notice only where
// the notices are built; a stop without details adds none. As the notice
// says what goes on, the regular cycle and the fixes in a regular release
// hold for 2.4 only as far as it states, and are not said to be void
// (monitoring's plan called them "not for version 3.4" beside a notice
// keeping the very Microsoft cycle they describe). With the notices not
// built, the Limited Support row says the notice it cites is not
// published with the plan.
func TestPlanRegularStopSaysWhatContinues(t *testing.T) {
	const (
		stopped     = "Regular releases for version `2.4` stopped on 14 October 2025, as notice ODI-DS-EOS-24 states: the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `2.4` only as far as the notice states."
		void        = "are not for version `2.4`"
		remains     = " What remains for version `2.4`: Until 14 October 2026 Orvella gives technical support for 2.4 and fixes DentaSense Imaging defects that affect safety."
		stop        = `{ what = "updates", milestone = "end_of_life" }`
		withDetails = `{ what = "updates", milestone = "end_of_life", details = "New features; security fixes continue." }`
	)
	plan := buildFixture(t, "dentalxray")("dentasense/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, stopped+remains)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the stop states no details", "details of the stop", "The stop's details")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the notice says what remains", void)

	files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", kindtest.Replace(stop, withDetails))
	kindtest.SaysAll(t, "security-plan.md (details)", files["dentasense/security-plan.md"],
		stopped+" The notice's details of the stop: New features; security fixes continue."+remains)
	kindtest.SaysNoneBecause(t, "security-plan.md (details)", files["dentasense/security-plan.md"], "the notice says security fixes continue", void)

	// Notices not built: the plan names no notice, but still says what
	// the data state continues.
	unbuilt := func(s string) string {
		return kindtest.Replace(`build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "mds2", "lifecycle"]`)(kindtest.Replace(stop, withDetails)(s))
	}
	files, _ = buildFixtureEdited(t, "dentalxray", "dentasense.toml", unbuilt)
	plan = files["dentasense/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md (not built)", plan,
		"Regular releases for version `2.4` stopped on 14 October 2025: the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `2.4` only as far as the stop's details and what remains for it say. The stop's details: New features; security fixes continue. What remains for version `2.4`: Until 14 October 2026")
	kindtest.SaysNoneBecause(t, "security-plan.md (not built)", plan, "the notices are not published", "as notice ODI-DS-EOS-24 states", "as the notice states", "The notice's details", "as far as the notice states")
	kindtest.SaysNoneBecause(t, "security-plan.md (not built)", plan, "the stop's details say security fixes continue", void)
	// The Limited Support row still cites the notice that states 2.4's
	// maintenance, and says it is not published with the plan.
	kindtest.SaysAll(t, "security-plan.md (not built)", plan, "| 2.4 (remaining maintenance as notice ODI-DS-EOS-24, issued 2025-06-02 and not published with these documents, states it) |")
}
