package generator

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/internal/testtools"
)

// TestTransferredPDFTitlePage: the PDF of 5.2.0's CSD, a version Kestrowe
// made, named Brightwater as its manufacturer on the title page (and as
// the PDF's author) while its document control named Kestrowe. Its title
// page now names Kestrowe as the manufacturer and Brightwater as the
// company that issues it; the current version's CSD, Brightwater's own,
// names Brightwater alone; the lifecycle page, about versions of both,
// names both makers with their versions.
func TestTransferredPDFTitlePage(t *testing.T) {
	bin := testtools.Need(t, "pdftotext")[0]
	read := buildFixture(t, "transferred")
	page1 := func(rel string) string {
		path := filepath.Join(t.TempDir(), "doc.pdf")
		if err := os.WriteFile(path, []byte(read(rel)), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "-f", "1", "-l", "1", "-raw", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(out)), " ")
	}
	old := page1("orvia-pm/5.2.0/csd.pdf")
	kindtest.SaysAll(t, "5.2.0/csd.pdf", old, "MANUFACTURER Kestrowe Medical Ltd ISSUED BY Brightwater Clinical Systems B.V.")
	kindtest.SaysNone(t, "5.2.0/csd.pdf", old, "MANUFACTURER Brightwater")
	current := page1("orvia-pm/csd.pdf")
	kindtest.SaysNone(t, "csd.pdf", current, "ISSUED BY", "Kestrowe")
	kindtest.SaysAll(t, "lifecycle.pdf", page1("orvia-pm/lifecycle.pdf"), "MANUFACTURER Brightwater Clinical Systems B.V. (software 6.0.0); Kestrowe Medical Ltd (software 5.2.0, 5.4.0) ISSUED BY Brightwater")
}
