package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestColdchainEndOfSupportNoInstall: the customer of a product made of
// never-updated sensors and a manufacturer-hosted cloud installs no
// version, so the End of Support stage tells it neither to move to a
// supported version nor that a service may refuse one.
func TestColdchainEndOfSupportNoInstall(t *testing.T) {
	files := buildFixture(t, "coldchain")
	const life, plan = "frostguard/lifecycle.md", "frostguard/security-plan.md"
	kindtest.SaysAll(t, life, files(life), "No further updates or support. Caldera Sense Inc. hosts FrostGuard Cloud, so the customer installs no version of it; whether a unit of the FrostGuard sensors keeps working with later versions of FrostGuard Cloud is not stated. The software of the FrostGuard sensors is never updated after manufacture")
	kindtest.SaysAll(t, plan, files(plan), "| End of Support | End of support | No further updates or support; Caldera Sense Inc. hosts FrostGuard Cloud, so the customer installs no version of it, and the software of the FrostGuard sensors is never updated after manufacture; whether a unit keeps working with later versions of FrostGuard Cloud is not stated. |")
	for _, f := range []string{life, plan} {
		kindtest.SaysNone(t, f, files(f), "move to a supported version", "may stop accepting a version")
	}
}

// TestNoticeContentsNameOnlyWhatApplies: plan 11.2 asks a notice for
// ports to block and network isolation only where a part is on the
// customer's network, and for renewal of service agreements not of a
// consumer's own apps that have none.
func TestNoticeContentsNameOnlyWhatApplies(t *testing.T) {
	cold := buildFixture(t, "coldchain")("frostguard/security-plan.md")
	kindtest.SaysAll(t, "coldchain plan", cold, "the compensating controls, the interfaces to disable (no part of the device has a port on the hospital's network, so there is no port to block and nothing of it to isolate there), backup, the upgrade paths")
	kindtest.SaysNone(t, "coldchain plan", cold, "ports and interfaces to block, network isolation")
	watch := buildFixture(t, "watchecg")("rhythmcheck/security-plan.md")
	kindtest.SaysAll(t, "watchecg plan", watch, "what stops (updates, service), the compensating controls, the interfaces to disable (no port of the product is for the user to block, and nothing of it is for the user to isolate on a network), backup")
	kindtest.SaysNone(t, "watchecg plan", watch, "renewal of service agreements", "ports and interfaces to block, network isolation")
}

// TestCSDRiskTransferUnstatedWhether: with risk_transfer not written, item
// 13 does not presume that the risk passes at all (a rented pump's units
// go back to its maker).
func TestCSDRiskTransferUnstatedWhether(t *testing.T) {
	csd := buildFixture(t, "rentalpump")("nutriflo-r/csd.md")
	kindtest.SaysAll(t, "rentalpump csd", csd, "**Risk transfer.** Whether and how responsibility for the security risk passes to the customer at end of support is not stated.")
}
