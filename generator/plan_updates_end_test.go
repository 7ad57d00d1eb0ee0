package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSaysWhenAnnouncedSecurityUpdatesEnd: transferred's notice eos-6,
// issued with the plan, stops version 6.0.0's security updates at its end
// of life, 31 December 2026, still ahead; the plan's patch timelines read
// as open-ended for 6.0.0, as the CSD's did. They now say the
// commitments hold until then. A version no notice stops (the pump's
// 4.2.1) gets no such sentence; one a notice stops later (4.1.0) does, but
// 4.1.0 is past its end of life: it gets what its notice states (High and
// Critical fixes), not the commitments, which the plan said held for it.
func TestPlanSaysWhenAnnouncedSecurityUpdatesEnd(t *testing.T) {
	plan := buildFixture(t, "transferred")("orvia-pm/security-plan.md")
	kindtest.SaysAll(t, "transferred plan", plan,
		"Security updates for version `6.0.0` end on 31 December 2026, as notice BCS-OR-EOS-002 states: these commitments hold for version `6.0.0` until then.")

	pump, _ := buildExampleEdited(t, nil)
	kindtest.SaysAll(t, "pump plan", pump,
		"Security updates for version `4.1.0` end on 31 March 2027, as notice MIS-LVP7-EOL-410 states. Version `4.1.0` reached its end of life on 30 September 2025; what the notice says remains for it is: ")
	kindtest.SaysNoneBecause(t, "pump plan", pump, "4.1.0, past its end of life, gets only what its notice states",
		"these commitments hold for version `4.1.0`")
	kindtest.SaysNone(t, "pump plan", pump, "Security updates for version `4.2.1` end on")
}
