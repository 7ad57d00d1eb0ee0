package csd

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDContingencyNotStated: suppliers.contingency is not required for
// a CSD, so a CSD may list components that need attention with no
// contingency written. Each such row's contingency cell says it is not
// stated, after what a notice or note says of the component; it never
// says "No contingency", which reads as a fact that there is none.
func TestCSDContingencyNotStated(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/endofsupport/jspgen.toml", "../../testdata/endofsupport/content")
	p, _ := kindtest.Product(t, c, "pumpdock")
	if p.Suppliers.Contingency == "" {
		t.Fatal("the endofsupport fixture writes no suppliers.contingency to leave out")
	}
	p.Suppliers.Contingency = ""
	md := renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
	sec := csdSection(t, md, "### 5.2 Components that need attention")
	kindtest.SaysAll(t, "5.2 without a contingency", sec,
		"| busybox | 1.35.0 | No longer maintained | Ended; date not stated | Not stated | Not stated |",
		"not fixed in the DS-200. Contingency not stated. |")
	kindtest.SaysNoneBecause(t, "5.2 without a contingency", sec, "no contingency is written",
		"No contingency", "General contingency", "see below")
}
