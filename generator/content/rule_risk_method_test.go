package content

import (
	"strings"
	"testing"
)

// TestRuleRiskMethodUnstated: without [risk.evaluation], check says the
// plan and the risk report print the default method (saying it is
// jspgen's); with only part of it written (the thresholds alone), that
// they print the defaults for the rest; with all of it written, or with
// neither document built, it says nothing.
func TestRuleRiskMethodUnstated(t *testing.T) {
	const fullTable = "[risk.evaluation.uncontrolled_from]\nnegligible = \"never\"\nminor = \"never\"\nserious = \"high\"\ncritical = \"medium\"\ncatastrophic = \"medium\"\n"
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
		// "CVSS 4.0" would read as the CVSS version: the threshold is a score.
		{"unstated, the thresholds named as scores", "", "p.toml:1: warning: risk.evaluation: not stated; the security plan prints the default method, saying it is jspgen's rather than the manufacturer's, and every threat is judged by it: exploitability Medium from a CVSS score of 4.0, High from 7.0;"},
		{"unstated, report only, without its control", "[documents]\nbuild = [\"risk_report\"]\n", ""},
		{"unstated, plan only", "[documents]\nbuild = [\"security_plan\", \"csd\"]\n[risk]\nmethod = \"STRIDE\"\n",
			"p.toml:5: warning: risk.evaluation: not stated; the security plan prints the default method"},
		{"unstated, report only", "[documents]\nbuild = [\"risk_report\"]\n[documents.risk_report]\nid = \"RR-1\"\n",
			"p.toml:1: warning: risk.evaluation: not stated; the risk report prints the default method"},
		{"unstated, neither document", "[documents]\nbuild = [\"csd\", \"mds2\"]\n", ""},
		// Each part is the manufacturer's only where written: the
		// thresholds do not make the table theirs, nor the other way round.
		{"every part written", "[risk.evaluation]\nexploitability_medium_from = 4.0\nexploitability_high_from = 7.0\n" + fullTable, ""},
		{"every part written, inline", "[risk]\nevaluation = { exploitability_medium_from = 4.0, exploitability_high_from = 7.0, uncontrolled_from = { negligible = \"never\", minor = \"never\", serious = \"high\", critical = \"medium\", catastrophic = \"medium\" } }\n", ""},
		{"only the thresholds written", "[risk.evaluation]\nexploitability_medium_from = 4.0\nexploitability_high_from = 7.0\n",
			"p.toml:3: warning: risk.evaluation: states the method only in part; the security plan prints jspgen's defaults for the rest, saying they are jspgen's, and every threat is judged by them: never uncontrolled for negligible harm; never uncontrolled for minor harm; uncontrolled from high exploitability for serious harm; uncontrolled from medium exploitability for critical harm; uncontrolled from medium exploitability for catastrophic harm (write them"},
		{"one threshold written", "[risk.evaluation]\nexploitability_medium_from = 5.0\n" + fullTable,
			"p.toml:3: warning: risk.evaluation: states the method only in part; the security plan prints jspgen's defaults for the rest, saying they are jspgen's, and every threat is judged by them: exploitability High from a CVSS score of 7.0 (write them"},
		{"only the table written", fullTable,
			"p.toml:3: warning: risk.evaluation.uncontrolled_from: states the method only in part; the security plan prints jspgen's defaults for the rest, saying they are jspgen's, and every threat is judged by them: exploitability Medium from a CVSS score of 4.0; exploitability High from a CVSS score of 7.0 (write them"},
		{"one row of the table written", "[risk.evaluation.uncontrolled_from]\nserious = \"medium\"\n",
			"p.toml:3: warning: risk.evaluation.uncontrolled_from: states the method only in part; the security plan prints jspgen's defaults for the rest, saying they are jspgen's, and every threat is judged by them: exploitability Medium from a CVSS score of 4.0; exploitability High from a CVSS score of 7.0; never uncontrolled for negligible harm; never uncontrolled for minor harm; uncontrolled from medium exploitability for critical harm; uncontrolled from medium exploitability for catastrophic harm (write them"},
		{"only the thresholds written, report built", "[risk.evaluation]\nexploitability_medium_from = 4.0\nexploitability_high_from = 7.0\n[documents.risk_report]\nid = \"RR-1\"\n",
			"p.toml:3: warning: risk.evaluation: states the method only in part; the security plan and the risk report print jspgen's defaults for the rest"},
		{"only the thresholds written, neither document", "[documents]\nbuild = [\"csd\"]\n[risk.evaluation]\nexploitability_medium_from = 4.0\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := ruleProduct(t, src)
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
