package generator

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
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
// embeddedFont is the name of a font jspgen embeds: a subset (the
// ABCDEF+ tag) of Liberation or its DejaVu fallback.
var embeddedFont = regexp.MustCompile(`^[A-Z]{6}\+utf8(liberation|dejavu)`)

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
				if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || !embeddedFont.MatchString(f[0]) {
					t.Errorf("font not an embedded subset of Liberation or DejaVu: %s", l)
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
			checkPages(t, tool(t, "pdftotext", "-bbox", file, "-"))
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

var (
	bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// checkPages reads pdftotext -bbox output: no page is blank, every page has
// its "Page N of M" footer, and no word comes within half an inch of a page
// edge (the margins are wider; a word there has overflowed).
func checkPages(t *testing.T, bbox string) {
	t.Helper()
	pages := bboxPage.FindAllStringSubmatchIndex(bbox, -1)
	for i, pg := range pages {
		end := len(bbox)
		if i+1 < len(pages) {
			end = pages[i+1][0]
		}
		w, _ := strconv.ParseFloat(bbox[pg[2]:pg[3]], 64)
		h, _ := strconv.ParseFloat(bbox[pg[4]:pg[5]], 64)
		words := bboxWord.FindAllStringSubmatch(bbox[pg[1]:end], -1)
		var text []string
		for _, m := range words {
			text = append(text, m[5])
			x0, _ := strconv.ParseFloat(m[1], 64)
			y0, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			y1, _ := strconv.ParseFloat(m[4], 64)
			if x0 < 36 || x1 > w-36 || y0 < 18 || y1 > h-18 {
				t.Errorf("page %d: word %q at x %.0f–%.0f, y %.0f–%.0f is off the text area", i+1, m[5], x0, x1, y0, y1)
			}
		}
		footer := fmt.Sprintf("Page %d of %d", i+1, len(pages))
		if joined := strings.Join(text, " "); !strings.Contains(joined, footer) {
			t.Errorf("page %d lacks its footer %q", i+1, footer)
		}
		if len(words) < 20 {
			t.Errorf("page %d is nearly blank (%d words)", i+1, len(words))
		}
	}
	if len(pages) == 0 {
		t.Errorf("pdftotext -bbox found no page")
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
