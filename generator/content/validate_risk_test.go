package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// threatSrc is one threat with the given extra keys, in a product file
// that is otherwise empty: resolveScores needs nothing else.
func resolveThreat(t *testing.T, keys string) (Threat, Diagnostics) {
	t.Helper()
	src := "schema_version = 2\n[[threats]]\nid = \"T-1\"\n" + keys
	p := &Product{}
	_, diags, ok := DecodeTOML("p.toml", []byte(src), p)
	if !ok {
		t.Fatalf("decode: %v", diags)
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	v := &productValidator{p: p}
	v.resolveScores()
	return p.Threats[0], v.diags
}

func TestResolveScores(t *testing.T) {
	const pre = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H"  // 9.0
	const post = "CVSS:3.1/AV:P/AC:H/PR:H/UI:N/S:U/C:L/I:N/A:N" // 1.6
	tests := []struct {
		name          string
		keys          string
		wantErr       string // substring of the one diagnostic; "" for none
		wantPre, want float64
	}{
		{name: "vectors replace missing scores", keys: "cvss_pre = \"" + pre + "\"\ncvss_post = \"" + post + "\"\n", wantPre: 9.0, want: 1.6},
		{name: "stated scores agree", keys: "cvss_pre = \"" + pre + "\"\npre_score = 9.0\ncvss_post = \"" + post + "\"\npost_score = 1.6\n", wantPre: 9.0, want: 1.6},
		{name: "scores without vectors", keys: "pre_score = 8.1\npost_score = 3.0\n", wantPre: 8.1, want: 3.0},
		{name: "CVSS v4.0 vector", keys: "cvss_pre = \"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\"\npost_score = 1.0\n", wantPre: 9.3, want: 1.0},
		{name: "stated score disagrees", keys: "cvss_pre = \"" + pre + "\"\npre_score = 8.1\npost_score = 1.0\n", wantErr: "p.toml:4: threats[0].cvss_pre: cvss_pre scores 9.0 (CVSS v3.1) but pre_score states 8.1"},
		{name: "invalid vector", keys: "cvss_pre = \"CVSS:3.1/AV:X\"\npost_score = 1.0\n", wantErr: "p.toml:4: threats[0].cvss_pre: not a valid CVSS v3.1 vector"},
		{name: "not a CVSS vector", keys: "cvss_pre = \"AV:N/AC:L\"\npost_score = 1.0\n", wantErr: "want a CVSS vector starting"},
		{name: "neither vector nor score", keys: "pre_score = 2.0\n", wantErr: "threats[0].post_score: missing: give cvss_post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th, diags := resolveThreat(t, tt.keys)
			wantOneDiagnostic(t, diags, tt.wantErr)
			if tt.wantErr != "" {
				return
			}
			if th.PreScore != tt.wantPre || th.PostScore != tt.want {
				t.Errorf("scores %.1f/%.1f, want %.1f/%.1f", th.PreScore, th.PostScore, tt.wantPre, tt.want)
			}
		})
	}
}

func TestRiskEvaluationMethod(t *testing.T) {
	m := Risk{}.Evaluator()
	tests := []struct {
		harm       Harm
		score      float64
		controlled bool
	}{
		{"negligible", 9.8, true},
		{"minor", 10, true},
		{"serious", 6.9, true},
		{"serious", 7.0, false},
		{"critical", 3.9, true},
		{"critical", 4.0, false},
		{"catastrophic", 3.3, true},
		{"catastrophic", 5.0, false},
	}
	for _, tt := range tests {
		if got := m.Controlled(tt.harm, m.Exploitability(tt.score)); got != tt.controlled {
			t.Errorf("%s at %.1f: controlled %v, want %v", tt.harm, tt.score, got, tt.controlled)
		}
	}
	custom := Risk{Evaluation: RiskEvaluation{HighFrom: 9.0, UncontrolledFrom: UncontrolledFrom{Catastrophic: "low"}}}.Evaluator()
	if custom.Controlled("catastrophic", "low") || !custom.Controlled("serious", custom.Exploitability(8.0)) {
		t.Error("the product's own thresholds are not applied")
	}
}

