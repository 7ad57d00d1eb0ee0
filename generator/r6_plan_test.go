package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// checkWarnings runs check on testdata/<name> and returns its warnings'
// paths and messages, one a line.
func checkWarnings(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join("testdata", name)
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content")})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, w := range res.Warnings {
		b.WriteString(w.Path + ": " + w.Message + "\n")
	}
	return b.String()
}

// TestR6PlanPenTestRecordedInActivities: nicucam writes no
// [verification.penetration_test] but records VA-01, of kind
// penetration. The plan's 8.2 said that whether a penetration test is
// performed or planned is not stated, right after 8.1 showed one; and
// check's warning quoted that sentence. Only the test's tester,
// independence and findings one by one are open. A plan with no such
// activity (genomicscloud) keeps the sentence.
func TestR6PlanPenTestRecordedInActivities(t *testing.T) {
	plan := buildFixture(t, "nicucam")("kinview/security-plan.md")
	kindtest.SaysAll(t, "nicucam security-plan.md", plan,
		"Penetration testing is recorded in section 8.1 (VA-01). Its tester, the tester's independence and its findings one by one are not stated.",
		"The findings of the penetration testing recorded in section 8.1 (VA-01) are not listed one by one (see [8.2 Penetration test](#8-2-penetration-test)); what is deferred is as the text above states.",
		"(penetration testing is recorded in section 8.1, VA-01; its tester, the tester's independence and its findings one by one are not stated) |")
	kindtest.SaysNone(t, "nicucam security-plan.md", plan, "Whether an independent penetration test is performed or planned is not stated")
	warns := checkWarnings(t, "nicucam")
	kindtest.SaysAll(t, "nicucam warnings", warns, "give the penetration testing only as [[verification.activities]] records it, and say that its tester, the tester's independence and its findings one by one are not stated")
	kindtest.SaysNone(t, "nicucam warnings", warns, "whether an independent penetration test is performed or planned is not stated")

	other := buildFixture(t, "genomicscloud")("helixa/security-plan.md")
	kindtest.SaysAll(t, "genomicscloud security-plan.md", other, "Whether an independent penetration test is performed or planned is not stated.")
}

// TestR6LifecycleNextMilestoneEndOfLifeOpen: fertilityapp's 5.8 is in
// Support with an end of support and no end of life; end of life comes
// no later than end of support, so which milestone is next is not
// decided. The lifecycle page named end of support as the next one.
func TestR6LifecycleNextMilestoneEndOfLifeOpen(t *testing.T) {
	page := buildFixture(t, "fertilityapp")("calyra-cycle/lifecycle.md")
	kindtest.SaysAll(t, "fertilityapp lifecycle.md", page, "| Support | End of life (date not announced), or end of support, 2027-02-28 |")
	kindtest.SaysNone(t, "fertilityapp lifecycle.md", page, "| Support | End of support, 2027-02-28 |")
}

// TestR6NotAMedicalDeviceNotInClinicalUse: nicucam is not a medical
// device (medical_device = false): its development stage is "not yet in
// use", not "in clinical use". A medical device (aed) keeps "clinical".
func TestR6NotAMedicalDeviceNotInClinicalUse(t *testing.T) {
	nicu := buildFixture(t, "nicucam")
	kindtest.SaysAll(t, "nicucam lifecycle.md", nicu("kinview/lifecycle.md"), "| Development | Before general availability | Not yet in use. |")
	kindtest.SaysAll(t, "nicucam security-plan.md", nicu("kinview/security-plan.md"), "| Development | Before general availability | No units or installations in use. |")
	for _, doc := range []string{"kinview/lifecycle.md", "kinview/security-plan.md"} {
		kindtest.SaysNone(t, "nicucam "+doc, nicu(doc), "clinical use")
	}
	kindtest.SaysAll(t, "aed lifecycle.md", buildFixture(t, "aed")("lifeguard/lifecycle.md"), "Not yet in clinical use.")
}

// TestR6ThreatPathPartAfterReachedPart: aed's T-02 path is portal →
// DF-04 → aed → portal → DF-05 → aed. The portal after the AED, which
// DF-04 arrived at, is not where DF-04 arrives: it starts another route
// (threats.path's doc tag), not a move from the AED into the portal.
func TestR6ThreatPathPartAfterReachedPart(t *testing.T) {
	rr := buildFixture(t, "aed")("lifeguard/risk-report.md")
	kindtest.SaysAll(t, "aed risk-report.md", rr, "→ LifeGuard AED; Brightwell ReadyNet portal → DF-05 (")
	kindtest.SaysNone(t, "aed risk-report.md", rr, "→ LifeGuard AED → Brightwell ReadyNet portal → DF-05")
}

// TestR6LateFixCountsToTheReplacementOfAWithdrawnFix: withdrawn's
// CVE-2024-6135 was first fixed in 3.1.0 (2025-01-20), withdrawn on
// 2025-03-10 and replaced by 3.1.1 the same day. The plan, the CSD and
// check counted 203 days to the withdrawn 3.1.0 (23 beyond the
// commitment); a customer could install the fix only from 3.1.1: 252
// days, 72 beyond.
func TestR6LateFixCountsToTheReplacementOfAWithdrawnFix(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	const note = "Version `3.1.0`, the first with the fix, came out on 20 January 2025 but was withdrawn on 10 March 2025, so the days count to version `3.1.1`, which replaced it."
	kindtest.SaysAll(t, "withdrawn security-plan.md", read("sonabeat/security-plan.md"),
		"The fix came out on 10 March 2025 in version `3.1.1`, which the users of version `3.0.0` install to receive it, 252 days after the vulnerability was identified (1 July 2024) and 72 days beyond the commitment. "+note)
	kindtest.SaysAll(t, "withdrawn 3.0.0/csd.md", read("sonabeat/3.0.0/csd.md"),
		"Its fix came out on 10 March 2025 in version `3.1.1`, which the users of this version install to receive it, 252 days after", "72 days beyond the commitment. "+note)
	for _, doc := range []string{"sonabeat/security-plan.md", "sonabeat/3.0.0/csd.md"} {
		kindtest.SaysNone(t, "withdrawn "+doc, read(doc), "23 days beyond the commitment")
	}
	warns := checkWarnings(t, "withdrawn")
	kindtest.SaysAll(t, "withdrawn warnings", warns, "first released on 2025-01-20 in version 3.1.0 (withdrawn on 2025-03-10) and then on 2025-03-10 in version 3.1.1, which replaced it, came 252 days after it was identified (2024-07-01), 72 days beyond")
}
