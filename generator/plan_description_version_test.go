package generator

import (
	"regexp"
	"strings"
	"testing"
)

// TestPlanSaysWhichVersionItsDescriptionIs: the Dosewise plan covers
// 2.2.1 and 2.3.0 but printed 2.3.0's description (heparin, OpenID
// Connect; versions.changes.description) as the product's, which 2.2.1,
// SAML only, is not. The section now says whose description it is and
// which covered versions differ; where every covered version shares it,
// nothing is added.
func TestPlanSaysWhichVersionItsDescriptionIs(t *testing.T) {
	const note = "This description is of version `2.3.0`; version `2.2.1` differs from it (1.3 summarises each version covered)."
	dropChangedDescription := func(s string) string {
		return regexp.MustCompile(`(?s)\[versions\.changes\]\ndescription = """.*?"""\n`).ReplaceAllString(s, "[versions.changes]\n")
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		says bool
	}{
		{"2.3.0 rewrites the description", nil, true},
		{"every version shares it", dropChangedDescription, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := ""
			if tc.edit != nil {
				file = "dosewise.toml"
			}
			plan := exampleFilesEdited(t, file, tc.edit)["dosewise/security-plan.md"]
			if plan == "" {
				t.Fatal("no Dosewise plan built")
			}
			if got := strings.Contains(plan, note); got != tc.says {
				t.Errorf("plan says %q: %v, want %v", note, got, tc.says)
			}
			if !tc.says && strings.Contains(plan, "This description is of version") {
				t.Error("plan names a described version though every covered version shares the description")
			}
		})
	}
}
