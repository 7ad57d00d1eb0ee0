package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRiskTransferInItsOwnWords: the stage tables said "The customer
// carries the security risk" wherever end_of_life.risk_transfer was
// written, also where it says only what the manufacturer stops doing
// (alarmrelay: "releases no more updates for it; Relaycast offers an
// upgrade"). Who carries the risk is the manufacturer's to say: the End
// of Support row now prints its risk_transfer and then the advice, and no
// stage sentence says that responsibility moves to the customer.
func TestRiskTransferInItsOwnWords(t *testing.T) {
	ar := buildFixture(t, "alarmrelay")
	life, plan := ar("alertbridge/lifecycle.md"), ar("alertbridge/security-plan.md")
	kindtest.SaysAll(t, "alarmrelay lifecycle.md", life, "| End of Support | End of support | No further updates or support. After a version's end of support Relaycast releases no more updates for it; Relaycast offers an upgrade to a supported version. The customer should move to a supported version")
	kindtest.SaysAll(t, "alarmrelay security-plan.md", plan, "| End of Support | End of support | No further updates or support. After a version's end of support Relaycast releases no more updates for it; Relaycast offers an upgrade to a supported version. The customer should move to a supported version")
	aed := buildFixture(t, "aed")
	for doc, text := range map[string]string{
		"alarmrelay lifecycle.md": life, "alarmrelay security-plan.md": plan,
		"aed lifecycle.md": aed("lifeguard/lifecycle.md"), "aed security-plan.md": aed("lifeguard/security-plan.md"),
	} {
		kindtest.SaysNone(t, doc, text, "carries the security risk and", "carries the risk and", "moves more of the responsibility", "shifts more of the responsibility")
	}
}

// TestServiceAgreementSupportStageNoTimeline: the plan's Support stage
// for updates under a service agreement said "security updates on the
// timelines of 9.6 reach only the customers with a service agreement"
// also where no patch timeline states any (ctscanner without
// regular_days and critical_days); like the plain variant, it now
// promises no security updates there.
func TestServiceAgreementSupportStageNoTimeline(t *testing.T) {
	files, _ := buildFixtureEdited(t, "ctscanner", "kestrel-ct.toml", kindtest.Replace("regular_days = 90\ncritical_days = 30\n", ""))
	plan := files["kestrel-ct/security-plan.md"]
	kindtest.SaysNone(t, "ctscanner (no timeline) security-plan.md", plan, "security updates on the timelines of")
	kindtest.SaysAll(t, "ctscanner (no timeline) security-plan.md", plan, "| Support | General availability | Released and supported; how fixes reach it: [9.6 Patch and update timelines](#9-6-patch-and-update-timelines); its updates reach only the customers with a service agreement. |")

	// With the timelines stated the promise stays.
	kindtest.SaysAll(t, "ctscanner security-plan.md", buildFixture(t, "ctscanner")("kestrel-ct/security-plan.md"), "| Support | General availability | Released and supported; security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines) reach only the customers with a service agreement. |")
}
