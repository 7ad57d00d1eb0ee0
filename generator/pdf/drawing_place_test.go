package pdf

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/testtools"
)

// sized is a Drawing of a given natural size, legible from a given scale
// (0: it says nothing, as a plain Drawing).
type sized struct {
	w, h, legible float64
}

func (s sized) Size() (w, h float64) { return s.w, s.h }

func (s sized) Draw(p Painter, x, y, scale float64) {
	p.Rect(x, y, s.w*scale, s.h*scale, -1, 0x000000, 1, false)
	p.Text(x+4, y+12, "DRAWINGTEXT", 9*scale, false, -1, 0x000000)
}

type legibleSized struct{ sized }

func (s legibleSized) MinScale() float64 { return s.legible }

func drawingOf(w, h, legible float64) Drawing {
	if legible == 0 {
		return sized{w, h, 0}
	}
	return legibleSized{sized{w, h, legible}}
}

// TestDrawingPlacement: the column when it prints the drawing legibly, or
// when the drawing says nothing of legibility; else the paper's width less
// wideMargin; else a landscape page, but only where it draws larger.
// Letter: column 504, wide 540, landscape wide 720 and 425 high; A4:
// column 487.28, wide 523.28.
func TestDrawingPlacement(t *testing.T) {
	for _, tc := range []struct {
		name      string
		paper     string
		d         Drawing
		wantW     float64
		landscape bool
	}{
		{"small: natural size", "letter", drawingOf(400, 200, 0.8), 400, false},
		{"column legible", "letter", drawingOf(600, 200, 0.8), 504, false},
		{"plain drawing stays in the column", "letter", drawingOf(800, 200, 0), 504, false},
		{"into the margins", "letter", drawingOf(640, 200, 0.8), 540, false},
		{"into the margins on A4", "a4", drawingOf(620, 200, 0.8), 523.28, false},
		{"landscape", "letter", drawingOf(800, 200, 0.8), 720, true},
		{"landscape on A4", "a4", drawingOf(700, 200, 0.8), 700, true},
		{"tall: landscape would draw smaller", "letter", drawingOf(800, 700, 0.8), 540, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := pageGeometry(tc.paper)
			if err != nil {
				t.Fatal(err)
			}
			r := &renderer{geo: g, nextGeo: g, left: g.left, right: g.right}
			w, _, landscape := r.drawingPlacement(tc.d)
			if math.Abs(w-tc.wantW) > 0.01 || landscape != tc.landscape {
				t.Errorf("got width %.2f landscape %v, want %.2f %v", w, landscape, tc.wantW, tc.landscape)
			}
		})
	}
}

