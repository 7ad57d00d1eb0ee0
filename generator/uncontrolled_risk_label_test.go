package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUncontrolledRiskNotLabelledCritical: the plan's 9.6 rows and intro
// and the lifecycle page's Support row called the critical_days
// commitment one for a "critical" uncontrolled risk, but the data's
// commitment (and check) holds every uncontrolled risk to it: the pump's
// High CVE-2024-1086 is held against the 30 days. They are labelled by
// risk, not severity; the controlled-risk row keeps its wording.
func TestUncontrolledRiskNotLabelledCritical(t *testing.T) {
	files := exampleFilesEdited(t, "", nil)
	for _, id := range []string{"halcyon-lvp7", "dosewise"} {
		plan := files[id+"/security-plan.md"]
		kindtest.SaysAll(t, id+" plan", plan,
			"| Vulnerability with an uncontrolled risk | Interim mitigations communicated to customers within 7 days |",
			"| Vulnerability with an uncontrolled risk | Out-of-cycle fix released within 30 days |",
			"a regular cycle for risks that are controlled, and out-of-cycle releases for uncontrolled risks.",
			"| Vulnerability with a controlled risk | Fixed in a regular release within ")
		kindtest.SaysNone(t, id+" plan", plan, "Critical vulnerability with an uncontrolled risk", "critical, uncontrolled")
		life := files[id+"/lifecycle.md"]
		kindtest.SaysAll(t, id+" lifecycle", life, "Released and supported with security updates; a fix for an uncontrolled risk released within 30 days.")
		kindtest.SaysNone(t, id+" lifecycle", life, "critical, uncontrolled")
	}
}
