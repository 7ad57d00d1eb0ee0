package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMSectionCountsJustifiedApart: a surgical robot's report called
// all five of its components, each given a justification by a support
// rule instead of a level, gaps the premarket guidance asks to close or
// justify, while its eSTAR entry for the same element said each is given
// a justification instead. A justification with no level is counted as
// the CSD counts it (inventory.Component.HasSupport); only a component
// with neither a level nor a justification is called a gap.
func TestSBOMSectionCountsJustifiedApart(t *testing.T) {
	on := content.NewDate(2026, 5, 15)
	s := summarize(&inventory.Inventory{List: []inventory.Component{
		{Justification: "Assessed per release; no end of support is published."},
		{},                    // nothing stated
		{Justification: "  "}, // blank: no justification
		{Support: "maintained", Justification: "Supported by its maker."},
		{Justification: "No end is published.", EndOfSupport: content.NewDate(2027, 1, 1)},
	}}, on)
	if s.NotAssessed != 4 || s.Justified != 2 || s.Maintained != 1 {
		t.Errorf("counted %+v; want 4 not stated, 2 of them justified, 1 maintained", s)
	}

	const (
		gap       = "A component whose support level is not stated is a gap the FDA premarket guidance (V.A.4.b) asks to close or justify."
		neither   = "A component with neither a stated support level nor a justification is a gap the FDA premarket guidance (V.A.4.b) asks to close or justify."
		justified = "given a justification instead"
	)
	for _, tc := range []struct {
		name        string
		justify     func(i int) string // the justification of the i-th component with no level
		says, never []string
	}{
		{"every one justified", func(int) string { return "Assessed per release." },
			[]string{"components with no level stated is given a justification instead (see the product security plan, 5.3)."},
			[]string{gap, neither, "is a gap"}},
		{"one justified", func(i int) string {
			if i == 0 {
				return "Assessed per release."
			}
			return ""
		}, []string{"1 of the ", " components with no level stated is given a justification instead (see the product security plan, 5.3). " + neither},
			[]string{gap}},
		{"none justified", func(int) string { return "" }, []string{gap}, []string{neither, justified}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			list := slices.Clone(p.Inventory.List)
			n := 0
			for i := range list {
				list[i].Support, list[i].Justification = "", ""
				if i%2 == 0 { // a level stated for half of them
					list[i].Support = "maintained"
					continue
				}
				list[i].Justification = tc.justify(n)
				n++
			}
			if n < 2 {
				t.Fatalf("the example lists %d components; want some with no level", len(list))
			}
			inv := *p.Inventory
			inv.List = list
			p.Inventory = &inv
			md := renderReport(t, c, p)
			kindtest.SaysAll(t, "report", md, tc.says...)
			kindtest.SaysNone(t, "report", md, tc.never...)
		})
	}
}
