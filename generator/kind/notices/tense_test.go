package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentSupportTense: a component notice speaks as of its release:
// a supplier's end of support after it "ends", one on or before it has
// "ended" (a notice may well be issued after the supplier's support
// ended), never "ends" on a day already past.
func TestComponentSupportTense(t *testing.T) {
	for _, tc := range []struct {
		name     string
		released content.Date
		want     []string
		not      []string
	}{
		{"released before both ends", content.NewDate(2026, 1, 20),
			[]string{"- linux-imx `6.6.52`: supplier support ends 31 December 2026.", "- openssl `3.0.16`: supplier support ends 7 September 2026."},
			[]string{"supplier support ended on"}},
		{"released on openssl's end of support", content.NewDate(2026, 9, 7),
			[]string{"- linux-imx `6.6.52`: supplier support ends 31 December 2026.", "- openssl `3.0.16`: supplier support ended on 7 September 2026."},
			[]string{"supplier support ends 7 September"}},
		{"released after both", content.NewDate(2027, 1, 15),
			[]string{"- linux-imx `6.6.52`: supplier support ended on 31 December 2026.", "- openssl `3.0.16`: supplier support ended on 7 September 2026."},
			[]string{"supplier support ends 31 December", "supplier support ends 7 September"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			found := false
			for i := range p.Notices {
				if p.Notices[i].Kind == "component_end_of_support" {
					p.Notices[i].Document.ReleaseDate = tc.released
					p.Notices[i].Document.History = nil
					found = true
				}
			}
			if !found {
				t.Fatal("the example has no component notice")
			}
			env := kindtest.Env(c, content.NewDate(2027, 6, 1))
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			for _, doc := range prep.Documents {
				if !strings.HasPrefix(doc.Path, "notices/ceos-") {
					continue
				}
				md := kindtest.Render(t, env, p, doc)
				kindtest.SaysAll(t, doc.Path, md, tc.want...)
				kindtest.SaysNone(t, doc.Path, md, tc.not...)
				return
			}
			t.Fatal("no component notice rendered")
		})
	}
}
