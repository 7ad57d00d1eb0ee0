package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRiskMethodStatesNoRuleOfJspgensAsPolicy: the risk method printed
// jspgen's own check ("a risk still uncontrolled after mitigation can be
// recorded as acceptable only with a rationale") as the manufacturer's
// policy, a few lines above the pump's acceptance criteria, which never
// accept an uncontrolled residual risk. The method leaves acceptance to
// the criteria the product states.
func TestRiskMethodStatesNoRuleOfJspgensAsPolicy(t *testing.T) {
	plan, report := buildExampleEdited(t, nil)
	for _, d := range []struct{ name, text string }{{"security-plan.md", plan}, {"risk-report.md", report}} {
		kindtest.SaysAll(t, d.name, d.text,
			"by the table below. Whether a residual risk is acceptable is each threat's recorded decision under the acceptance criteria.\n",
			"An uncontrolled residual risk, or any residual risk with High exploitability, is not accepted and blocks release.")
		kindtest.SaysNoneBecause(t, d.name, d.text, "the product's acceptance criteria, not jspgen's check, say when a risk is acceptable",
			"can be recorded as acceptable only with a rationale")
	}
}
