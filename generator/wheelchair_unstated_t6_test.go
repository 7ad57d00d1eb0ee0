package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWheelchairUnstatedIsNotNo: the Velo wheelchair's crash-report
// service has no data written (the CSD says "Data sent: Not stated"), so
// the MDS2 form's TXCF N/A does not rest on "no cloud service is sent
// any" alone: it says that what the service is sent is not stated, and
// that the N/A rests on the complete interface lists, none of which
// carries PHI or PII. And the plan's sentence for the multi-patient harm
// view left out names the senders its rule takes (hosted systems such as
// servers), so that DF-01, firmware sent from the app on the user's
// phone, does not contradict "the product data list no such flow".
func TestWheelchairUnstatedIsNotNo(t *testing.T) {
	read := buildFixture(t, "wheelchair")
	form, plan := read("velo/mds2.md"), read("velo/security-plan.md")
	kindtest.SaysAll(t, "velo/mds2.md", form,
		"(MPII-1 No); what the product sends to the cloud service Stellan crash-report service is not stated, but each part's interface list is stated to be complete (interfaces\\_complete = true), every interface in it says every kind of data it carries, and none carries PHI or PII, so no cloud service is sent any;")
	kindtest.SaysNone(t, "velo/mds2.md", form, "(MPII-1 No), and no cloud service is sent any")
	kindtest.SaysAll(t, "velo/security-plan.md", plan,
		"The view is drawn from the data flows in which a system that the user or the manufacturer hosts, such as a server or a cloud service, sends therapy data, configuration or software",
		"(a phone, tablet or personal computer, such as one that runs one of the product's apps, or anything at the device itself, is not such a system); the product data list no such flow")
	kindtest.SaysNone(t, "velo/security-plan.md", plan, "a part or system that the user or the manufacturer hosts")
}
