package estar

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRowsAgreeWithoutReport: with the plan built and the risk report
// not, the row named after the report says no separate report is built
// (it answered with the plan's section 4 as if it were the report, while
// two rows later the report was "not built"), and the traceability row
// links the plan's sections that trace threats, controls, requirements
// and tests rather than saying it is not provided (exoskeleton finding 3).
// The unresolved-anomalies row, which the plan does not answer, still
// names the report as not built.
func TestRowsAgreeWithoutReport(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Documents.Build = []string{"estar", "security_plan", "csd", "mds2"}
	rows := Rows(p)
	const none = "No separate Cybersecurity Risk Management Report is built for this product; the Product Security Plan answers in its place."
	if r := rowOf(rows, "Cybersecurity risk management report"); !r.Provided() || r.Note != none {
		t.Errorf("report row: answers %+v, note %q; want the plan with %q", r.Answers, r.Note, none)
	}
	tr := rowOf(rows, "Traceability: threat model, risk assessment, controls and testing")
	var hrefs []string
	for _, a := range tr.Answers {
		hrefs = append(hrefs, a.Href)
	}
	want := []string{"security-plan.html#4-7-threat-model", "security-plan.html#7-security-controls-by-fda-category", "security-plan.html#6-1-security-requirements"}
	if strings.Join(hrefs, " ") != strings.Join(want, " ") || !strings.HasPrefix(tr.Note, none+" "+planTraces) {
		t.Errorf("traceability: answers %v, note %q; want %v with %q", hrefs, tr.Note, want, none+" "+planTraces)
	}
	if r := rowOf(rows, "Unresolved anomalies assessment"); r.Provided() || !strings.Contains(r.Note, "Cybersecurity Risk Management Report, which is not built") {
		t.Errorf("anomalies: %+v", r)
	}
	// With the report built, the rows link it alone, with no note.
	p.Documents.Build = append(p.Documents.Build, "risk_report")
	rows = Rows(p)
	if r := rowOf(rows, "Cybersecurity risk management report"); r.Note != "" {
		t.Errorf("report built: note %q", r.Note)
	}
	if r := rowOf(rows, "Traceability: threat model, risk assessment, controls and testing"); len(r.Answers) != 1 || r.Answers[0].Href != "risk-report.html#9-traceability-matrix" || r.Note != "" {
		t.Errorf("report built: traceability %+v", r)
	}
}

// TestTracingGapsWithoutReport: the plan's tracing has the matrix's gaps,
// said of the tracing, not of a matrix that is not built.
func TestTracingGapsWithoutReport(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Documents.Build = []string{"estar", "security_plan"}
	p.Controls = slices.Clone(p.Controls[:1])
	p.Controls[0].Requirements, p.Controls[0].Verification = nil, nil
	r := rowOf(Rows(p), "Traceability: threat model, risk assessment, controls and testing")
	if !strings.HasSuffix(r.Note, " The tracing has gaps: its one control is verified by no test and is traced to no requirement.") || strings.Contains(r.Note, "matrix") {
		t.Errorf("note %q", r.Note)
	}
}
