package lifecycle

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentsAssessedAreTheAnnotatedOnes: the page's "components
// assessed one by one" are the manufacturer's own assessment, so only
// those whose support comes from their [[components]] entry (a level, an
// end of support or a justification: the CSD's "Annotation").
// The example's qtbase 6.8.3 entry gives only notes (its level and date
// come from the rule qt-6.8-lts) and was counted; given a level of its
// own, it is.
func TestComponentsAssessedAreTheAnnotatedOnes(t *testing.T) {
	const entry = "name = \"qtbase\"\nversion = \"6.8.3\"\n"
	for _, tc := range []struct {
		name   string
		edit   func(string) string
		listed bool
	}{
		{"notes only: the rule's", nil, false},
		{"a level of its own", func(s string) string { return strings.Replace(s, entry, entry+"support = \"maintained\"\n", 1) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, dir := kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content"
			if tc.edit != nil {
				site, dir = kindtest.CopyRepo(t, site, dir, "halcyon-lvp7.toml", tc.edit)
			}
			env, p, _ := loadExample(t, site, dir)
			v := view(env, p)
			listed := false
			for _, c := range v.Components {
				if !c.OwnAssessment() {
					t.Errorf("%s %s singled out, its support from %q", c.Name, c.Version, c.Origin.Label())
				}
				listed = listed || (c.Name == "qtbase" && c.Version == "6.8.3")
			}
			if listed != tc.listed {
				t.Errorf("qtbase 6.8.3 singled out: %v, want %v", listed, tc.listed)
			}
			if len(v.Components) == 0 || len(v.Components) >= v.Listed {
				t.Errorf("%d of %d components singled out", len(v.Components), v.Listed)
			}
		})
	}
}
