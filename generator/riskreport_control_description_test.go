package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRiskReportSaysWhatEachControlDoes: the risk report's controls
// table prints each control's description (required of every control),
// as the plan's section 7 does: a submission without the plan must still
// say what a control does, and the eSTAR points to this section for the
// security controls.
func TestRiskReportSaysWhatEachControlDoes(t *testing.T) {
	const what = "The pump checks the library's signature against a key fused at manufacture."
	files, _ := buildFixtureEdited(t, "premarket", "pca1.toml", func(s string) string {
		old := `description = "The drug library is signed with the pharmacy's key; the pump rejects an unsigned library or one above Nerova's hard limits."`
		if !strings.Contains(s, old) {
			t.Fatal("the fixture's C-LIB-1 description changed")
		}
		return strings.Replace(s, old, `description = "`+what+`"`, 1)
	})
	report := files["pca1/risk-report.md"]
	_, controls, _ := strings.Cut(report, "## 5. Risk controls")
	controls, _, _ = strings.Cut(controls, "\n## ")
	kindtest.SaysAll(t, "risk-report.md section 5", controls,
		"| Control | Category | Title | How it works | Mitigates |",
		"| C-LIB-1 | Code, data and execution integrity | Signed drug library | "+what+" | T-01 |")
}
