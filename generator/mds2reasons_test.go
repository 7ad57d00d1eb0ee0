package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// Review 75, task M: the compounding and hyperbaric forms' reasons and
// notes claim no more than the data state.
func TestMDS2ReasonsCompounding(t *testing.T) {
	site := buildFixture(t, "compounding")
	md := site("doseguard/mds2.md")
	kindtest.SaysAll(t, "mds2.md", md,
		"or for data flows F-ORDERS, from Pharmacy information system to the DoseGuard server and F-VERIFY, from the DoseGuard server to Pharmacist's browser on a hospital PC, whose ports are not stated.",
		"the product keeps and checks that credential on one or more of them",
		"the promise that it is announced at least 12 months before it",
		"components lists Windows 11 IoT Enterprise LTSC 2024, of type operating-system")
	kindtest.SaysNone(t, "mds2.md", md, "keeps and checks its credential there", "announce it there")
}

func TestMDS2ReasonsHyperbaric(t *testing.T) {
	site := buildFixture(t, "hyperbaric")
	kindtest.SaysAll(t, "6.4/mds2.md", site("nereid/6.4/mds2.md"),
		"on the bms interface, which joins the customer's network once enabled (off as shipped)",
		`| SGUD-4 | Yes | Derived from the product data: notices\[0\].compensating\_controls`)
}
