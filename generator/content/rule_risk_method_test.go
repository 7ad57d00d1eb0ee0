package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestRuleRiskMethodUnstated: without [risk.evaluation], check says the
// plan and the risk report print the default method (saying it is
// jspgen's);
// with it written, or with neither document built, it says nothing.
func TestRuleRiskMethodUnstated(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"unstated, every document", "[risk]\nmethod = \"STRIDE\"\n[documents.risk_report]\nid = \"RR-1\"\n",
			"p.toml:3: warning: risk.evaluation: not stated; the security plan and the risk report print the default method"},
		{"unstated, no [risk] either", "[documents.risk_report]\nid = \"RR-1\"\n",
			"p.toml:1: warning: risk.evaluation: not stated; the security plan and the risk report print"},
		// The risk report is built only with its document control.
		{"unstated, every document but no risk report control", "[risk]\nmethod = \"STRIDE\"\n",
			"p.toml:3: warning: risk.evaluation: not stated; the security plan prints the default method"},
		{"unstated, report only, without its control", "[documents]\nbuild = [\"risk_report\"]\n", ""},
		{"unstated, plan only", "[documents]\nbuild = [\"security_plan\", \"csd\"]\n[risk]\nmethod = \"STRIDE\"\n",
			"p.toml:5: warning: risk.evaluation: not stated; the security plan prints the default method"},
		{"unstated, report only", "[documents]\nbuild = [\"risk_report\"]\n[documents.risk_report]\nid = \"RR-1\"\n",
			"p.toml:1: warning: risk.evaluation: not stated; the risk report prints the default method"},
		{"unstated, neither document", "[documents]\nbuild = [\"csd\", \"mds2\"]\n", ""},
		{"thresholds written", "[risk.evaluation]\nexploitability_medium_from = 4.0\n", ""},
		{"only the table written", "[risk.evaluation.uncontrolled_from]\nserious = \"medium\"\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := &Product{}
			if _, diags, ok := DecodeTOML("p.toml", []byte(src), p); !ok {
				t.Fatal(diags)
			}
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			got := ruleRiskMethodUnstated(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) {
				t.Errorf("got %v; want one starting %q", got, tc.want)
			}
		})
	}
}
