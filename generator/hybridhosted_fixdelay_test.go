package generator

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// The hybridhosted fixture's CVE-2026-28114 (controlled risk, versions
// 2.2 and 2.3) is open 56 days on the documents' date against a 30-day
// promise (regular_days), and CVE-2024-24790 in 2.2 was fixed 434 days
// after it was identified; both give fix_delay_reason, which keeps check
// silent. The plan and the CSDs printed neither reason: only an
// uncontrolled risk's paragraph did, so the documents showed the 30-day
// promise broken with no word why.

const (
	dcmtkReason = "OFFIS has not released a fixed DCMTK, and Ossiva does not ship an unreleased DCMTK in the gateway."
	goReason    = "Ossiva did not rebuild the 2.2 gateway for this flaw"
	dcmtkLate   = "**Why the fix of CVE-2026-28114 takes longer than the 30-day commitment.**"
	goLate      = "**Why the fix of CVE-2024-24790 took longer than the 30-day commitment.**"
)

// TestLateFixReasonPrinted: the plan's 9.10 and each CSD's 5.5 give the
// reason of each late fix of the version they list: open in the present
// tense, fixed in the past, one paragraph for the versions that share it;
// none for a version the promise was lifted from when the fix fell due.
func TestLateFixReasonPrinted(t *testing.T) {
	read := buildFixture(t, "hybridhosted")
	plan := section(t, read("ossiva-hx/security-plan.md"), "### 9.10 ", "### 9.11 ")
	kindtest.SaysAll(t, "security-plan.md 9.10", plan,
		dcmtkLate+" On 16 November 2026, 56 days after the vulnerability was identified (21 September 2026), no fix for version `2.3` has been released. "+dcmtkReason,
		goLate+" The fix came out on 15 June 2026 in version `2.3`, which the users of version `2.2` install to receive it, 434 days after the vulnerability was identified (7 April 2025). "+goReason)
	if n := strings.Count(plan, dcmtkReason); n != 1 {
		t.Errorf("security-plan.md 9.10 gives the DCMTK reason %d times, want once (one paragraph for 2.2 and 2.3)", n)
	}

	current := section(t, read("ossiva-hx/csd.md"), "### 5.5 ", "## 6")
	kindtest.SaysAll(t, "csd.md 5.5", current,
		dcmtkLate+" On 16 November 2026, 56 days after Ossiva Diagnostics GmbH identified the vulnerability (21 September 2026), no fix for this version has been released. "+dcmtkReason)
	// 2.3 has the Go fix from its release: nothing of it was late there.
	kindtest.SaysNone(t, "csd.md 5.5", current, goLate, goReason)

	older := section(t, read("ossiva-hx/2.2/csd.md"), "### 5.5 ", "## 6")
	kindtest.SaysAll(t, "2.2/csd.md 5.5", older,
		goLate+" Its fix came out on 15 June 2026 in version `2.3`, which the users of this version install to receive it, 434 days after Ossiva Diagnostics GmbH identified the vulnerability (7 April 2025). "+goReason)
	// 2.2's regular releases stopped on 15 June 2026, before the DCMTK
	// fix fell due: section 6 lifts the 30-day promise from it, so 5.5
	// does not call its fix late (content.FixCommitmentFor).
	kindtest.SaysNone(t, "2.2/csd.md 5.5", older, dcmtkLate, dcmtkReason)
}

// TestLateFixReasonOnlyWhenLate: the documents print a delay reason where
// check would warn without it, by the same test: with a 60-day promise
// the DCMTK fix, 56 days open, is not late and its reason is not printed
// (the Go fix, 434 days, still is); without its reason, the late DCMTK
// fix's paragraph says by how much it is late, under a heading that asks
// no "why", and check warns of it.
func TestLateFixReasonOnlyWhenLate(t *testing.T) {
	files, res := buildFixtureEdited(t, "hybridhosted", "ossiva-hx.toml", func(s string) string {
		return mustReplace(t, s, "regular_days = 30\n", "regular_days = 60\n")
	})
	plan := section(t, files["ossiva-hx/security-plan.md"], "### 9.10 ", "### 9.11 ")
	kindtest.SaysNone(t, "security-plan.md 9.10, 60 days", plan, "Why the fix of CVE-2026-28114", dcmtkReason)
	kindtest.SaysAll(t, "security-plan.md 9.10, 60 days", plan, "**Why the fix of CVE-2024-24790 took longer than the 60-day commitment.**")
	kindtest.SaysNone(t, "csd.md, 60 days", files["ossiva-hx/csd.md"], "Why the fix of", dcmtkReason)
	if overdue(res.Warnings, "CVE-2026-28114") {
		t.Errorf("check warns of the DCMTK fix within a 60-day promise: %v", res.Warnings)
	}

	files, res = buildFixtureEdited(t, "hybridhosted", "ossiva-hx.toml", func(s string) string {
		return mustReplace(t, s, "fix_delay_reason = \"OFFIS has not released", "# fix_delay_reason = \"OFFIS has not released")
	})
	plan = section(t, files["ossiva-hx/security-plan.md"], "### 9.10 ", "### 9.11 ")
	kindtest.SaysNone(t, "security-plan.md 9.10, no reason", plan, "Why the fix of CVE-2026-28114")
	kindtest.SaysNone(t, "csd.md, no reason", files["ossiva-hx/csd.md"], "Why the fix of CVE-2026-28114")
	kindtest.SaysAll(t, "security-plan.md 9.10, no reason", plan,
		"**The fix of CVE-2026-28114 takes longer than the 30-day commitment.** On 16 November 2026, 56 days after the vulnerability was identified (21 September 2026) and 26 days beyond the commitment, no fix for version `2.3` has been released.\n")
	kindtest.SaysAll(t, "csd.md, no reason", files["ossiva-hx/csd.md"],
		"**The fix of CVE-2026-28114 takes longer than the 30-day commitment.** On 16 November 2026, 56 days after Ossiva Diagnostics GmbH identified the vulnerability (21 September 2026) and 26 days beyond the commitment, no fix for this version has been released.\n")
	if !overdue(res.Warnings, "CVE-2026-28114") {
		t.Errorf("check does not warn of the DCMTK fix 56 days open without a reason: %v", res.Warnings)
	}
}

// overdue reports a warning that the fix of id is overdue
// (content.RuleFixOverdue).
func overdue(warnings content.Diagnostics, id string) bool {
	return slices.ContainsFunc(warnings, func(d content.Diagnostic) bool {
		return strings.Contains(d.Message, id+" affects") && strings.Contains(d.Message, "with no fix released")
	})
}

// mustReplace replaces the one occurrence of old in s.
func mustReplace(t *testing.T, s, old, new string) string {
	t.Helper()
	if strings.Count(s, old) != 1 {
		t.Fatalf("the fixture has %d of %q, want one", strings.Count(s, old), old)
	}
	return strings.Replace(s, old, new, 1)
}
