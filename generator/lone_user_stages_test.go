package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLoneUserStages: the stage tables of a product patients use at
// home with no customer organisation and no clinic named speak of the
// user, not of a customer who puts compensating controls in place, and
// of use, not clinical use (the fertility app's lifecycle page, the
// wheelchair's plan). The wheelchair's plan sends notices to the
// product's users, not to customers.
func TestLoneUserStages(t *testing.T) {
	life := buildFixture(t, "fertilityapp")("calyra-cycle/lifecycle.md")
	kindtest.SaysAll(t, "fertilityapp lifecycle", life,
		"Risk to the user grows once updates stop, so each stage relies more on compensating controls.",
		"| Development | Before general availability | Not yet in use. |",
		"No further updates or support. Whether the security risk passes to the user at end of support is not stated; the user should")
	kindtest.SaysNone(t, "fertilityapp lifecycle", life, "compensating controls to the customer", "clinical use", "The customer carries")
	plan := buildFixture(t, "wheelchair")("velo/security-plan.md")
	kindtest.SaysAll(t, "wheelchair plan", plan,
		"As risk grows once updates stop, each stage relies more on compensating controls.",
		"| Development | Before general availability | No units or installations in use. |",
		"No further updates or support; whether the security risk passes to the user at end of support is not stated; the user should",
		"gives the product's users at least 12 months' notice")
	kindtest.SaysNone(t, "wheelchair plan", plan, "compensating controls to the customer", "in clinical use", "the customer carries", "gives customers at least")
}
