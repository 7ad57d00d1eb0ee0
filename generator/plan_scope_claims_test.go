package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanCyberDeterminationNoSubmissionDate: the pacsviewer plan's 1.6
// concluded from the general availability of 7.6, the earliest version
// the data list (not the first version, and in no named market), that
// "any premarket submission that first brought it to market was made
// before section 524B(b) applied". The data give no submission or
// clearance date: the plan now gives the date and says the rest is not
// stated.
func TestPlanCyberDeterminationNoSubmissionDate(t *testing.T) {
	plan := buildFixture(t, "pacsviewer")("claroview/security-plan.md")
	kindtest.SaysAll(t, "pacsviewer plan", plan,
		"The earliest version the product data list, 7.6, became generally available on 4 April 2022, before that date.",
		"The product data do not say when any premarket submission for the device was made, so whether one was made before section 524B(b) applied is not stated.")
	kindtest.SaysNone(t, "pacsviewer plan", plan, "was first on the market by", "any premarket submission that first brought it to market")
}

// TestPlanSBOMTraceQualified: with no machine-readable SBOM file (5.2
// says so), genomicscloud's 524B(b)(3) row pointed to 5.2 and 5.3
// without a word, unlike the 524B(b)(1) row's "not stated".
func TestPlanSBOMTraceQualified(t *testing.T) {
	plan := buildFixture(t, "genomicscloud")("helixa/security-plan.md")
	kindtest.SaysAll(t, "genomicscloud plan", plan,
		"No machine-readable SBOM file is published with these documents.",
		"| Software bill of materials | FD&C Act 524B(b)(3) | [5.2 Software bill of materials](#5-2-software-bill-of-materials), [5.3 Component support status](#5-3-component-support-status) (no machine-readable SBOM file is published with these documents) |")
}

// TestPlanScopeHardwareSupplier: 1.1 said "The product is a medical
// device whose software runs on hardware <manufacturer> supplies" of an
// OEM module sold to device makers (whose own status 1.6 leaves open) and
// of a product whose 5.x units another company made.
func TestPlanScopeHardwareSupplier(t *testing.T) {
	oem := buildFixture(t, "oemmodule")("oxicore/security-plan.md")
	kindtest.SaysAll(t, "oemmodule plan", oem,
		"The product is a component that manufacturers build into their own devices; its software runs on hardware Merrow Photonics Ltd supplies (the OxiCore OM-5 module).")
	kindtest.SaysNone(t, "oemmodule plan", oem, "The product is a medical device")
	tr := buildFixture(t, "transferred")("orvia-pm/security-plan.md")
	kindtest.SaysAll(t, "transferred plan", tr,
		"The product is a medical device whose software runs on its own hardware (the Orvia central station and the Orvia bedside monitor).")
	kindtest.SaysNone(t, "transferred plan", tr, "on hardware Brightwater Clinical Systems B.V. supplies")
}

// TestPlanConnectivityOtherKindWords: watchecg's 1.6 called its displays
// connectivity features ("no connectivity features ... besides its
// displays") and said the data "do not name the kind" of interfaces
// whose kind they give as other.
func TestPlanConnectivityOtherKindWords(t *testing.T) {
	plan := buildFixture(t, "watchecg")("rhythmcheck/security-plan.md")
	kindtest.SaysAll(t, "watchecg plan", plan,
		"None of the product's interfaces has a kind, as the product data give it, that makes it a connectivity feature; its displays are not connectivity features.",
		"The product data give the kind of these interfaces only as Other, so whether they bear on the determination is not stated:")
	kindtest.SaysNone(t, "watchecg plan", plan, "besides its displays", "do not name the kind of these interfaces (Other)")
}

// TestPlanMultiPatientViewReason: 6.2.2 printed only "None recorded."
// where the eSTAR and a warning said why the view is left out.
func TestPlanMultiPatientViewReason(t *testing.T) {
	for _, tc := range []struct{ fixture, plan string }{
		{"watchecg", "rhythmcheck/security-plan.md"},
		{"pacsviewer", "claroview/security-plan.md"},
	} {
		plan := buildFixture(t, tc.fixture)(tc.plan)
		kindtest.SaysAll(t, tc.fixture+" plan", plan,
			"#### 6.2.2 Multi-patient harm view\n\nNo multi-patient harm view is recorded. The view is drawn from the data flows in which")
	}
}
