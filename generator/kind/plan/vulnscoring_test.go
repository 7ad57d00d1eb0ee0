package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/vuln"
)

// TestScoredVulnerabilities: 9.10's paragraph on the table's scores is
// printed only over a table with a score in it.
func TestScoredVulnerabilities(t *testing.T) {
	scored := &vuln.Vulnerability{ID: "CVE-1", CVSS: &vuln.CVSS{Version: "4.0", Score: 9.2}}
	unscored := &vuln.Vulnerability{ID: "CVE-2"}
	for _, tc := range []struct {
		name  string
		vulns []*vuln.Vulnerability
		want  bool
	}{
		{"none", nil, false},
		{"none scored", []*vuln.Vulnerability{unscored}, false},
		{"one scored", []*vuln.Vulnerability{unscored, scored}, true},
	} {
		if got := (&PlanData{Vulnerabilities: tc.vulns}).ScoredVulnerabilities(); got != tc.want {
			t.Errorf("%s: ScoredVulnerabilities() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
