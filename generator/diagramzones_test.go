package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestProsthetichandZonesByOwner: the clinic's tablet (Kestrel Fit) and
// the user's phone (Kestrel Go) were one trust zone; no data store is
// stated, yet the basis said the drawing shows every one; the plan said
// "None recorded." of DF-01 and DF-02 from the clinic's tablet.
func TestProsthetichandZonesByOwner(t *testing.T) {
	file := buildFixture(t, "prosthetichand")
	risk, plan := file("kestrel/risk-report.md"), file("kestrel/security-plan.md")
	kindtest.SaysAll(t, "risk report", risk, "On the customer's own tablet: Kestrel Fit. On a patient's or caregiver's own phone: Kestrel Go.",
		"Data at rest is not stated, so no data store is drawn.")
	kindtest.SaysNone(t, "risk report", risk, "On the customer's or patients' own devices", "every part, outside system, data store and data flow")
	kindtest.SaysAll(t, "plan", plan, "The view does not assess the flows DF-01 and DF-02 from Kestrel Fit, on a tablet the customer owns")
}
