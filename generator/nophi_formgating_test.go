package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNophiFlowEndsAndDataDecidedAnswers: nophi lists no [[parts]], and
// its flows name the implicit part "device": the data-in-transit tables
// (CSD 2.1, plan 6.6) name it as the plan's views do, by the product's
// name. Its form answers MPII-2.x, MPII-3.x and DOC-11.x N/A from the
// derived MPII-2, MPII-3 and DOC-11 No, and DOC-10 Yes from the plan's
// published global system view, none of them written by hand; a hand Yes
// under MPII-3's derived No stands, warned about.
func TestNophiFlowEndsAndDataDecidedAnswers(t *testing.T) {
	const name = "Harrowgate PowerSet PS-40 Surgical Power Console"
	site := buildFixture(t, "nophi")
	for _, doc := range []string{"ps40/csd.md", "ps40/security-plan.md"} {
		md := site(doc)
		kindtest.SaysAll(t, doc, md, "| DF-01 | Field service laptop | "+name+" |", "| DF-02 | "+name+" | Field service laptop |")
		kindtest.SaysNone(t, doc, md, "| device |")
	}
	form := site("ps40/mds2.md")
	kindtest.SaysAll(t, "mds2.md", form,
		"| MPII-3.1 | N/A | Derived from the product data: MPII-3 is No (interfaces lists no interface that carries PHI or PII), and MPII-3.1 presupposes MPII-3 Yes. |",
		"| MPII-2.2 | N/A | Derived from the product data: MPII-2 is No (",
		"| DOC-11.3 | N/A | Derived from the product data: DOC-11 is No (samd is false), and DOC-11.3 presupposes DOC-11 Yes. |",
		"| DOC-10 | Yes | Derived from the product data: data\\_flows is drawn as the security plan's global system view, which the site publishes as views/global-system.svg. |")

	diags := fixtureCheck(t, "nophi", "ps40.toml", func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"MPII-3.1\" = \"yes\"\n", 1)
	})
	if !strings.Contains(diags, "mds2.answers.MPII-3.1: answer Yes although MPII-3 is No (interfaces lists no interface that carries PHI or PII), which this question presupposes answered Yes; check both answers") {
		t.Errorf("a hand MPII-3.1 Yes under the derived MPII-3 No not warned about:\n%s", diags)
	}
}
