package generator

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2WorkbookPaper: the MDS2 workbook prints on the site's paper,
// the paper its PDF is set on.
func TestMDS2WorkbookPaper(t *testing.T) {
	dir := filepath.Join("testdata", "handmds2")
	for _, c := range []struct {
		paper string
		size  int
	}{{"a4", 9}, {"letter", 1}} {
		site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "", nil)
		src, err := os.ReadFile(site)
		if err != nil {
			t.Fatal(err)
		}
		text := regexp.MustCompile(`(?m)^paper = .*\n`).ReplaceAllString(string(src), "")
		text = strings.Replace(text, "\n[manufacturer]", "paper = \""+c.paper+"\"\n\n[manufacturer]", 1)
		if err := os.WriteFile(site, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(filepath.Join(out, "dps40", "mds2.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		layout, err := f.GetPageLayout("MDS2")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if layout.Size == nil || *layout.Size != c.size {
			got := -1
			if layout.Size != nil {
				got = *layout.Size
			}
			t.Errorf("paper %q: workbook paper size %d, want %d", c.paper, got, c.size)
		}
	}
}
