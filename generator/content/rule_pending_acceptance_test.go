package content

import (
	"strings"
	"testing"
)

// TestRulePendingAcceptanceReleased: a pending acceptance is warned
// about only in a built risk report or eSTAR cross-reference about a
// version generally available on the date the document speaks as of.
func TestRulePendingAcceptanceReleased(t *testing.T) {
	asOf := NewDate(2026, 6, 1)
	tests := []struct {
		name   string
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"released risk report warns", nil,
			"threats[0].acceptance: T-1: the acceptance of its residual risk is pending, but the risk report (RR-1 revision A) is about version 1.0, generally available since 2026-01-10"},
		{"released eSTAR warns", func(p *Product) {
			p.Documents.Build = []string{"estar"}
			p.Documents.ESTAR.DocumentControl = DocumentControl{ID: "ES-1", Revision: "B"}
		}, "but the eSTAR cross-reference (ES-1 revision B) is about version 1.0"},
		{"decided acceptance passes", func(p *Product) { p.Threats[0].Acceptance = "acceptable" }, ""},
		{"report released before general availability passes", func(p *Product) { p.Documents.RiskReport.ReleaseDate = NewDate(2026, 1, 5) }, ""},
		{"no release date: speaks as of the build, after general availability, warns", func(p *Product) { p.Documents.RiskReport.ReleaseDate = Date{} }, "is about version 1.0"},
		{"risk report not built passes", func(p *Product) { p.Documents.Build = []string{"security_plan", "csd"} }, ""},
		{"risk report without its document control passes", func(p *Product) { p.Documents.RiskReport = SubmissionControl{} }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := riskProduct()
			p.Threats[0].Acceptance = "pending"
			p.Versions = []Version{{Version: "1.0", GeneralAvailability: NewDate(2026, 1, 10)}}
			p.Documents.Build = []string{"security_plan", "risk_report"}
			p.Documents.RiskReport.DocumentControl = DocumentControl{ID: "RR-1", Revision: "A", ReleaseDate: NewDate(2026, 3, 1)}
			if tc.modify != nil {
				tc.modify(p)
			}
			var got []string
			for _, d := range RulePendingAcceptanceReleased(p, asOf) {
				got = append(got, d.Path+": "+d.Message)
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("got %q, want none", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("got %q, want one containing %q", got, tc.want)
			}
		})
	}
}

// TestEvaluatePending: a pending acceptance is neither acceptable nor
// decided not acceptable.
func TestEvaluatePending(t *testing.T) {
	p := riskProduct()
	p.Threats[0].Acceptance = "pending"
	if ev := p.Evaluate(p.Threats[0]); !ev.Pending || ev.Acceptable {
		t.Errorf("Pending = %v, Acceptable = %v; want true, false", ev.Pending, ev.Acceptable)
	}
	p.Threats[0].Acceptance = "acceptable"
	if ev := p.Evaluate(p.Threats[0]); ev.Pending || !ev.Acceptable {
		t.Errorf("acceptable: Pending = %v, Acceptable = %v; want false, true", ev.Pending, ev.Acceptable)
	}
}
