package generator

import (
	"strings"
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

// saysNoBuildRule fails unless text, a plan or risk report, is free of
// jspgen's own build rules: it names neither jspgen (but where it says
// that a part of the risk method is jspgen's default, not the
// manufacturer's), nor its subcommands, nor the libraries it uses.
func saysNoBuildRule(t *testing.T, name, text string) {
	t.Helper()
	text = strings.ReplaceAll(text, "jspgen's default", "")
	kindtest.SaysNoneBecause(t, name, text, "the document states the manufacturer's method and facts, not how jspgen builds or checks it",
		"jspgen", "check warns", "go-cvss", "pandatix", "CVSS library")
}

// TestPlanStatesNoBuildRuleOfJspgens: the pump's plan said "check warns
// when a lifetime exceeds its limit" in its credential limits, and its
// risk method, in the plan and the risk report, that "jspgen computes the
// score from it with a CVSS library (github.com/pandatix/go-cvss), and a
// score stated beside it must equal it": rules of the document
// generator, printed as the manufacturer's. The documents now say what
// the scores are. A method that takes jspgen's defaults still says
// so: that part is not the manufacturer's.
func TestPlanStatesNoBuildRuleOfJspgens(t *testing.T) {
	const scores = "where the threat gives a CVSS vector, the score is the one its CVSS version gives that vector (for CVSS v3.x, the base score). The score gives the exploitability level:"
	plan, report := buildExampleEdited(t, nil)
	kindtest.SaysAll(t, "security-plan.md", plan, scores,
		"**Credential limits.** These requirements limit how long a credential lasts. The lifetime is the one the accounts state and the customer security documentation prints.\n")
	kindtest.SaysAll(t, "risk-report.md", report, scores)
	saysNoBuildRule(t, "security-plan.md", plan)
	saysNoBuildRule(t, "risk-report.md", report)

	aed := buildFixture(t, "aed")
	for _, f := range []string{"lifeguard/security-plan.md", "lifeguard/risk-report.md"} {
		md := aed(f)
		kindtest.SaysAll(t, f, md, scores, "The product data state no thresholds or table of their own: those above are jspgen's defaults.")
		saysNoBuildRule(t, f, md)
	}
}
