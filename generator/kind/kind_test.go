package kind

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestVersionControl: another version's document gets its own number and
// keeps the revisions about every version and about itself, and the
// current revision, but not a revision about another version only.
func TestVersionControl(t *testing.T) {
	c := content.DocumentControl{ID: "CSD-001", Revision: "D", History: []content.Revision{
		{Revision: "A", Summary: "first release"},
		{Revision: "B", Summary: "4.1.0 login", Versions: []string{"4.1.0"}},
		{Revision: "C", Summary: "4.2.1 features", Versions: []string{"4.2.1"}},
		{Revision: "D", Summary: "annual review"},
	}}
	revisions := func(c content.DocumentControl) string {
		var out []string
		for _, r := range c.History {
			out = append(out, r.Revision)
		}
		return strings.Join(out, "")
	}
	for _, tc := range []struct{ version, id, want string }{
		{"4.1.0", "CSD-001-4.1.0", "ABD"},
		{"4.2.1", "CSD-001-4.2.1", "ACD"},
		{"3.8.2", "CSD-001-3.8.2", "AD"},
	} {
		got := VersionControl(c, tc.version)
		if got.ID != tc.id || revisions(got) != tc.want {
			t.Errorf("VersionControl(%s) = %s with revisions %s; want %s with %s", tc.version, got.ID, revisions(got), tc.id, tc.want)
		}
	}
	// The current revision stays even when it names another version.
	c.History[3].Versions = []string{"4.2.1"}
	if got := revisions(VersionControl(c, "4.1.0")); got != "ABD" {
		t.Errorf("current revision dropped: %s", got)
	}
	if revisions(c) != "ABCD" {
		t.Errorf("the current version's document control was changed: %s", revisions(c))
	}
}

// TestIssuedByLeavesOutTheCSDOfEveryVersion: a document released before
// the CSD was first issued names no CSD, about any version: CSDOf goes
// with CSD.
func TestIssuedByLeavesOutTheCSDOfEveryVersion(t *testing.T) {
	p := &content.Product{}
	p.Documents.CSD.ReleaseDate = content.NewDate(2026, 1, 1)
	b := Built{CSD: true, CSDOf: map[string]string{"2.1": "csd", "2.0": "2.0/csd"}}
	before := b.IssuedBy(p, content.NewDate(2025, 6, 1))
	if before.CSD || before.CSDOf != nil {
		t.Errorf("released before the CSD: CSD %v, CSDOf %v; want false, nil", before.CSD, before.CSDOf)
	}
	after := b.IssuedBy(p, content.NewDate(2026, 2, 1))
	if !after.CSD || len(after.CSDOf) != 2 {
		t.Errorf("released after the CSD: CSD %v, CSDOf %v; want true and both versions", after.CSD, after.CSDOf)
	}
}

type slugOnly string

func (s slugOnly) Slug() string { return string(s) }
func (slugOnly) Prepare(*Env, []Product) ([]Prepared, content.Diagnostics) {
	return nil, nil
}

