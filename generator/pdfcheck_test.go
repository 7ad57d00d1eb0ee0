package generator

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/testtools"
)

// TestEveryPDFWithTools runs the outside checkers on every PDF the example
// build writes (the golden files, which TestGoldenSite keeps identical to
// the build): qpdf finds no error, pdffonts shows every font embedded,
// pdftotext recovers the document ID and the headings, and the outline
// lists every heading of the document's Markdown.
func TestEveryPDFWithTools(t *testing.T) {
	testtools.Need(t, "qpdf", "pdffonts", "pdftotext")
	var pdfs []string
	filepath.WalkDir("../golden", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".pdf") {
			pdfs = append(pdfs, path)
		}
		return nil
	})
	if len(pdfs) == 0 {
		t.Fatal("no PDF in golden/ (run go test ./generator -update)")
	}
	for _, file := range pdfs {
		t.Run(strings.TrimPrefix(file, "../golden/"), func(t *testing.T) {
			if out := tool(t, "qpdf", "--check", file); !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			fonts := strings.Split(strings.TrimSpace(tool(t, "pdffonts", file)), "\n")
			if len(fonts) < 3 {
				t.Errorf("pdffonts lists no font")
			}
			for _, l := range fonts[min(2, len(fonts)):] {
				if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" || !strings.HasPrefix(f[0], "utf8go") {
					t.Errorf("font not an embedded Go font: %s", l)
				}
			}

			src, err := os.ReadFile(strings.TrimSuffix(file, ".pdf") + ".md")
			if err != nil {
				t.Fatal(err)
			}
			headings := markdown.Parse(src).Headings()
			text := strings.Join(strings.Fields(tool(t, "pdftotext", "-enc", "UTF-8", file, "-")), " ")
			var outline struct {
				Outlines []outlineEntry `json:"outlines"`
			}
			if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", "--json-key=outlines", file)), &outline); err != nil {
				t.Fatal(err)
			}
			titles := outlineTitles(outline.Outlines)
			for _, h := range headings {
				if !slices.Contains(titles, h.Text) {
					t.Errorf("outline lacks heading %q", h.Text)
				}
				if !strings.Contains(text, strings.Join(strings.Fields(h.Text), " ")) {
					t.Errorf("pdftotext lacks heading %q", h.Text)
				}
			}
		})
	}
}

type outlineEntry struct {
	Title string         `json:"title"`
	Kids  []outlineEntry `json:"kids"`
}

func outlineTitles(es []outlineEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
		out = append(out, outlineTitles(e.Kids)...)
	}
	return out
}

func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}
