package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanPenTestDetailsNotStatedBesideActivity: nicucam writes no
// [verification.penetration_test] but records VA-01, a verification
// activity of kind penetration. The plan's 8.3 and section 12 said "a
// penetration test is not stated" beside 8.1's VA-01; what is unstated is
// the test's details. A plan with neither (genomicscloud) still says no
// test is stated.
func TestPlanPenTestDetailsNotStatedBesideActivity(t *testing.T) {
	plan := buildFixture(t, "nicucam")("kinview/security-plan.md")
	kindtest.SaysAll(t, "nicucam security-plan.md", plan,
		"The findings of the penetration testing recorded in section 8.1 (VA-01) are not listed one by one (see [8.2 Penetration test](#8-2-penetration-test)); what is deferred is as the text above states.",
		"[8.2 Penetration test](#8-2-penetration-test) (penetration testing is recorded in section 8.1, VA-01; its tester, the tester's independence and its findings one by one are not stated) |")
	kindtest.SaysNone(t, "nicucam security-plan.md", plan, "A penetration test is not stated", "a penetration test is not stated")

	other := buildFixture(t, "genomicscloud")("helixa/security-plan.md")
	kindtest.SaysAll(t, "genomicscloud security-plan.md", other,
		"Whether a penetration test was performed is not stated (see [8.2 Penetration test](#8-2-penetration-test)), so no finding of one is listed as deferred.",
		"(whether a penetration test was performed is not stated) |")
}

// TestPlanCadenceInWordsOnly: nicucam's regular_cycle is "A firmware and
// cloud release every quarter." without release_cadence; 9.6 said "No
// calendar cadence of releases is stated" right above it. The cycle is
// stated, in words only.
func TestPlanCadenceInWordsOnly(t *testing.T) {
	plan := buildFixture(t, "nicucam")("kinview/security-plan.md")
	kindtest.SaysAll(t, "nicucam security-plan.md", plan,
		"| Regular release cadence | The regular update cycle below is stated in words only, not as a calendar cadence of releases. Releases of the versions the product data lists: ",
		"| Regular update cycle | A firmware and cloud release every quarter. |")
	kindtest.SaysNone(t, "nicucam security-plan.md", plan, "No calendar cadence of releases is stated")
}

// TestEndOfSupportStageExceptExtendedSupport: bloodbank's 8.4 is past its
// end of support, in paid extended support (security fixes for a fee)
// until 2027-03-31. The plan's 11.3 and the lifecycle page's stage table
// said its stage meant "No further updates or support", false for the
// hospitals that pay. A product with no extended support (nicucam) keeps
// the plain meaning.
func TestEndOfSupportStageExceptExtendedSupport(t *testing.T) {
	read := buildFixture(t, "bloodbank")
	const except = "No further updates or support, except under a version's paid extended support, for the customers who signed for it, until it ends"
	kindtest.SaysAll(t, "bloodbank security-plan.md", read("sanguis-tms/security-plan.md"), "| End of Support | End of support | "+except+"; ")
	kindtest.SaysAll(t, "bloodbank lifecycle.md", read("sanguis-tms/lifecycle.md"), "| End of Support | End of support | "+except+". ")

	nicu := buildFixture(t, "nicucam")
	kindtest.SaysAll(t, "nicucam security-plan.md", nicu("kinview/security-plan.md"), "| End of Support | End of support | No further updates or support; ")
	kindtest.SaysAll(t, "nicucam lifecycle.md", nicu("kinview/lifecycle.md"), "| End of Support | End of support | No further updates or support. ")
	for _, doc := range []string{"kinview/security-plan.md", "kinview/lifecycle.md"} {
		kindtest.SaysNone(t, "nicucam "+doc, nicu(doc), "paid extended support, for the customers")
	}
}

// TestPlanPortsOnCloudTenancyNetwork: genomicscloud's parts on the
// customer's side are in its own cloud tenancy. The CSD speaks of "the
// network of the customer's cloud tenancy"; the plan's 6.4 said "the
// parts on the customer's network".
func TestPlanPortsOnCloudTenancyNetwork(t *testing.T) {
	plan := buildFixture(t, "genomicscloud")("helixa/security-plan.md")
	kindtest.SaysAll(t, "genomicscloud security-plan.md", plan,
		"The parts on the network of the customer's cloud tenancy listen on 443/TCP (Helixa Interpret deployment); whether it is open as shipped is not stated.")
	kindtest.SaysNone(t, "genomicscloud security-plan.md", plan, "The parts on the customer's network listen")
}

// TestLifecycleAssessedCountsJustificationApart: of genomicscloud's three
// [[components]] entries, bwa states only a justification (why no end is
// known), no level or end. The lifecycle page said the manufacturer
// "states its own assessment of the support of every one of the 3
// components". It now counts those stating a level or an end, and says
// what the rest have; with no entry stating either, it says only that.
func TestLifecycleAssessedCountsJustificationApart(t *testing.T) {
	page := buildFixture(t, "genomicscloud")("helixa/lifecycle.md")
	kindtest.SaysAll(t, "genomicscloud lifecycle.md", page,
		"Nucleon Dx B.V. states its own assessment of the support of 2 of the 3 components listed for version `2.3`; for one other, it states only why its end of supplier support is not known.")
	kindtest.SaysNone(t, "genomicscloud lifecycle.md", page, "every one of the 3 components")

	// Every entry keeps only a justification: none is counted as assessed.
	const gatk, pg = "support = \"maintained\"\njustification = \"The Broad", "support = \"maintained\"\nend_of_support = 2028-11-09\n"
	files, _ := buildFixtureEdited(t, "genomicscloud", "helixa.toml", func(s string) string {
		for _, cut := range []string{gatk, pg} {
			if !strings.Contains(s, cut) {
				t.Fatalf("helixa.toml has no %q", cut)
			}
		}
		s = strings.Replace(s, gatk, "justification = \"The Broad", 1)
		return strings.Replace(s, pg, "justification = \"Its end is announced with each major release.\"\n", 1)
	})
	edited := files["helixa/lifecycle.md"]
	kindtest.SaysAll(t, "edited genomicscloud lifecycle.md", edited,
		"Nucleon Dx B.V. states, for each of the 3 components listed for version `2.3`, only why its end of supplier support is not known.")
	kindtest.SaysNone(t, "edited genomicscloud lifecycle.md", edited, "states its own assessment of the support of")
}
