package content

import (
	"reflect"
	"strings"
	"testing"
)

// acceptorRole is a [governance] naming who accepts residual risk, with
// neither training nor a maturity self-assessment.
const acceptorRole = "[governance]\nrisk_acceptance = \"ed\"\n[[governance.roles]]\nid = \"ed\"\ntitle = \"Engineering director\"\nholder = \"E. Dunn\"\nresponsibilities = \"Accepts residual security risk.\"\n"

// TestRuleAcceptedWithoutAcceptor: a dated acceptance with no role that
// accepted it is warned about where the risk report is built (it prints
// the date only beside the role); with the role, without the date, or
// without the report, nothing is said.
func TestRuleAcceptedWithoutAcceptor(t *testing.T) {
	const report = "[documents]\nbuild = [\"risk_report\"]\n[documents.risk_report]\nid = \"RR-1\"\n"
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"dated, no governance", report + "[risk]\nresidual_acceptable = true\naccepted_on = 2026-11-20\n",
			"p.toml:9: warning: risk.accepted_on: the residual risk is accepted on 2026-11-20, but no role is named to accept it (governance.risk_acceptance)"},
		{"dated, no conclusion, no governance", report + "[risk]\naccepted_on = 2026-11-20\n",
			"p.toml:8: warning: risk.accepted_on: the residual risk is accepted on 2026-11-20, but no role is named"},
		{"dated, with the role", report + "[risk]\nresidual_acceptable = true\naccepted_on = 2026-11-20\n" + acceptorRole, ""},
		{"concluded, not dated", report + "[risk]\nresidual_acceptable = true\n", ""},
		{"dated, no risk report", "[documents]\nbuild = [\"csd\"]\n[risk]\nresidual_acceptable = true\naccepted_on = 2026-11-20\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := ruleProduct(t, src)
			got := ruleAcceptedWithoutAcceptor(p)
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("got %v, want nothing", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want)):
				t.Errorf("got %v, want one diagnostic starting %q", got, tc.want)
			}
		})
	}
	if !containsRule(ruleAcceptedWithoutAcceptor) {
		t.Error("the rule is not among the product rules")
	}
}

// TestGovernanceTrainingOnlyForThePlan: only the security plan prints
// governance training and maturity, so a product that builds the risk
// report alone names who accepts residual risk without them.
func TestGovernanceTrainingOnlyForThePlan(t *testing.T) {
	for _, tc := range []struct {
		build string
		want  bool // training and maturity required
	}{
		{`["risk_report", "estar"]`, false},
		{`["security_plan", "risk_report"]`, true},
	} {
		src := "schema_version = 2\nid = \"p\"\n[documents]\nbuild = " + tc.build + "\n" + acceptorRole
		_, diags, _ := DecodeTOML("p.toml", []byte(src), &Product{})
		var got []string
		for _, d := range diags {
			if d.Path == "governance.training" || d.Path == "governance.maturity" {
				got = append(got, d.Path)
			}
		}
		if (len(got) == 2) != tc.want || len(got) == 1 {
			t.Errorf("build %s: required %v, want both required: %v", tc.build, got, tc.want)
		}
	}
}

// containsRule reports whether rule is among the product rules.
func containsRule(rule func(*Product) Diagnostics) bool {
	want := reflect.ValueOf(rule).Pointer()
	for _, r := range productRules {
		if reflect.ValueOf(r).Pointer() == want {
			return true
		}
	}
	return false
}
