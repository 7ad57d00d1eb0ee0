package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanUncontrolledDelayHeadingOnlyWhenLate: plan 9.10 headed every
// fix_delay_reason of an uncontrolled risk "Why the fix took longer than
// the N-day commitment", whether or not the fix was late on the plan's
// date, and in the past tense also for a fix still owed. The example's
// CVE-2024-1086 (3.8.2 and 4.1.0, no fix planned for them, fixed in 4.2.1
// 347 days after it was identified) is late against 30 days in 4.1.0; in
// 3.8.2, in limited support when the fix fell due, whether the commitment
// held is not stated (content.FixCommitmentFor), and the plan says so
// beside the reason. Against a 360-day commitment it is late in neither,
// and the reason is printed under a heading that claims nothing.
func TestPlanUncontrolledDelayHeadingOnlyWhenLate(t *testing.T) {
	const late = "**Why the fix took longer than the 30-day commitment.**"
	plan := buildExampleSite(t, nil)["halcyon-lvp7/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Review the Halcyon Connect event log of each affected pump weekly for failed logins and unexpected restarts. **On the fix's timing.** The fix for version `3.8.2` came out in version `4.2.1`, 347 days after the vulnerability was identified. The 30-day commitment is for the versions in support; whether it held for version `3.8.2`, in limited support when the fix fell due (from 30 June 2023), is not stated. The fix reached customers 347 days after")
	i := strings.Index(plan, "**CVE-2024-1086 in version 4.1.0: uncontrolled risk.**")
	if i < 0 {
		t.Fatal("no paragraph for CVE-2024-1086 in 4.1.0")
	}
	para, _, _ := strings.Cut(plan[i:], "\n\n")
	kindtest.SaysAll(t, "security-plan.md, 4.1.0", para, late+" The fix reached customers 347 days after")
	kindtest.SaysNoneBecause(t, "security-plan.md, 4.1.0", para, "4.1.0 was in full support when the fix fell due", "On the fix's timing.")

	plan = buildExampleSite(t, kindtest.Replace("critical_days = 30\n", "critical_days = 360\n"))["halcyon-lvp7/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md (critical_days = 360)", plan, "**On the fix's timing.** The fix reached customers 347 days after")
	kindtest.SaysNoneBecause(t, "security-plan.md (critical_days = 360)", plan, "347 days is within a 360-day commitment", "Why the fix took longer", "Why the fix takes longer")
}
