package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestUnansweredGroupedBySection: a sparse product's form reports the
// questions nothing answers and nothing hints at as one warning per
// section, naming them in catalog order, in catalog order of the
// sections (after sorting, as the build does); a question whose warning
// says what would decide it keeps a warning of its own; the form still
// says "Not stated" for each.
func TestUnansweredGroupedBySection(t *testing.T) {
	cat := shippedCatalog(t)
	w := newWorld()
	form, diags := resolveMDS2(w.env(), cat, kind.Product{Product: w.p, Inventory: w.inv})

	// Expected: each section's plain unanswered questions, in catalog order.
	type group struct {
		code string
		ids  []string
	}
	var want []group
	for _, sec := range form.Sections {
		var ids []string
		for _, row := range sec.Rows {
			if row.Kind == mds2.KindYesNo && row.Basis == mds2.BasisNotStated {
				ids = append(ids, row.ID)
			}
		}
		if len(ids) > 0 {
			want = append(want, group{sec.Code, ids})
		}
	}
	if len(want) < 5 {
		t.Fatalf("the sparse product leaves %d sections with unanswered questions; the test needs a sparse product", len(want))
	}

	diags.Sort()
	var grouped []content.Diagnostic
	perQuestion := 0
	hinted := 0
	for _, d := range diags {
		switch {
		case strings.HasPrefix(d.Message, "section ") && strings.Contains(d.Message, "no answer"):
			grouped = append(grouped, d)
		case strings.Contains(d.Message, " has no answer"):
			perQuestion++
			if !strings.Contains(d.Message, "; or state ") && !strings.Contains(d.Message, `so answer "no" or "na"`) &&
				!strings.Contains(d.Message, "(a text answer)") {
				hint := d.Message[strings.Index(d.Message, `[mds2.answers]`)+len(`[mds2.answers]`):]
				if hint == `; the form says "Not stated"` {
					t.Errorf("a question without a hint kept a warning of its own: %s", d)
				}
			}
			if strings.Contains(d.Message, "; or state ") {
				hinted++
			}
		}
	}
	if hinted == 0 {
		t.Errorf("no question kept its own warning with a hint naming the facts that would decide it")
	}
	// Every section with an unanswered question that has no hint: one
	// grouped warning, in catalog order.
	var codes []string
	for _, d := range grouped {
		code, _, _ := strings.Cut(strings.TrimPrefix(d.Message, "section "), " ")
		codes = append(codes, code)
		if d.Path != "mds2.answers" || d.File != testProductFile || d.Line != 1 {
			t.Errorf("grouped warning not placed at mds2.answers in the product file: %s", d)
		}
		if d.Severity != content.Warning {
			t.Errorf("grouped warning is not a warning: %s", d)
		}
	}
	var order []string
	for _, g := range want {
		for _, c := range codes {
			if c == g.code {
				order = append(order, c)
			}
		}
	}
	if strings.Join(order, " ") != strings.Join(codes, " ") || len(codes) == 0 {
		t.Errorf("grouped warnings %v, want one per section in catalog order (sections with unanswered questions: %v)", codes, want)
	}
	rows := 0
	for _, g := range want {
		rows += len(g.ids)
	}
	if len(grouped)+perQuestion >= rows {
		t.Errorf("%d grouped and %d per-question warnings for %d unanswered questions: not grouped", len(grouped), perQuestion, rows)
	}
	// AUDT's plain questions in one line, in catalog order, with the
	// section title.
	for _, d := range grouped {
		if strings.HasPrefix(d.Message, "section AUDT (") {
			sec, _ := cat.Section("AUDT")
			if !strings.Contains(d.Message, sec.Title) || !strings.Contains(d.Message, "AUDT-1, AUDT-1.1") || strings.Contains(d.Message, "\n") {
				t.Errorf("AUDT warning: %s", d.Message)
			}
		}
	}
}

// warnsUnanswered reports whether diags (diagnostics, one a line) warn
// that question id has no answer: in a warning of its own, or among its
// section's questions that nothing hints at (groupUnanswered).
func warnsUnanswered(diags, id string) bool {
	for _, line := range strings.Split(diags, "\n") {
		if strings.Contains(line, "mds2.answers."+id+": "+id+" has no answer") {
			return true
		}
		_, rest, ok := strings.Cut(line, "mds2.answers: section ")
		if !ok {
			continue
		}
		_, rest, _ = strings.Cut(rest, "): ")
		if strings.HasPrefix(rest, id+" has no answer (") {
			return true
		}
		_, list, ok := strings.Cut(rest, " questions have no answer: ")
		if !ok {
			continue
		}
		list, _, _ = strings.Cut(list, ";")
		for _, x := range strings.Split(strings.ReplaceAll(list, " and ", ", "), ", ") {
			if x == id {
				return true
			}
		}
	}
	return false
}
