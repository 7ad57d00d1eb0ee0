package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
)

// layoutWithContents lays src out as Render's measuring pass with contents
// does and returns that pass (nil when the document gets no contents).
func layoutWithContents(t *testing.T, src []byte, meta Meta) *renderer {
	t.Helper()
	geo, err := pageGeometry(meta.Paper)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	s := &passShared{doc: markdown.Parse(src), meta: meta, geo: geo, warn: newWarnings(meta), pics: newPictures(meta.Images, "")}
	measure := newRenderer(s, &canvas{}, plan{})
	if err := measure.run(); err != nil {
		t.Fatal(err)
	}
	if measure.page < tocMinPages || len(measure.tocEntries()) < 2 {
		return nil
	}
	r := newRenderer(s, &canvas{}, plan{toc: measure.tocEntries()})
	if err := r.run(); err != nil {
		t.Fatal(err)
	}
	return r
}

// checkNoStrayContentsPage: the page where the contents end is the title
// page, or at least 1-roomForBody full, or the page the body starts on.
func checkNoStrayContentsPage(t *testing.T, name string, r *renderer) {
	t.Helper()
	e := r.contentsEnd
	switch {
	case e.page == 1 && r.bodyStart != 2:
		t.Errorf("%s: contents end on the title page, body starts on page %d, want 2", name, r.bodyStart)
	case e.page > 1 && e.fill < 1-roomForBody && r.bodyStart != e.page:
		t.Errorf("%s: contents end on page %d only %.0f%% full and the body starts on page %d: a nearly empty contents page", name, e.page, 100*e.fill, r.bodyStart)
	case e.page > 1 && e.fill >= 1-roomForBody && r.bodyStart != e.page+1:
		t.Errorf("%s: contents fill %.0f%% of page %d, body starts on page %d, want the next page", name, 100*e.fill, e.page, r.bodyStart)
	}
}

// TestContentsNeverNearlyEmptyPage lays out documents whose contents end
// anywhere from the title page to well into page 3, one more heading at a
// time, and wants the rule of afterContents each time, with both outcomes
// met: a body that starts below a short tail of contents, and one that
// starts on a new page after a full one.
func TestContentsNeverNearlyEmptyPage(t *testing.T) {
	filler := strings.Repeat("Body text that takes room, so that the document is long enough to get contents.\n\n", 12)
	sawBelow, sawNewPage, sawTitlePage := false, false, false
	for n := 20; n <= 110; n += 3 {
		var b strings.Builder
		b.WriteString("# Title\n\n")
		for i := range n {
			fmt.Fprintf(&b, "## Section %d\n\n%s", i+1, filler[:len(filler)/3])
		}
		r := layoutWithContents(t, []byte(b.String()), Meta{Title: "T"})
		if r == nil {
			t.Fatalf("%d headings: no contents", n)
		}
		name := fmt.Sprintf("%d headings", n)
		checkNoStrayContentsPage(t, name, r)
		switch e := r.contentsEnd; {
		case e.page == 1:
			sawTitlePage = true
		case r.bodyStart == e.page:
			sawBelow = true
		default:
			sawNewPage = true
		}
	}
	if !sawBelow || !sawNewPage || !sawTitlePage {
		t.Errorf("the cases did not reach every outcome: body below the contents %v, on a new page after full contents %v, contents on the title page only %v", sawBelow, sawNewPage, sawTitlePage)
	}
}

var svgImage = regexp.MustCompile(`!\[[^\]]*\]\(([^)\s]+\.svg)`)

// TestGoldenDocumentsHaveNoStrayContentsPage checks the rule on every
// golden document, the MDS2 forms and CSDs among them (their contents
// spill a few entries onto page 2).
func TestGoldenDocumentsHaveNoStrayContentsPage(t *testing.T) {
	files, _ := filepath.Glob("../../golden/*/*.md")
	spilled := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := tortureMeta("")
		m.Images = os.DirFS(filepath.Dir(f))
		// Generated diagrams (views/*.svg) are drawn by their Drawing, which
		// this package cannot import: a stand-in of a similar size.
		m.Drawings = map[string]Drawing{}
		for _, dest := range svgImage.FindAllSubmatch(src, -1) {
			m.Drawings[string(dest[1])] = &box{}
		}
		r := layoutWithContents(t, src, m)
		if r == nil {
			continue
		}
		checkNoStrayContentsPage(t, f, r)
		if r.contentsEnd.page > 1 {
			spilled++
			t.Logf("%s: contents end on page %d, %.0f%% full; body starts on page %d", f, r.contentsEnd.page, 100*r.contentsEnd.fill, r.bodyStart)
		}
	}
	if spilled == 0 {
		t.Error("no golden document has contents past the title page; the test checks nothing")
	}
}
