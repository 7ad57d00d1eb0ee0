package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// noticeStatesOpenSSL makes the pump dock's end-of-support notice state
// the support of OpenSSL 1.1.1n, which it names only for its concern: the
// notice's statement then decides that component's support, over the
// SBOM's (inventory.Origin).
var noticeStatesOpenSSL = kindtest.Replace(`purl = "pkg:generic/openssl@1.1.1n"
concern =`, `purl = "pkg:generic/openssl@1.1.1n"
support = "no_longer_maintained"
end_of_support = 2023-09-11
concern =`)

// TestSupportSourceListsNotices: the 4.1.0 CSD's software-support table
// gave a notice as the source of three rows, but its legend listed only
// annotations, the SBOM and rules, and the plan's sentence on where a
// component's support comes from enumerated the same. Both now list a
// notice where some row has that source, and only there.
func TestSupportSourceListsNotices(t *testing.T) {
	const (
		legend   = `"Annotation" is Halden Medical Systems AB's own assessment of that component, a notice is Halden Medical Systems AB's statement about that component version in an end-of-life or end-of-support notice, "SBOM" is the SBOM file itself, and a product or site rule is`
		noLegend = `"Annotation" is Halden Medical Systems AB's own assessment of that component, "SBOM" is the SBOM file itself, and a product or site rule is`
		plan     = `A component's support comes whole from the first of: its entry in the product data ("Annotation"), an end-of-life or end-of-support notice that states it for that component version, the SBOM file, a product rule, a site rule.`
		noPlan   = `A component's support comes whole from the first of: its entry in the product data ("Annotation"), the SBOM file, a product rule, a site rule.`
	)
	for _, tc := range []struct {
		name       string
		edit       func(string) string
		csd, plan  string
		csdNot     string
		planNot    string
		notesCount string // the CSD's 5.2 count of the sources
	}{
		{"no notice states a component's support", nil, noLegend, noPlan, "statement about that component version in an end-of-life", "an end-of-life or end-of-support notice that states it", ""},
		{"a notice states OpenSSL's", noticeStatesOpenSSL, legend, plan, noLegend, noPlan, "notices (1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var csd, pl string
			if tc.edit == nil {
				read := buildFixture(t, "endofsupport")
				csd, pl = read("pumpdock/csd.md"), read("pumpdock/security-plan.md")
			} else {
				files, _ := buildFixtureEdited(t, "endofsupport", "pumpdock.toml", tc.edit)
				csd, pl = files["pumpdock/csd.md"], files["pumpdock/security-plan.md"]
			}
			kindtest.SaysAll(t, "the pump dock's CSD", csd, tc.csd)
			kindtest.SaysNone(t, "the pump dock's CSD", csd, tc.csdNot)
			kindtest.SaysAll(t, "the pump dock's plan", pl, tc.plan)
			kindtest.SaysNone(t, "the pump dock's plan", pl, tc.planNot)
			if tc.notesCount != "" {
				kindtest.SaysAll(t, "the pump dock's CSD", csd, tc.notesCount)
			}
		})
	}
}
