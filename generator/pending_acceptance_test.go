package generator

import (
	"strings"
	"testing"
)

// unconcluded leaves the overall residual-risk conclusion open, as a
// product with a pending threat does.
func unconcluded(s string) string {
	s = strings.Replace(s, `residual_conclusion = "The residual risk is acceptable."`, `residual_conclusion = "To be concluded."`, 1)
	s = strings.Replace(s, "residual_acceptable = true\n", "", 1)
	return s
}

// pendingWarning is the start of check's warning about a pending
// acceptance in a released version's risk report or eSTAR cross-reference.
const pendingWarning = "the acceptance of its residual risk is pending, but"

// TestPendingAcceptanceSaidAsToBeConcluded: a threat whose acceptance is
// pending is said, in the plan and in the risk report, to be still to be
// concluded, never accepted or not acceptable; before the first release
// check does not warn about it.
func TestPendingAcceptanceSaidAsToBeConcluded(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(string) string
		plan  []string // in pca1/security-plan.md
		risk  []string // in pca1/risk-report.md
		never []string // in neither
	}{
		{"one of two pending", func(s string) string {
			return strings.Replace(unconcluded(s), `acceptance = "acceptable"`, `acceptance = "pending"`, 1)
		}, []string{
			"| To be concluded |",
			"Of the 2 threats, 1 is acceptable after mitigation, 0 are acceptable with a recorded rationale, 0 are not acceptable and for 1 whether it is acceptable is still to be concluded.",
		}, []string{
			"| Acceptance to be concluded |",
			"Of the 2 threats, 1 has an acceptable residual risk and for T-01 whether it is acceptable is still to be concluded.",
		}, []string{"**Not acceptable**", "T-01 does not"}},
		{"every one pending", func(s string) string {
			return strings.ReplaceAll(unconcluded(s), `acceptance = "acceptable"`, `acceptance = "pending"`)
		}, []string{
			"Whether the residual risk of each of the 2 threats is acceptable is still to be concluded.",
		}, []string{
			"Whether the residual risk of each of the 2 threats is acceptable is still to be concluded.",
		}, []string{"**Not acceptable**", "Of the 2 threats", "| Acceptable |"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files, res := buildFixtureEdited(t, "premarket", "pca1.toml", tc.edit)
			docs := map[string][]string{"pca1/security-plan.md": tc.plan, "pca1/risk-report.md": tc.risk}
			for path, wants := range docs {
				for _, want := range wants {
					if !strings.Contains(files[path], want) {
						t.Errorf("%s lacks %q", path, want)
					}
				}
				for _, not := range tc.never {
					if strings.Contains(files[path], not) {
						t.Errorf("%s says %q", path, not)
					}
				}
			}
			for _, d := range res.Warnings {
				if strings.Contains(d.Message, pendingWarning) {
					t.Errorf("warned before the first release: %s", d.Message)
				}
			}
		})
	}
}

// TestPendingAcceptanceWarnedOnceReleased: the risk report of a released
// version cannot leave a threat's acceptance pending.
func TestPendingAcceptanceWarnedOnceReleased(t *testing.T) {
	_, res := buildFixtureEdited(t, "aed", "lifeguard.toml", func(s string) string {
		return strings.Replace(unconcluded(s), `acceptance = "acceptable"`, `acceptance = "pending"`, 1)
	})
	var got []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, pendingWarning) {
			got = append(got, d.Path+": "+d.Message)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "threats[0].acceptance: T-01: ") || !strings.Contains(got[0], "the risk report (") {
		t.Errorf("want one warning at threats[0].acceptance naming the risk report; got %q", got)
	}
}
