package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDKeyFactsCountInternalEnds: the key facts' count of interfaces
// says how many are internal to the product, each end of a link between
// its own parts being an entry: navcart's camera cable, marked internal at
// the camera and at the workstation, had made "6" read as six ways into
// the cart. A product with no internal interface gives the count alone.
func TestCSDKeyFactsCountInternalEnds(t *testing.T) {
	nav := buildFixture(t, "navcart")("stella-nx/csd.md")
	kindtest.SaysAll(t, "navcart CSD", nav, "| Interfaces | 6, of which 2 are internal to the product (each end of a link between its own parts is counted) | ")
	kindtest.SaysNone(t, "navcart CSD", nav, "| Interfaces | 6 | ")
	// anaesthesia lists every interface of its one part (aed's list of
	// RescueView is incomplete, so its count says "listed")
	aw := buildFixture(t, "anaesthesia")("aw500/csd.md")
	kindtest.SaysAll(t, "anaesthesia CSD", aw, "| Interfaces | 4 | ")
	kindtest.SaysNone(t, "anaesthesia CSD", aw, "internal to the product (each end")
}
