package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDtxinsomniaEndOfSupportPatientsApp: the clinic that prescribes an
// app on patients' own phones, beside a cloud its maker hosts, installs
// no version, so the End of Support stage does not tell it to move to a
// supported version, nor treat the maker's own cloud as a service the
// product may or may not need.
func TestDtxinsomniaEndOfSupportPatientsApp(t *testing.T) {
	files := buildFixture(t, "dtxinsomnia")
	const life, plan = "somnara/lifecycle.md", "somnara/security-plan.md"
	const says = "Quillon Therapeutics Inc. hosts Somnara Cloud, so the customer installs no version of it, and the Somnara Rx app runs on a patient's or caregiver's own phone, so the patient or caregiver, not the customer, moves it to a supported version; whether a version of the Somnara Rx app whose support has ended keeps working with later versions of Somnara Cloud is not stated."
	for _, f := range []string{life, plan} {
		kindtest.SaysAll(t, f, files(f), says)
		kindtest.SaysNone(t, f, files(f), "should move to a supported version", "the Somnara Cloud", "may stop accepting a version")
	}
}

// TestEndOfSupportHostedPartNamedAsAPart: a cloud service that is the
// product's own manufacturer-hosted part is named as the part is, with
// no article before a brand (intraoralscan's ClearBite Connect,
// oxygenhome's AiraFlow Fleet beside the carrier's network); its
// operator may still stop accepting a version whose support has ended.
func TestEndOfSupportHostedPartNamedAsAPart(t *testing.T) {
	clear := buildFixture(t, "intraoralscan")
	for _, f := range []string{"clearbite/lifecycle.md", "clearbite/security-plan.md"} {
		kindtest.SaysAll(t, f, clear(f), "whether the device needs ClearBite Connect, and whether it keeps accepting a version whose support has ended, are not stated")
		kindtest.SaysNone(t, f, clear(f), "the ClearBite Connect")
	}
	air := buildFixture(t, "oxygenhome")
	for _, f := range []string{"airaflow/lifecycle.md", "airaflow/security-plan.md"} {
		kindtest.SaysAll(t, f, air(f), "whether the device needs AiraFlow Fleet and the LTE-M network, and whether they keep accepting a version whose support has ended, are not stated")
		kindtest.SaysNone(t, f, air(f), "the AiraFlow Fleet")
	}
}
