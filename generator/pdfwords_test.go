package generator

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/testtools"
)

// pdfWords is the text pdftotext reads from PDF data, in reading order
// (-raw), its words joined by single spaces so that a sentence wrapped
// across lines reads whole; args go before the file (-f 1 -l 1 for page
// one). It skips the test when pdftotext is missing (testtools.Need).
func pdfWords(t *testing.T, data string, args ...string) string {
	t.Helper()
	bin := testtools.Need(t, "pdftotext")[0]
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, append(append(args, "-raw"), path, "-")...).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
