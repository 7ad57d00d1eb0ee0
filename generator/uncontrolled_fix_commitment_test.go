package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUncontrolledFixHeldAsNoticeStates: the CSD's section 6 and the
// plan's 9.6 hold the out-of-cycle fix for monitoring's 3.4, whose
// regular releases notice VMS-EOS-2024-01 stopped saying what remains
// (its own software's fixes only in 4.0), only as far as the notice
// states; content.FixCommitmentFor held it flatly, so that an open fix of
// CVE-2025-67410 past its 60 days (its identification moved back to 1
// October 2025) was "longer than the 60-day commitment" in 3.4's section
// 5.5, and the plan joined 3.4 and 4.0 in one late fix. 4.0, still
// getting regular releases, keeps the late fix.
func TestUncontrolledFixHeldAsNoticeStates(t *testing.T) {
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", kindtest.Replace("discovered = 2025-12-15\n", "discovered = 2025-10-01\n"))
	const late = "of CVE-2025-67410 takes longer than the 60-day commitment."
	const held = "The 60-day commitment holds for %s only as far as notice VMS-EOS-2024-01, which stopped its regular releases on 3 June 2024, states: whether it holds for this fix is not stated."
	for _, tc := range []struct {
		path       string
		says, nots []string
	}{
		{"sentinel-pm/3.4/csd.md",
			[]string{"**The fix of CVE-2025-67410 in this version.** On 19 January 2026, 110 days after Vantor Medical Systems, Inc. identified the vulnerability (1 October 2025), no fix for this version has been released. " + strings.Replace(held, "%s", "this version", 1)},
			[]string{late}},
		{"sentinel-pm/csd.md", []string{"**The fix " + late + "**"}, []string{"only as far as notice VMS-EOS-2024-01, which stopped"}},
		{"sentinel-pm/security-plan.md",
			[]string{"**The fix of CVE-2025-67410 in version `3.4`.** On 19 January 2026, 110 days after the vulnerability was identified (1 October 2025), no fix for version `3.4` has been released. " + strings.Replace(held, "%s", "version `3.4`", 1),
				"no fix for version `4.0` has been released"},
			[]string{"no fix for versions `3.4` and `4.0`"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			md, ok := files[tc.path]
			if !ok {
				t.Fatalf("%s not built", tc.path)
			}
			kindtest.SaysAll(t, tc.path, md, tc.says...)
			kindtest.SaysNone(t, tc.path, md, tc.nots...)
		})
	}
}

// TestPlanLimitedSupportVersionNotStated: selfhosted's plan stated the
// patch commitments in 9.6 with no word for 2.2, in limited support since
// 15 June 2026 with no notice stating what remains, while its 9.10 and
// 2.2's CSD said whether they held for 2.2 was not stated.
func TestPlanLimitedSupportVersionNotStated(t *testing.T) {
	plan := buildFixture(t, "selfhosted")("cortexa-fx/security-plan.md")
	kindtest.SaysAll(t, "selfhosted plan", plan,
		"out-of-cycle releases for uncontrolled risks. Version `2.2` has been in limited support since 15 June 2026, and what maintenance it still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 16 November 2026 states it. Whether these commitments still hold for it is not stated either.\n",
		"whether it holds for version `2.2`, in limited support when the fix fell due (from 15 June 2026), is not stated")
}