// riskProduct is a small product that passes every risk rule: one
// threat, controlled after mitigation, whose control implements a
// requirement verified by a test.
func riskProduct() *Product {
	return &Product{
		CyberDevice:  CyberDevice{Applies: True},
		Risk:         Risk{ResidualConclusion: "The overall residual risk is acceptable.", ResidualAcceptable: True},
		Threats:      []Threat{{ID: "T-1", PreScore: 9.0, PostScore: 3.0, Harm: "critical", Controls: []string{"C-1"}, Acceptance: "acceptable"}},
		Controls:     []Control{{ID: "C-1", Requirements: []string{"SR-1"}}},
		Requirements: []Requirement{{ID: "SR-1", Verification: []string{"VA-1"}}},
		Verification: Verification{Activities: []Activity{{ID: "VA-1"}}},
	}
}

func TestRiskRules(t *testing.T) {
	site := &Site{Manufacturer: Manufacturer{CVDPolicyURL: "https://m.example/cvd"}}
	tests := []struct {
		name   string
		rule   func(*Product) Diagnostics
		modify func(p *Product, s *Site)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"uncontrolled accepted: controlled passes", ruleUncontrolledAcceptedWithoutRationale, nil, ""},
		{"uncontrolled accepted: with rationale passes", ruleUncontrolledAcceptedWithoutRationale, func(p *Product, _ *Site) {
			p.Threats[0].PostScore, p.Threats[0].Acceptance, p.Threats[0].Rationale = 5.0, "acceptable_with_rationale", "Benefit outweighs."
		}, ""},
		{"uncontrolled accepted: without rationale fails", ruleUncontrolledAcceptedWithoutRationale, func(p *Product, _ *Site) { p.Threats[0].PostScore = 5.0 },
			"threats[0].acceptance: T-1: the risk after mitigation is uncontrolled"},
		{"unverified controls: verified through requirement passes", ruleThreatControlsUnverified, nil, ""},
		{"unverified controls: verified directly passes", ruleThreatControlsUnverified, func(p *Product, _ *Site) {
			p.Controls[0].Requirements, p.Controls[0].Verification = nil, []string{"VA-1"}
		}, ""},
		{"unverified controls: no test fails", ruleThreatControlsUnverified, func(p *Product, _ *Site) { p.Requirements[0].Verification = nil },
			"threats[0].controls: T-1 relies on C-1, not verified by any test"},
		{"control without requirement: traced passes", ruleControlWithoutRequirement, nil, ""},
		{"control without requirement: untraced fails", ruleControlWithoutRequirement, func(p *Product, _ *Site) { p.Controls[0].Requirements = nil },
			"controls[0].requirements: control C-1 is not traced to any security requirement"},
		{"residual conclusion: consistent passes", ruleResidualConclusionContradicted, nil, ""},
		{"residual conclusion: not acceptable conclusion passes", ruleResidualConclusionContradicted, func(p *Product, _ *Site) {
			p.Threats[0].Acceptance, p.Risk.ResidualAcceptable = "not_acceptable", False
		}, ""},
		{"residual conclusion: acceptable with an unacceptable threat fails", ruleResidualConclusionContradicted, func(p *Product, _ *Site) { p.Threats[0].Acceptance = "not_acceptable" },
			"risk.residual_acceptable: the residual-risk conclusion says the overall residual risk is acceptable, but the residual risk of T-1 is not acceptable"},
		{"residual conclusion: acceptable with a pending threat fails", ruleResidualConclusionContradicted, func(p *Product, _ *Site) { p.Threats[0].Acceptance = "pending" },
			"risk.residual_acceptable: the residual-risk conclusion says the overall residual risk is acceptable, but whether the residual risk of T-1 is acceptable is still to be concluded"},
		{"residual conclusion: a pending threat is not called not acceptable", ruleResidualConclusionContradicted, func(p *Product, _ *Site) {
			p.Threats = append(p.Threats, Threat{ID: "T-2", PreScore: 9.0, PostScore: 3.0, Harm: "critical", Controls: []string{"C-1"}, Acceptance: "not_acceptable"})
			p.Threats[0].Acceptance = "pending"
		}, "but the residual risk of T-2 is not acceptable, and whether the residual risk of T-1 is acceptable is still to be concluded"},
		{"residual conclusion: words say acceptable, uncontrolled threat fails", ruleResidualConclusionContradicted, func(p *Product, _ *Site) {
			p.Risk.ResidualAcceptable, p.Threats[0].PostScore = Unstated, 8.0
		}, "risk.residual_conclusion: the residual-risk conclusion says"},
		{"accepted on: acceptable passes", ruleAcceptedButNotAcceptable, func(p *Product, _ *Site) { p.Risk.AcceptedOn = NewDate(2026, 1, 26) }, ""},
		{"accepted on: no date passes", ruleAcceptedButNotAcceptable, func(p *Product, _ *Site) { p.Risk.ResidualAcceptable = False }, ""},
		{"accepted on: not acceptable fails", ruleAcceptedButNotAcceptable, func(p *Product, _ *Site) {
			p.Risk.AcceptedOn, p.Risk.ResidualAcceptable = NewDate(2026, 1, 26), False
			p.Documents.RiskReport.ID = "RR-1" // only the risk report prints them
		}, "risk.accepted_on: the residual risk is accepted on 2026-01-26, but risk.residual_acceptable says it is not acceptable"},
		{"CVD policy: stated passes", nil, nil, ""},
		{"CVD policy: not a cyber device passes", nil, func(p *Product, s *Site) { p.CyberDevice.Applies, s.Manufacturer.CVDPolicyURL = False, "" }, ""},
		{"CVD policy: cyber device without policy fails", nil, func(_ *Product, s *Site) { s.Manufacturer.CVDPolicyURL = "" },
			"cyber_device.applies: a cyber device's plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1))"},
		{"CVD policy: the remedy names cvd_policy for a maker that publishes none", nil, func(_ *Product, s *Site) { s.Manufacturer.CVDPolicyURL = "" },
			"if none is, state manufacturer.cvd_policy = \"none_published\""},
		{"CVD policy: none published is said, and the procedures still asked", nil, func(_ *Product, s *Site) {
			s.Manufacturer.CVDPolicyURL, s.Manufacturer.CVDPolicy = "", "none_published"
		}, "states that the manufacturer publishes no coordinated vulnerability disclosure policy (manufacturer.cvd_policy = \"none_published\"), so the documents say none is published: the plan still needs the procedures"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s := riskProduct(), *site
			if tt.modify != nil {
				tt.modify(p, &s)
			}
			var got Diagnostics
			if tt.rule != nil {
				got = tt.rule(p)
			} else {
				got = ruleCyberDeviceCVD(&s, p)
			}
			wantOneDiagnostic(t, got, tt.want)
		})
	}
}

