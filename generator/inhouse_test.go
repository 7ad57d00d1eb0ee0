package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/inhouse is an in-house device (EU MDR Article 5(5)): Northgate
// University Hospital makes the SepsisWatch early-warning model and uses
// it only on its own wards (in_house = true, markets = ["eu"]); its
// product file's header says what it holds and what the model cannot say.

// TestInHouseNeverMarketed: the plan said the model "is marketed in the
// European Union", and every stage table said a version at end of life is
// "No longer sold"; an in-house device is neither marketed nor sold.
func TestInHouseNeverMarketed(t *testing.T) {
	read := buildFixture(t, "inhouse")
	plan := read("sepsiswatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"**Not applicable.** The product data state that the Northgate SepsisWatch is an in-house device: Northgate University Hospital makes it and uses it itself only, in the European Union, and does not place it on the market, in the United States or elsewhere.",
		"| Limited Support | End of life | No longer put into new use; support is limited to the commitments of [11.2 Notice commitments](#11-2-notice-commitments). | None listed |")
	kindtest.SaysNone(t, "security-plan.md", plan, "is marketed in", "No longer sold")
	lc := read("sepsiswatch/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| Limited Support | End of life | No longer put into new use; support is limited to what [6. Our commitments](#6-our-commitments) states. |")
	kindtest.SaysNone(t, "lifecycle.md", lc, "No longer sold")
	kindtest.SaysNone(t, "csd.md", read("sepsiswatch/csd.md"), "No longer sold", "is marketed in")
}

// TestInHouseNoCustomersToTell: the hospital has no customers, so the
// plan's and the CSD's promises of interim mitigations and of notice
// before end of support went to "customers" no one is; they reach the
// product's users.
func TestInHouseNoCustomersToTell(t *testing.T) {
	read := buildFixture(t, "inhouse")
	plan := read("sepsiswatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Critical vulnerability with an uncontrolled risk | Interim mitigations communicated to the product's users within 7 days |",
		"Northgate University Hospital gives the product's users at least 3 months' notice before a version reaches end of support")
	kindtest.SaysNone(t, "security-plan.md", plan, "communicated to customers", "gives customers")
	csd := read("sepsiswatch/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Critical vulnerability, risk not controlled | Interim mitigations communicated to the product's users within 7 days; fix released within 30 days |")
	kindtest.SaysNone(t, "csd.md", csd, "communicated to customers", "PSIRT", "advisories", "FDA", "524B")
	kindtest.SaysNone(t, "security-plan.md", plan, "PSIRT", "MDS2")
}
