package lifecycle

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAnnotatedComponentsSayWhoseSupport: section 7 said lifecycle.json
// holds the supplier support of the components the manufacturer
// "annotates itself", counting an entry with only notes, whose support
// the SBOM file or a rule gives (the CSD's source column says so). The
// page now says how many of them carry the manufacturer's own assessment:
// the example's qtbase 6.8.3 entry gives only notes; given a level of its
// own, every annotated component is assessed by the manufacturer.
func TestAnnotatedComponentsSayWhoseSupport(t *testing.T) {
	const entry = "name = \"qtbase\"\nversion = \"6.8.3\"\n"
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		want, never string
	}{
		{"notes only: the rule's", nil,
			"of version `4.2.1` that Meridian Infusion Systems, Inc. annotates (12 of them with its own assessment of that support)",
			"annotates itself"},
		{"a level of its own", func(s string) string { return strings.Replace(s, entry, entry+"support = \"maintained\"\n", 1) },
			"of version `4.2.1` that Meridian Infusion Systems, Inc. annotates (each with its own assessment of that support)",
			"of them with"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, dir := kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content"
			if tc.edit != nil {
				site, dir = kindtest.CopyRepo(t, site, dir, "halcyon-lvp7.toml", tc.edit)
			}
			env, p, _ := loadExample(t, site, dir)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			page := kindtest.Render(t, env, p, prep.Documents[0])
			kindtest.SaysAll(t, "lifecycle.md", page, tc.want)
			kindtest.SaysNone(t, "lifecycle.md", page, tc.never)
		})
	}
}