// TestLandscapeDrawingPage renders a document with a drawing that needs a
// landscape page and checks with poppler's tools that exactly that page is
// turned, the text before and after it is on portrait pages, every page
// says "Page N of M" with the right N and M, and the contents give the
// page of the heading after the drawing.
func TestLandscapeDrawingPage(t *testing.T) {
	testtools.Need(t, "pdftotext")
	testtools.Need(t, "pdfinfo")
	var src strings.Builder
	src.WriteString("# T\n\n")
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&src, "## Section %d\n\n%s\n\n", i, strings.Repeat("Filler text to make a page. ", 150))
	}
	src.WriteString("## Before\n\nBEFORETEXT\n\n![Wide](views/wide.svg \"Figure 1. Wide\")\n\n## After\n\nAFTERTEXT\n")
	for _, paper := range []string{"letter", "a4"} {
		out, warns, err := Render(markdown.Parse([]byte(src.String())), Meta{Title: "T", Paper: paper,
			Drawings: map[string]Drawing{"views/wide.svg": drawingOf(800, 300, 0.8)}})
		if err != nil {
			t.Fatalf("%s: %v (%v)", paper, err, warns)
		}
		path := filepath.Join(t.TempDir(), "wide.pdf")
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(strings.TrimSuffix(run(t, "pdftotext", path, "-"), "\f"), "\f")
		info := run(t, "pdfinfo", "-f", "1", "-l", fmt.Sprint(len(pages)), path)
		sizes := regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)`).FindAllStringSubmatch(info, -1)
		if len(sizes) != len(pages) {
			t.Fatalf("%s: %d page sizes for %d pages:\n%s", paper, len(sizes), len(pages), info)
		}
		turned := 0
		for i, text := range pages {
			var w, h float64
			fmt.Sscan(sizes[i][2], &w)
			fmt.Sscan(sizes[i][3], &h)
			hasDrawing := strings.Contains(text, "DRAWINGTEXT")
			if hasDrawing {
				turned = i + 1
			}
			if (w > h) != hasDrawing {
				t.Errorf("%s: page %d is %.0f × %.0f; drawing on it: %v", paper, i+1, w, h, hasDrawing)
			}
			if want := fmt.Sprintf("Page %d of %d", i+1, len(pages)); !strings.Contains(text, want) {
				t.Errorf("%s: page %d does not say %q", paper, i+1, want)
			}
		}
		if turned == 0 {
			t.Fatalf("%s: the drawing was not printed", paper)
		}
		if !strings.Contains(pages[turned-2], "BEFORETEXT") || strings.Contains(pages[turned-1], "BEFORETEXT") {
			t.Errorf("%s: the text before the drawing is not on the page before it (page %d)", paper, turned-1)
		}
		if !strings.Contains(pages[turned], "AFTERTEXT") {
			t.Errorf("%s: the text after the drawing is not on the page after it (page %d)", paper, turned+1)
		}
		contents := strings.Split(run(t, "pdftotext", "-layout", "-l", "1", path, "-"), "\f")[0]
		if !regexp.MustCompile(`(?m)^\s*After[ .]*` + fmt.Sprint(turned+1) + `$`).MatchString(contents) {
			t.Errorf("%s: the contents do not give page %d for the heading after the drawing:\n%s", paper, turned+1, contents)
		}
	}
}

// TestLandscapeDrawingFirstOnPage: a drawing that needs a landscape page
// and comes first on a page the body has not yet used (here the first
// block after the contents, which the body starts a page after) turns
// that page rather than leave it blank: every page has body text, and
// the drawing's page is the one after the contents.
func TestLandscapeDrawingFirstOnPage(t *testing.T) {
	testtools.Need(t, "pdftotext")
	testtools.Need(t, "pdfinfo")
	var src strings.Builder
	src.WriteString("# T\n\n![Wide](views/wide.svg \"Figure 1. Wide\")\n\n")
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&src, "## Section %d\n\n%s\n\n", i, strings.Repeat("Filler text to make a page. ", 150))
	}
	for _, paper := range []string{"letter", "a4"} {
		out, warns, err := Render(markdown.Parse([]byte(src.String())), Meta{Title: "T", Paper: paper,
			Drawings: map[string]Drawing{"views/wide.svg": drawingOf(800, 300, 0.8)}})
		if err != nil {
			t.Fatalf("%s: %v (%v)", paper, err, warns)
		}
		path := filepath.Join(t.TempDir(), "first.pdf")
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(strings.TrimSuffix(run(t, "pdftotext", path, "-"), "\f"), "\f")
		info := run(t, "pdfinfo", "-f", "1", "-l", fmt.Sprint(len(pages)), path)
		sizes := regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)`).FindAllStringSubmatch(info, -1)
		if len(sizes) != len(pages) {
			t.Fatalf("%s: %d page sizes for %d pages:\n%s", paper, len(sizes), len(pages), info)
		}
		if !strings.Contains(pages[0], "Contents") {
			t.Fatalf("%s: no contents on page 1, so the case is not exercised:\n%s", paper, pages[0])
		}
		for i, text := range pages {
			body := 0
			for _, l := range strings.Split(text, "\n") {
				if l = strings.TrimSpace(l); l != "" && l != "T" && !strings.HasPrefix(l, "Page ") {
					body++
				}
			}
			if body == 0 {
				t.Errorf("%s: page %d of %d is blank", paper, i+1, len(pages))
			}
			var w, h float64
			fmt.Sscan(sizes[i][2], &w)
			fmt.Sscan(sizes[i][3], &h)
			if hasDrawing := strings.Contains(text, "DRAWINGTEXT"); (w > h) != hasDrawing || hasDrawing != (i == 1) {
				t.Errorf("%s: page %d is %.0f × %.0f with the drawing %v; want the drawing on page 2, turned", paper, i+1, w, h, hasDrawing)
			}
		}
	}
}