// TestBuiltDataFlowOfItsVersion: the risk report's data-flow drawing is
// published for the version the report is about (its About); a CSD about
// that version may point to it, a CSD about another version may not (the
// drawing is not of its version), nor one released before the report was
// first issued (the drawing did not exist yet), nor any document when the
// report draws none.
func TestBuiltDataFlowOfItsVersion(t *testing.T) {
	kinds := []Kind{slugOnly("risk-report")}
	report := Document{Path: "risk-report", About: "3.0"}
	drawn := []Prepared{{Documents: []Document{report}, Files: []File{{Path: "views/data-flows.svg"}, {Path: "views/threat-path-T-01.svg"}}, DataFlow: "views/data-flows.svg"}}
	undrawn := []Prepared{{Documents: []Document{report}, Files: []File{{Path: "views/threat-path-T-01.svg"}}}}
	p := Product{Product: &content.Product{Versions: []content.Version{{Version: "2.3"}, {Version: "3.0"}}},
		ByVersion: map[string]Product{"2.3": {VersionOf: "2.3"}, "3.0": {VersionOf: "3.0"}}, VersionOf: "3.0"}
	p.Documents.RiskReport.ReleaseDate = content.NewDate(2026, 1, 1)
	b := BuiltOf(kinds, drawn, p)
	if b.DataFlow != "views/data-flows.svg" || b.DataFlowOf != "3.0" {
		t.Fatalf("BuiltOf: DataFlow %q of %q; want views/data-flows.svg of 3.0", b.DataFlow, b.DataFlowOf)
	}
	on := content.NewDate(2026, 2, 1)
	for _, c := range []struct {
		name  string
		b     Built
		about string
		on    content.Date
		want  string
	}{
		{"a CSD about the drawn version", b, "3.0", on, "views/data-flows.svg"},
		{"a CSD about another version", b, "2.3", on, ""},
		{"a CSD released before the report", b, "3.0", content.NewDate(2025, 6, 1), ""},
		{"a report that draws no flows", BuiltOf(kinds, undrawn, p), "3.0", on, ""},
	} {
		got := c.b.For(p, c.about, c.on).IssuedBy(p.Product, c.on)
		if got.DataFlow != c.want {
			t.Errorf("%s: DataFlow %q; want %q", c.name, got.DataFlow, c.want)
		}
	}
}

// TestBuiltDataFlowFromThePlan: without a risk report's drawing, the
// security plan's global system view, which draws every flow in its
// trust zone, is the drawing a CSD points to (cloudsamd's CSD said it
// included no diagram and pointed nowhere, while the site published the
// view); the risk report's drawing comes first, whichever kind is
// listed first; and a CSD released before the plan was first issued does
// not point to the plan's view.
func TestBuiltDataFlowFromThePlan(t *testing.T) {
	plan := Prepared{Documents: []Document{{Path: "security-plan", About: "3.0"}}, Files: []File{{Path: "views/global-system.svg"}}, DataFlow: "views/global-system.svg"}
	report := Prepared{Documents: []Document{{Path: "risk-report", About: "3.0"}}, Files: []File{{Path: "views/data-flows.svg"}}, DataFlow: "views/data-flows.svg"}
	p := Product{Product: &content.Product{Versions: []content.Version{{Version: "3.0"}}}, ByVersion: map[string]Product{"3.0": {VersionOf: "3.0"}}, VersionOf: "3.0"}
	p.Documents.SecurityPlan.ReleaseDate = content.NewDate(2026, 1, 1)
	p.Documents.RiskReport.ReleaseDate = content.NewDate(2026, 1, 1)
	on := content.NewDate(2026, 2, 1)
	for _, c := range []struct {
		name     string
		kinds    []Kind
		prepared []Prepared
		on       content.Date
		want     string
		from     string
	}{
		{"the plan alone", []Kind{slugOnly("security-plan")}, []Prepared{plan}, on, "views/global-system.svg", "security-plan"},
		{"the plan, then the report", []Kind{slugOnly("security-plan"), slugOnly("risk-report")}, []Prepared{plan, report}, on, "views/data-flows.svg", "risk-report"},
		{"the report, then the plan", []Kind{slugOnly("risk-report"), slugOnly("security-plan")}, []Prepared{report, plan}, on, "views/data-flows.svg", "risk-report"},
		{"a CSD released before the plan", []Kind{slugOnly("security-plan")}, []Prepared{plan}, content.NewDate(2025, 6, 1), "", ""},
		{"a plan without the view", []Kind{slugOnly("security-plan")}, []Prepared{{Documents: plan.Documents}}, on, "", ""},
	} {
		got := BuiltOf(c.kinds, c.prepared, p).For(p, "3.0", c.on).IssuedBy(p.Product, c.on)
		if got.DataFlow != c.want || got.DataFlowFrom != c.from {
			t.Errorf("%s: DataFlow %q from %q; want %q from %q", c.name, got.DataFlow, got.DataFlowFrom, c.want, c.from)
		}
	}
}
