package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanThreatTableAndMergedSentences: the plan's threat table showed
// neither a threat's severity of harm nor whether its risk is controlled
// by the method of 4.3, and printed the manufacturer's harm text as
// "Potential harm:" (anaesthesia's T-02 is "serious" harm and 7.6 High:
// uncontrolled before mitigation, while its text says no patient harm);
// the cyber device determination repeated one sentence per model with
// the same earliest version; 11.1 repeated one platform sentence per
// version where only the version differed; and the platforms of a
// product whose versions all share them were said to be those "in
// version 4.0 of the product".
func TestPlanThreatTableAndMergedSentences(t *testing.T) {
	same := func(*kind.Product) {}
	md := renderFixturePlanEdited(t, "anaesthesia", "aw500", same)
	kindtest.SaysAll(t, "plan", md,
		"| ID | Threat | Asset | Harm | Before | Controls | After | Decision |",
		"| T-02 | Attack on a network service of the workstation | Control unit | Serious | 7.6 High, uncontrolled | C-NET-1 | 2.0 Low, controlled | Acceptable |",
		"Harm as Brightwater Anaesthesia Systems GmbH describes it: ",
		"Version 2.4.0 does not run on models pm and mr; the earliest version the product data list for each of them is 3.0.0 (general availability 2 May 2022).")
	kindtest.SaysNone(t, "plan", md, "Potential harm:", "does not run on model pm;")

	md = renderFixturePlanEdited(t, "bloodbank", "sanguis-tms", same)
	kindtest.SaysAll(t, "plan", md,
		"For versions `8.4` and `9.2`, vendor support of Windows 11 Enterprise 23H2 (10 November 2026) and Windows 11 Enterprise 24H2 (12 October 2027) ends within twelve months of 2 November 2026.",
		"Every version of the product that the product data list runs on the platform versions below")
	kindtest.SaysNone(t, "plan", md, "For version `8.4`, vendor support")

	md = renderFixturePlanEdited(t, "holter", "rhythmtrace", same)
	kindtest.SaysAll(t, "plan", md, "In every version of the product that the product data list, RhythmTrace Analyst runs on the platform versions below")
	kindtest.SaysNone(t, "plan", md, "In version `4.0` of the product,")
}
