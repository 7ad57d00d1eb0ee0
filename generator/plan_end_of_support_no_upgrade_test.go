package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// analyzerEndOfSupportNotice makes the analyzer's notice about 2.1.0, its
// only version, an end-of-support notice rather than a component's (the
// Windows 10 planning note), keeping its upgrade_paths = [], then edits
// the file further with more (nil: none).
func analyzerEndOfSupportNotice(more func(string) string) func(string) string {
	return func(s string) string {
		s = strings.Replace(s, "kind = \"component_end_of_support\"\n", "kind = \"end_of_support\"\n", 1)
		s = strings.Replace(s, "components = [{ name = \"Windows 10 IoT Enterprise LTSC 2021\", version = \"21H2\", concern = \"The analyzer PC's operating system.\" }]\n", "", 1)
		if more != nil {
			s = more(s)
		}
		return s
	}
}

// TestPlanEndOfSupportOffersNoUpgradeTheNoticeRulesOut: the analyzer's
// security plan told the laboratory to "replace, upgrade or isolate the
// device" at end of support, while a notice about 2.1.0, the only
// version, wrote upgrade_paths = [] and the lifecycle page said no
// upgrade is offered. The plan's End of Support stage now gives the
// lifecycle page's advice from the same data (Product.NoUpgradeFrom):
// with one version, replace or isolate, as no upgrade is offered; with
// earlier versions, upgrade from those but not from the last (the
// transferred fixture's 6.0.0); where the notice offers a path, upgrade
// as before. Only the version's own end-of-life or end-of-support notice
// decides it (TestComponentNoticeOffersNoUpgradeForItsComponentOnly):
// the analyzer's is a component's, so here it is made the version's own.
func TestPlanEndOfSupportOffersNoUpgradeTheNoticeRulesOut(t *testing.T) {
	const upgrade = "should move to a supported version, or replace or isolate the device."
	eos, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", analyzerEndOfSupportNotice(nil))
	plan, page := eos["corvane-ca600/security-plan.md"], eos["corvane-ca600/lifecycle.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, "| End of Support | End of support | No further updates or support; whether the security risk passes to the customer at end of support is not stated; the customer should replace or isolate the device, as no upgrade is offered. |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the notice about the only version offers no upgrade", upgrade)
	kindtest.SaysAll(t, "lifecycle.md", page, "should replace or isolate the device, as no upgrade is offered. |")

	files, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", analyzerEndOfSupportNotice(kindtest.Replace("upgrade_paths = []\n",
		"upgrade_paths = [{ kind = \"full_replacement\", target = \"CA-700\", description = \"Corvane replaces the analyzer.\" }]\n")))
	offered := files["corvane-ca600/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md with an upgrade path", offered, "| End of Support | End of support | No further updates or support; whether the security risk passes to the customer at end of support is not stated; the customer "+upgrade+" |")
	kindtest.SaysNoneBecause(t, "security-plan.md with an upgrade path", offered, "the notice offers an upgrade", "as no upgrade is offered")

	const last = "(no upgrade is offered from version `6.0.0`, the last version: replace or isolate the device)."
	kindtest.SaysAll(t, "transferred security-plan.md", buildFixture(t, "transferred")("orvia-pm/security-plan.md"), "should move to a supported version, or replace or isolate the device "+last+" |")
}
