package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDoseTraceUserWords: DoseTrace (a never-updated insulin-pen cap
// and an app on the patient's phone; ports = []; home use, no customer)
// once read as a hospital device: the end-of-support row told the user to
// "replace or upgrade the device" (the cap is never upgraded; the
// versions are the app's), the notice and its CSAF twin said "the
// customer" needs no compensating control, and the CSD and plan said
// "the device" opens no port where ports = [] speaks for the app too.
func TestDoseTraceUserWords(t *testing.T) {
	site := buildFixture(t, "insulinpen")
	plan, csd := site("dosetrace/security-plan.md"), site("dosetrace/csd.md")
	notice := site("dosetrace/notices/eos-2.9.md")
	csafDoc := site(".well-known/csaf/white/2025/cvh-dt-eos-29.json")
	kindtest.SaysAll(t, "plan", plan,
		"| End of Support | End of support | No further updates or support; whether the security risk passes to the user at end of support is not stated; the user should upgrade the DoseTrace app. |",
		"The product (DoseTrace Cap and the DoseTrace app) opens no network port and connects to none.")
	kindtest.SaysNone(t, "plan", plan, "upgrade the device", "The device opens no network port")
	kindtest.SaysAll(t, "csd", csd, "The product (DoseTrace Cap and the DoseTrace app) opens no network port and connects to none.")
	kindtest.SaysAll(t, "notice", notice, "None: Calverra Health GmbH states that the user needs no compensating control for the affected versions.")
	kindtest.SaysAll(t, "csaf", csafDoc, "None: the manufacturer states that the user needs none.")
	kindtest.SaysNone(t, "csaf", csafDoc, "the customer needs none")
}

// TestEndOfSupportDoesNotSayWhoInstalls: the GX-7's firmware is
// installed by the manufacturer's field engineer; "the customer should
// upgrade the device" named an action the data do not give the customer.
// Its terminal server is the hospital's own (customer_infrastructure),
// whose ports are not the product's: ports = [] still speaks for the
// analyzer alone.
func TestEndOfSupportDoesNotSayWhoInstalls(t *testing.T) {
	site := buildFixture(t, "serialonly")
	plan := site("gx7/security-plan.md")
	kindtest.SaysAll(t, "plan", plan, "whether the security risk passes to the customer at end of support is not stated; the customer should move to a supported version or replace the device.")
	kindtest.SaysNone(t, "plan", plan, "replace or upgrade the device")
	kindtest.SaysAll(t, "csd", site("gx7/csd.md"), "The device opens no network port and connects to none.")
}
