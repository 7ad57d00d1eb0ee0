package content

import (
	"slices"
	"testing"
)

// TestLabelingItem2LinkedView: without [[diagrams]] check called item 2
// "empty" although the CSD links the security plan's global system view
// (or the risk report's data-flow diagram) a build publishes beside it.
// Item 2 is empty only when neither document is built; else incomplete,
// with the link said.
func TestLabelingItem2LinkedView(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 2 })]
	const own = "[[diagrams]]; the CSD has no diagram of its own, at most a link to "
	const where = " where that document describes the CSD's version"
	for _, tc := range []struct {
		name    string
		edit    func(p *Product)
		empty   bool
		missing []string
	}{
		{"CSD only", func(p *Product) { p.Documents.Build = []string{"csd"} }, true, []string{"[[diagrams]]"}},
		{"CSD and plan", func(p *Product) { p.Documents.Build = []string{"csd", "security_plan"} }, false,
			[]string{own + "the security plan's global system view" + where}},
		{"CSD and risk report", func(p *Product) {
			p.Documents.Build = []string{"csd", "risk_report"}
			p.Documents.RiskReport.ID = "RR-1"
		}, false, []string{own + "the risk report's data-flow diagram" + where}},
		{"every document", func(p *Product) { p.Documents.RiskReport.ID = "RR-1" }, false,
			[]string{own + "the risk report's data-flow diagram or the security plan's global system view" + where}},
		{"risk report listed without its document control", func(p *Product) {
			p.Documents.Build = []string{"csd", "risk_report"}
		}, true, []string{"[[diagrams]]"}},
		{"diagrams", func(p *Product) { p.Diagrams = []Diagram{{File: "net.png"}} }, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			tc.edit(p)
			if got := item.Missing(p); !slices.Equal(got, tc.missing) {
				t.Errorf("missing = %q, want %q", got, tc.missing)
			}
			if got := item.Empty(p); got != tc.empty {
				t.Errorf("empty = %v, want %v", got, tc.empty)
			}
		})
	}
}
