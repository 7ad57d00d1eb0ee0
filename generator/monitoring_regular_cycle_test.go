package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMonitoringRegularCycleNotDeniedTo34: the 3.4 end-of-support notice
// stops 3.4's regular releases ("new features and fixes of Sentinel's own
// software") and keeps Microsoft's monthly updates for its central
// stations, which the regular update cycle describes. The plan (9.6) said
// the regular cycle was not for 3.4, and the 3.4 CSD gave it only to the
// versions still receiving regular releases, each beside the notice saying
// the opposite. Both now hold the cycle for 3.4 only as far as the notice
// states.
func TestMonitoringRegularCycleNotDeniedTo34(t *testing.T) {
	read := buildFixture(t, "monitoring")
	plan := read("sentinel-pm/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `3.4` only as far as the notice states.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the notice keeps Microsoft's monthly updates for 3.4",
		"the regular cycle and the fixes in a regular release below are not for version `3.4`")

	csd := read("sentinel-pm/3.4/csd.md")
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"Regular update cycle, for version `3.4` only as far as the notice states: Microsoft's monthly security updates",
		"the regular update cycle below holds for version `3.4` only as far as the notice states.",
		"Regular update cycle, for version `3.4` only as far as the notice above states: Microsoft's monthly security updates")
	kindtest.SaysNoneBecause(t, "3.4/csd.md", csd, "the notice keeps Microsoft's monthly updates for 3.4",
		"For versions still receiving regular releases: As needed, no fixed calendar. Microsoft's",
		"For the versions still receiving them: As needed, no fixed calendar. Microsoft's")
}