// TestRiskRulesNameTheLine plants a contradiction into a product file and
// expects the diagnostic at the key's line.
func TestRiskRulesNameTheLine(t *testing.T) {
	src := "schema_version = 2\n[[threats]]\nid = \"T-1\"\ncvss_pre = \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"\ncvss_post = \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N\"\nharm = \"catastrophic\"\ncontrols = []\nacceptance = \"acceptable\"\n"
	p := ruleProduct(t, src)
	v := &productValidator{p: p}
	v.resolveScores()
	got := ruleUncontrolledAcceptedWithoutRationale(p)
	if len(got) != 1 || !strings.HasPrefix(got[0].String(), "p.toml:8: threats[0].acceptance:") {
		t.Fatalf("got %v, want p.toml:8: threats[0].acceptance", got)
	}
}

// wantPrefixes checks that got holds as many diagnostics as want, each
// starting with the wanted text at its place.
func wantPrefixes(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("diagnostics\n  %s\nwant %d", strings.Join(got, "\n  "), len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("diagnostic\n  %s\nwant it to start\n  %s", got[i], w)
		}
	}
}

// wantOneDiagnostic fails unless diags is empty when want is "", or holds
// exactly one diagnostic containing want otherwise.
func wantOneDiagnostic(t *testing.T, diags Diagnostics, want string) {
	t.Helper()
	if want == "" {
		if len(diags) > 0 {
			t.Fatalf("unexpected diagnostics %v", diags)
		}
		return
	}
	if len(diags) != 1 || !strings.Contains(diags[0].String(), want) {
		t.Fatalf("diagnostics %v, want one containing %q", diags, want)
	}
}
