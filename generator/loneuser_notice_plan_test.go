package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLoneUserNoticesAndPlanNameTheUser: a product patients use at home
// with no customer organisation (content.Product.UsersOnly) has no
// customer's network for its notices to speak of, nor a customer to
// notify or to report incidents: the notice names the user's home
// network as its CSD does (and, as the user's phone or computer is on it,
// says only that no part opens a port and nothing of the product is the
// user's to isolate there, not that no part is on it), and the plan's incident row and section 9.8
// name the product's users, as an in-house device's do. A product with a
// customer keeps "the customer" (TestInHouseWordsOnlyInHouse,
// TestCGMHomeClinicPortalIsNotThePatientsConnection).
func TestLoneUserNoticesAndPlanNameTheUser(t *testing.T) {
	notice := buildFixture(t, "homecsd")(homecsdNotice)
	kindtest.SaysAll(t, "eos-1-4.md", notice,
		"No part of the product opens a network port or connects to one.",
		"Nothing of the Veyra CardioCheck BP+ECG Home Monitor is for the user to isolate on a home network: the CardioCheck monitor joins no network of the user's;")
	kindtest.SaysNone(t, "eos-1-4.md", notice, "customer's network", "network of the customer's")

	app := buildMobileApp(t)
	eol := app("bolusguide/notices/eol-2.4.0.md")
	kindtest.SaysAll(t, "eol-2.4.0.md", eol,
		"The services the manufacturer hosts listen at the manufacturer, not on the user's home network;")
	kindtest.SaysNone(t, "eol-2.4.0.md", eol, "customer's network", "customer's home network")

	for _, c := range []struct{ fixture, plan string }{
		{"mobileapp", "bolusguide/security-plan.md"},
		{"wheelchair", "velo/security-plan.md"},
		{"planonly", "puffclip/security-plan.md"},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			plan := buildFixture(t, c.fixture)(c.plan)
			kindtest.SaysAll(t, c.plan, plan, "### 9.8 Notification of the product's users", "| A user of the product reports a suspected incident |")
			kindtest.SaysNone(t, c.plan, plan, "Customer notification", "Customer reports")
		})
	}
}
