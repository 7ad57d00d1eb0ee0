package lifecycle

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNextMilestoneNotAnnounced: a supported version whose end of support
// the data does not give has a next milestone that is not announced, not
// "none scheduled"; one whose end of support is stated not to apply, or
// has passed, has none scheduled.
func TestNextMilestoneNotAnnounced(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(v *content.Version)
		want string
	}{
		{"no end of support written", func(v *content.Version) {
			var none content.Date
			v.EndOfMarketing, v.EndOfProduction, v.EndOfLife, v.EndOfSupport, v.EndOfGuaranteedSupport = none, none, none, none, none
		}, "| Support | Not announced |"},
		{"end of support not applicable", func(v *content.Version) {
			na := content.NotApplicableDate()
			v.EndOfMarketing, v.EndOfProduction, v.EndOfLife, v.EndOfSupport, v.EndOfGuaranteedSupport = na, na, na, na, na
		}, "| Support | None scheduled |"},
		{"a date ahead", func(v *content.Version) {}, "| Support | End of "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
			last := &p.Versions[len(p.Versions)-1]
			tc.edit(last)
			lp, _ := kindtest.Prepare(t, Kind, env, p)
			page := kindtest.Render(t, env, p, lp.Documents[0])
			row := ""
			for _, line := range strings.Split(page, "\n") {
				if strings.HasPrefix(line, "| "+last.Version+" |") {
					row = line
					break
				}
			}
			kindtest.SaysAll(t, "version "+last.Version+"'s row", row, tc.want)
		})
	}
}

// TestUnknownSupportSaid: a supported version whose component states
// neither a support level nor an end of supplier support (the example's
// 4.1.0 boot loader) is not covered by "none needs attention": the page
// says that component's support is not stated; 4.2.1, whose components
// all state theirs, gets no such sentence.
func TestUnknownSupportSaid(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	lp, _ := kindtest.Prepare(t, Kind, env, p)
	page := kindtest.Render(t, env, p, lp.Documents[0])
	section := func(v string) string {
		_, rest, ok := strings.Cut(page, "### Version "+v+"\n")
		if !ok {
			t.Fatalf("no section for version %s", v)
		}
		s, _, _ := strings.Cut(rest, "\n### ")
		return s
	}
	const said = "neither a support level nor an end of supplier support"
	kindtest.SaysAll(t, "version 4.1.0", section("4.1.0"), "3 of its other components state "+said+": whether their suppliers still support them is not stated.")
	kindtest.SaysNone(t, "version 4.2.1", section("4.2.1"), said)
}
