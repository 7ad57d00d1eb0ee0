package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanCadenceGivenAsText: with regular_cycle written ("Twice a year.")
// and no release_cadence, the plan's 9.6 printed "Regular release cadence
// | Not stated." right above "Regular update cycle | Twice a year.": the
// data states the cycle, as text only. The row now says that the cycle is
// stated in words only, not as a calendar cadence of releases, without
// calling the cycle the releases' cadence (the analyzer's is Microsoft's
// monthly updates); a plan whose data states a cadence still prints it.
func TestPlanCadenceGivenAsText(t *testing.T) {
	const asText = "| Regular release cadence | The regular update cycle below is stated in words only, not as a calendar cadence of releases. Releases of the versions the product data lists: "
	for _, c := range []struct{ fixture, doc, cycle string }{
		{"thinprogramme", "pulsering/security-plan.md", "| Regular update cycle | Twice a year. |"},
		{"withdrawn", "sonabeat/security-plan.md", "| Regular update cycle | Twice a year. |"},
	} {
		plan := buildFixture(t, c.fixture)(c.doc)
		kindtest.SaysAll(t, c.doc, plan, asText, c.cycle)
		kindtest.SaysNoneBecause(t, c.doc, plan, "the cadence called not stated beside the cycle the data states", "| Regular release cadence | Not stated.")
	}
	// The analyzer's cycle is Microsoft's monthly updates, not a calendar
	// of its own releases: no cadence is made of it.
	an := buildFixture(t, "analyzer")("corvane-ca600/security-plan.md")
	kindtest.SaysAll(t, "analyzer security-plan.md", an, asText+"2.1.0 on 2024-02-01. |")
	kindtest.SaysNone(t, "analyzer security-plan.md", an, "| Regular release cadence | Not stated.", "| Regular release cadence | Monthly")
	plan := buildFixture(t, "dentalxray")("dentasense/security-plan.md")
	kindtest.SaysAll(t, "dentalxray security-plan.md", plan, "| Regular release cadence | Every six months. ")
	kindtest.SaysNone(t, "dentalxray security-plan.md", plan, "stated in words only")
}
