package content

import (
	"strings"
	"testing"
)

// TestRuleDoneAfterRelease: a verification date, the penetration test's
// end or the risk acceptance after the release of a document stating it
// is a warning; on or before, or with no such document built, nothing.
func TestRuleDoneAfterRelease(t *testing.T) {
	d := NewDate
	base := func() *Product {
		p := &Product{}
		p.Documents.SecurityPlan = DocumentControl{ID: "P-1", Revision: "A", ReleaseDate: d(2026, 3, 2)}
		p.Documents.RiskReport.DocumentControl = DocumentControl{ID: "R-1", Revision: "A", ReleaseDate: d(2026, 3, 2)}
		p.Verification.Activities = []Activity{{ID: "V-1", Date: d(2026, 2, 1)}}
		p.Verification.PenTest = PenTest{Start: d(2026, 1, 5), End: d(2026, 1, 20)}
		p.Risk.AcceptedOn = d(2026, 2, 27)
		return p
	}
	tests := []struct {
		name string
		edit func(p *Product)
		want string // the path and message start; "" for none
	}{
		{"all before", func(*Product) {}, ""},
		{"on the day", func(p *Product) { p.Verification.Activities[0].Date = d(2026, 3, 2) }, ""},
		{"activity after", func(p *Product) { p.Verification.Activities[0].Date = d(2026, 6, 15) },
			"verification.activities[0].date: V-1 is run on 2026-06-15, after the security plan (P-1 revision A) was released on 2026-03-02"},
		{"pen test after", func(p *Product) { p.Verification.PenTest.End = d(2026, 6, 15) },
			"verification.penetration_test.end: the penetration test ends on 2026-06-15, after the security plan"},
		{"accepted after the report", func(p *Product) { p.Risk.AcceptedOn = d(2026, 5, 1) },
			"risk.accepted_on: the residual risk is accepted on 2026-05-01, after the risk report (R-1 revision A)"},
		{"no document built", func(p *Product) {
			p.Documents.Build = []string{"mds2"}
			p.Verification.Activities[0].Date = d(2026, 6, 15)
		}, ""},
		{"accepted after, no risk report", func(p *Product) {
			p.Documents.RiskReport = SubmissionControl{}
			p.Risk.AcceptedOn = d(2026, 5, 1)
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			wantDoneAfterRelease(t, ruleDoneAfterRelease(p), tc.want)
		})
	}
}

// wantDoneAfterRelease checks ruleDoneAfterRelease's diagnostics: none
// when want is "", else exactly one, whose "path: message" starts with
// want.
func wantDoneAfterRelease(t *testing.T, got Diagnostics, want string) {
	t.Helper()
	if want == "" {
		if len(got) > 0 {
			t.Errorf("got %v; want nothing", got)
		}
		return
	}
	if len(got) != 1 || !strings.HasPrefix(got[0].Path+": "+got[0].Message, want) {
		t.Errorf("got %v; want one starting %q", got, want)
	}
}
