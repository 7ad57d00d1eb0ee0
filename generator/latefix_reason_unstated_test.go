package generator

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReleasedLateFixWithoutReason: a controlled risk's fix released
// after the regular commitment, with no fix_delay_reason, sat silently
// beside that commitment (the withdrawn fixture's CVE-2024-6135, 203
// days against 180): check warned only of an uncontrolled risk's, and
// the plan and the CSD printed a late fix only with its reason. The
// hybridhosted fixture's CVE-2024-24790 in 2.2, fixed 434 days on
// against 30, without its reason: check warns at its fixed key, and plan
// 9.10 and the 2.2 CSD's 5.5 say by how much it was late and that the
// reason is not stated; with the reason, neither the warning nor that
// sentence.
func TestReleasedLateFixWithoutReason(t *testing.T) {
	const (
		planSays = "**The fix of CVE-2024-24790 took longer than the 30-day commitment.** The fix came out on 15 June 2026 in version `2.3`, which the users of version `2.2` install to receive it, 434 days after the vulnerability was identified (7 April 2025) and 404 days beyond the commitment. The reason is not stated.\n"
		csdSays  = "**The fix of CVE-2024-24790 took longer than the 30-day commitment.** Its fix came out on 15 June 2026 in version `2.3`, which the users of this version install to receive it, 434 days after Ossiva Diagnostics GmbH identified the vulnerability (7 April 2025) and 404 days beyond the commitment. The reason is not stated.\n"
		warning  = "CVE-2024-24790 affects 2.2 and its fix, released on 2026-06-15, came 434 days after it was identified (2025-04-07), 404 days beyond the 30 days the documents promise for a regular release (postmarket.patching.regular_days): state why it took longer and what protected patients meanwhile in fix_delay_reason"
	)
	warned := func(ws content.Diagnostics) bool {
		return slices.ContainsFunc(ws, func(d content.Diagnostic) bool {
			return strings.HasSuffix(d.Path, ".fixed") && d.Message == warning
		})
	}

	files, res := buildFixtureEdited(t, "hybridhosted", "ossiva-hx.toml", func(s string) string {
		return mustReplace(t, s, "fix_delay_reason = \"Ossiva did not rebuild", "# fix_delay_reason = \"Ossiva did not rebuild")
	})
	plan := section(t, files["ossiva-hx/security-plan.md"], "### 9.10 ", "### 9.11 ")
	kindtest.SaysAll(t, "security-plan.md 9.10, no reason", plan, planSays)
	older := section(t, files["ossiva-hx/2.2/csd.md"], "### 5.5 ", "## 6")
	kindtest.SaysAll(t, "2.2/csd.md 5.5, no reason", older, csdSays)
	kindtest.SaysNone(t, "no reason", plan+older, "Why the fix of CVE-2024-24790")
	if !warned(res.Warnings) {
		t.Errorf("check does not warn of the Go fix released 434 days on without a reason; want %q in: %v", warning, res.Warnings)
	}

	files, res = buildFixtureEdited(t, "hybridhosted", "ossiva-hx.toml", func(s string) string { return s + "\n# the reasons as written\n" })
	plan = section(t, files["ossiva-hx/security-plan.md"], "### 9.10 ", "### 9.11 ")
	older = section(t, files["ossiva-hx/2.2/csd.md"], "### 5.5 ", "## 6")
	kindtest.SaysAll(t, "with its reason", plan+older, "**Why the fix of CVE-2024-24790 took longer than the 30-day commitment.**")
	kindtest.SaysNone(t, "with its reason", plan+older, "The fix of CVE-2024-24790", "The reason is not stated.")
	if warned(res.Warnings) {
		t.Errorf("check warns of the Go fix though its reason is stated: %v", res.Warnings)
	}
}
