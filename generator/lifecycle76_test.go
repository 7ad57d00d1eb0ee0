package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleSaysOnlyWhatTheDataState: the lifecycle page and the CSD
// asserted what no key states.
//   - A product that needs a cloud service said the service "may stop
//     accepting a version whose support has ended" (nicucam): no key says
//     what a service does with such a version, so it is now not stated.
//   - The Support stage said "Released and supported with security
//     updates" where no patch timeline states any (ecgsdk); the example,
//     which states one, keeps it.
//   - Without end_of_life.risk_transfer the End of Support stage said
//     "The customer carries the security risk" while the CSD says whether
//     risk passes is not stated (analyzer): both now say not stated.
//   - A part on its users' own phones read "its user owns, not the
//     customer" where the customers include individuals, who are its users.
//   - A part the customer hosts read "The customer backs up the host" and
//     "monitors the host" without [backup] or recorded events (bloodgas);
//     beside [backup] (euonly) the host's backup stays the customer's.
func TestLifecycleSaysOnlyWhatTheDataState(t *testing.T) {
	nicu := buildFixture(t, "nicucam")("kinview/lifecycle.md")
	kindtest.SaysAll(t, "nicucam lifecycle.md", nicu, "the product needs KinView Cloud, and whether it keeps accepting a version whose support has ended is not stated.")
	kindtest.SaysNone(t, "nicucam lifecycle.md", nicu, "may stop accepting")

	ecg := buildFixture(t, "ecgsdk")
	kindtest.SaysNone(t, "ecgsdk lifecycle.md", ecg("rhythmcore/lifecycle.md"), "supported with security updates")
	// The plan's stage table alike: no patch timeline, no promise.
	kindtest.SaysNone(t, "ecgsdk security-plan.md", ecg("rhythmcore/security-plan.md"), "supported with security updates")
	kindtest.SaysAll(t, "ecgsdk security-plan.md", ecg("rhythmcore/security-plan.md"), "| Support | General availability | Released and supported; how fixes reach it: [9.6 Patch and update timelines](#9-6-patch-and-update-timelines). |")
	kindtest.SaysAll(t, "example lifecycle.md", exampleFilesEdited(t, "", nil)["dosewise/lifecycle.md"], "| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days.")

	an := buildFixture(t, "analyzer")
	life, csd := an("corvane-ca600/lifecycle.md"), an("corvane-ca600/csd.md")
	kindtest.SaysAll(t, "analyzer csd.md", csd, "Whether and how responsibility for the security risk passes to the hospital at end of support is not stated.")
	kindtest.SaysAll(t, "analyzer lifecycle.md", life, "| End of Support | End of support | No further updates or support. Whether the security risk passes to the customer at end of support is not stated; the customer should ")
	kindtest.SaysNone(t, "analyzer lifecycle.md", life, "carries the security risk", "moves more of the responsibility")

	files, _ := buildFixtureEdited(t, "nicucam", "kinview.toml", kindtest.Replace("customer = \"hospital\"\n", "customer = [\"hospital\", \"individual\"]\n"))
	kindtest.SaysAll(t, "nicucam (individual) csd.md", files["kinview/csd.md"], "KinView Family app runs on a phone its user owns")
	kindtest.SaysNone(t, "nicucam (individual) csd.md", files["kinview/csd.md"], "its user owns, not the customer")

	gas := buildFixture(t, "bloodgas")("orvyn-bg2/csd.md")
	kindtest.SaysAll(t, "bloodgas csd.md", gas, "| Who backs up the host and the application's data is not stated | Who monitors the host and the application's security events is not stated |")
	kindtest.SaysNone(t, "bloodgas csd.md", gas, "backs up the host;", "monitors the host;")
	kindtest.SaysAll(t, "euonly csd.md", buildFixture(t, "euonly")("infuvia/csd.md"), "| The customer backs up the host; for the application's data, see the backup and restore section |")
}
