package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestTransferredPDFTitlePage: the PDF of 5.2.0's CSD, a version Kestrowe
// made, named Brightwater as its manufacturer on the title page (and as
// the PDF's author) while its document control named Kestrowe. Its title
// page now names Kestrowe as the manufacturer and Brightwater as the
// company that issues it; the current version's CSD, Brightwater's own,
// names Brightwater alone; the lifecycle page, about versions of both,
// names both makers with their versions.
func TestTransferredPDFTitlePage(t *testing.T) {
	read := buildFixture(t, "transferred")
	page1 := func(rel string) string { return pdfWords(t, read(rel), "-f", "1", "-l", "1") }
	old := page1("orvia-pm/5.2.0/csd.pdf")
	kindtest.SaysAll(t, "5.2.0/csd.pdf", old, "MANUFACTURER Kestrowe Medical Ltd ISSUED BY Brightwater Clinical Systems B.V.")
	kindtest.SaysNone(t, "5.2.0/csd.pdf", old, "MANUFACTURER Brightwater")
	current := page1("orvia-pm/csd.pdf")
	kindtest.SaysNone(t, "csd.pdf", current, "ISSUED BY", "Kestrowe")
	kindtest.SaysAll(t, "lifecycle.pdf", page1("orvia-pm/lifecycle.pdf"), "MANUFACTURER Brightwater Clinical Systems B.V. (software 6.0.0); Kestrowe Medical Ltd (software 5.2.0, 5.4.0) ISSUED BY Brightwater")
}
