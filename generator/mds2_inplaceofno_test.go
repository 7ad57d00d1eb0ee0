package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2IntroductionNamesNAInPlaceOfNo: the form's introduction says
// every answer the data decide is taken from the data, except those it
// names; an N/A the manufacturer gave where the data answer No (CONN-1.1.1
// of a thermometer without Wi-Fi) is now named there, and its answer
// links to the appendix that says the data give No.
func TestMDS2IntroductionNamesNAInPlaceOfNo(t *testing.T) {
	dir := filepath.Join("kind", "mds2form", "testdata")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "thermo.toml", func(s string) string {
		s = mds2OnlyThermo(s)
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"CONN-1.1.1\" = \"na\"\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	matches, _ := filepath.Glob(filepath.Join(out, "*", "mds2.md"))
	if len(matches) != 1 {
		t.Fatalf("want one mds2.md, got %q", matches)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	kindtest.SaysAll(t, "mds2.md", md,
		"Where the data answer No a question that an earlier answer rules out, Fixture Devices Ltd's own N/A stands instead (AUDT-5.2, CONN-1.1.1): real forms answer either, and its link says what the data give.",
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [N/A](#")
}
