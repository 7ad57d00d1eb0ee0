package riskreport

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMethodSaysWhichPartsAreDefaults: a pump whose [risk.evaluation]
// gave only its CVSS thresholds had jspgen's default controlled /
// uncontrolled table printed as its method, with no word that the table
// was not the manufacturer's: any key written counted as the whole
// method stated. Each part is the manufacturer's only where it is
// written; the method says which parts are jspgen's defaults.
func TestMethodSaysWhichPartsAreDefaults(t *testing.T) {
	const (
		none = "The product data state no thresholds or table of their own: those above are jspgen's defaults."
		rest = " The rest of the method is as the product data state it."
	)
	table := content.UncontrolledFrom{Negligible: "never", Minor: "never", Serious: "high", Critical: "medium", Catastrophic: "medium"}
	for _, tc := range []struct {
		name string
		e    content.RiskEvaluation
		says string // "" for no word of defaults
	}{
		{"every part written", content.RiskEvaluation{MediumFrom: 4, HighFrom: 7, UncontrolledFrom: table}, ""},
		{"nothing written", content.RiskEvaluation{}, none},
		{"only the thresholds", content.RiskEvaluation{MediumFrom: 4, HighFrom: 7},
			"The product data do not state the controlled / uncontrolled table: the one above is jspgen's default." + rest},
		{"only the table", content.RiskEvaluation{UncontrolledFrom: table},
			"The product data do not state the exploitability thresholds: those above are jspgen's defaults." + rest},
		{"the High threshold and two rows left out", content.RiskEvaluation{MediumFrom: 4, UncontrolledFrom: content.UncontrolledFrom{Serious: "high", Critical: "medium", Catastrophic: "medium"}},
			"The product data do not state the High exploitability threshold and the table's rows for negligible and minor harm: those above are jspgen's defaults." + rest},
		{"one row left out", content.RiskEvaluation{MediumFrom: 4, HighFrom: 7, UncontrolledFrom: content.UncontrolledFrom{Negligible: "never", Minor: "never", Serious: "high", Critical: "medium"}},
			"The product data do not state the table's row for catastrophic harm: the one above is jspgen's default." + rest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.Risk.Evaluation = tc.e
			md := renderReport(t, c, p)
			if tc.says == "" {
				kindtest.SaysNone(t, "report", md, "jspgen's default")
				return
			}
			kindtest.SaysAll(t, "report", md, tc.says)
			if tc.says != none {
				kindtest.SaysNone(t, "report", md, none)
			}
		})
	}
}
