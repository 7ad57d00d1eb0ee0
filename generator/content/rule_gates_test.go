package content

import (
	"strings"
	"testing"
)

// TestReviewRulesGatedOnBuiltDocuments: each review rule warns only
// where a built document prints what it checks, and still warns there.
func TestReviewRulesGatedOnBuiltDocuments(t *testing.T) {
	rules := []struct {
		name   string
		rule   func(*Product) Diagnostics
		modify func(p *Product)
		want   string
		prints [][]string // builds that print what the rule checks
		silent [][]string // builds that do not
	}{
		{"control mitigates nothing", ruleControlMitigatesNothing, func(p *Product) { p.Threats[0].Controls = nil },
			"control C-1 mitigates no threat",
			[][]string{{"security_plan"}, {"risk_report"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices"}, {"estar"}}},
		{"patch timeline unjustified", rulePatchTimelineUnjustified, func(p *Product) { p.Postmarket.Patching.Justification = "" },
			"have no justification",
			[][]string{{"security_plan"}, {"csd"}, {"lifecycle"}}, [][]string{{"mds2"}, {"risk_report", "estar", "notices"}}},
		{"rationale cites labeling", ruleRationaleCitesLabelingWithoutItem, func(p *Product) { p.Threats[0].Rationale = "The labeling says so." },
			"the rationale relies on the labeling",
			[][]string{{"security_plan"}, {"risk_report"}, {"csd"}}, [][]string{{"mds2"}, {"lifecycle", "notices", "estar"}}},
		{"threat controls miss its path", ruleThreatControlsMissPath, func(p *Product) { p.Controls[0].Phases = nil },
			"arises in the supply chain phase",
			[][]string{{"security_plan"}, {"risk_report"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "estar"}}},
		{"disclosure before fix", ruleDisclosureBeforeFix, func(p *Product) { p.Postmarket.CVD.DisclosureDays = 45 },
			"public disclosure is targeted at 45 days",
			[][]string{{"security_plan"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "risk_report", "estar"}}},
		{"deferred finding without interim plan", ruleDeferredFindingWithoutInterimPlan, func(p *Product) { p.Verification.PenTest.Findings[0].Status = "deferred" },
			"finding PT-1 is deferred without interim_plan",
			[][]string{{"security_plan"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "risk_report", "estar"}}},
		{"accepted but not acceptable", ruleAcceptedButNotAcceptable, func(p *Product) {
			p.Risk.AcceptedOn, p.Risk.ResidualAcceptable = NewDate(2026, 1, 26), False
		}, "the residual risk is accepted on 2026-01-26",
			[][]string{{"risk_report"}}, [][]string{{"security_plan"}, {"mds2"}, {"csd", "lifecycle", "notices", "estar"}}},
		{"uncontrolled accepted without rationale", ruleUncontrolledAcceptedWithoutRationale, func(p *Product) { p.Threats[0].PostScore = 5.0 },
			"accepted without a rationale",
			[][]string{{"security_plan"}, {"risk_report"}, {"csd"}}, [][]string{{"mds2"}, {"lifecycle", "notices", "estar"}}},
		{"threat controls unverified", ruleThreatControlsUnverified, func(p *Product) { p.Requirements[0].Verification = nil },
			"not verified by any test",
			[][]string{{"security_plan"}, {"risk_report"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "estar"}}},
		{"control without requirement", ruleControlWithoutRequirement, func(p *Product) { p.Controls[0].Requirements = nil },
			"is not traced to any security requirement",
			[][]string{{"security_plan"}, {"risk_report"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "estar"}}},
		{"residual conclusion contradicted", ruleResidualConclusionContradicted, func(p *Product) { p.Threats[0].Acceptance = "not_acceptable" },
			"the residual risk of T-1 is not acceptable",
			[][]string{{"security_plan"}, {"risk_report"}}, [][]string{{"mds2"}, {"csd", "lifecycle", "notices", "estar"}}},
	}
	for _, r := range rules {
		for _, tc := range []struct {
			builds [][]string
			warned bool
		}{{r.prints, true}, {r.silent, false}} {
			for _, build := range tc.builds {
				t.Run(r.name+"/"+strings.Join(build, "+"), func(t *testing.T) {
					p := reviewProduct()
					p.Documents.RiskReport.ID, p.Documents.ESTAR.ID = "RR-1", "ES-1"
					p.Documents.Build = build
					r.modify(p)
					var got []string
					for _, d := range r.rule(p) {
						got = append(got, d.Path+": "+d.Message)
					}
					warned := strings.Contains(strings.Join(got, "\n"), r.want)
					if warned != tc.warned {
						t.Errorf("warned = %v, want %v; diagnostics: %q", warned, tc.warned, got)
					}
				})
			}
		}
	}
}

// TestReviewRulesNeedTheirDocumentControl: the risk report without its
// document control is not built, so a rule only it would print is silent.
func TestReviewRulesNeedTheirDocumentControl(t *testing.T) {
	p := reviewProduct()
	p.Documents.Build = []string{"risk_report"}
	p.Risk.AcceptedOn, p.Risk.ResidualAcceptable = NewDate(2026, 1, 26), False
	p.Threats[0].Controls = nil
	for _, rule := range []func(*Product) Diagnostics{ruleAcceptedButNotAcceptable, ruleControlMitigatesNothing} {
		if got := rule(p); len(got) > 0 {
			t.Errorf("risk report without its document control: got %v, want none", got)
		}
	}
}
