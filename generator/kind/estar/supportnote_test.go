package estar

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSupportRowCountsJustifications: a component without a support
// level may be given a justification instead, which the plan's 5.3
// shows; the row said "No component has a stated support level" and
// was not provided when every component had one (the surgical robot).
func TestSupportRowCountsJustifications(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		name      string
		levels    int // the first components keep a level
		justified int // the next only a justification
		provided  bool
		note      string
	}{
		{"every level", -1, 0, true, ""},
		{"none", 0, 0, false, "No component has a stated support level."},
		{"only justifications", 0, -1, true, "%d of %d components have no stated support level; each is given a justification instead."},
		{"one without, justified", -2, 1, true, "1 of %[2]d components has no stated support level; it is given a justification instead."},
		{"some levels, no justified", 2, 0, true, "%d of %d components have no stated support level."},
		{"some levels, one justified", 2, 1, true, "%d of %d components have no stated support level; 1 of them is given a justification instead."},
		{"some levels, two justified", 2, 2, true, "%d of %d components have no stated support level; 2 of them are given a justification instead."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			list := append(p.Inventory.List[:0:0], p.Inventory.List...)
			n := len(list)
			levels, justified := tc.levels, tc.justified
			switch levels {
			case -1:
				levels = n
			case -2:
				levels = n - 1
			}
			if justified == -1 {
				justified = n - levels
			}
			for i := range list {
				list[i].Justification = ""
				if i >= levels {
					list[i].Support = ""
					if i < levels+justified {
						list[i].Justification = "The supplier publishes no support policy."
					}
				} else if list[i].Support == "" {
					list[i].Support = content.SupportLevel("maintained")
				}
			}
			inv := *p.Inventory
			inv.List = list
			p.Inventory = &inv
			for _, r := range Rows(p) {
				if r.Guidance != "V.A.4.b" {
					continue
				}
				want := tc.note
				if strings.Contains(want, "%") {
					want = fmt.Sprintf(want, n-levels, n)
				}
				if r.Provided() != tc.provided || r.Note != want {
					t.Errorf("provided %v, note %q; want %v, %q", r.Provided(), r.Note, tc.provided, want)
				}
				return
			}
			t.Fatal("no V.A.4.b row")
		})
	}
}
