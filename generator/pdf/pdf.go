// Package pdf lays a parsed Markdown document out as a PDF: title block,
// running header and footer, table of contents, bookmarks, tables, lists,
// code and images, set in the embedded Liberation fonts (DejaVu for the
// symbols they lack).
//
// It walks the goldmark tree that the HTML renderer also uses (one
// function per node kind, see blocks.go) and draws onto fpdf. Layout is
// done by this package, not by fpdf: pages break where this package
// decides, which is what lets it keep table rows whole, repeat table
// headers and number the table of contents.
//
// Output is deterministic: the same document and Meta give the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"io/fs"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/yuin/goldmark/ast"
)

// Meta describes one document for the title block, running header/footer and PDF metadata.
type Meta struct {
	Title        string // document title, e.g. "Product Security Plan"
	Product      string // product name, e.g. "Halcyon LVP-7 Large-Volume Infusion System"
	DocumentID   string // e.g. "HAL-SEC-001"
	Revision     string // e.g. "C"
	ReleaseDate  string // already formatted ISO date "2026-03-02"
	Manufacturer string // the title page's manufacturer; PDF author unless IssuedBy is set
	// IssuedBy is the company that issues the document when it is not
	// the manufacturer of what it describes (a version the former maker
	// of a product line released, which the site's manufacturer now
	// supports): the PDF author, and the title page names both.
	IssuedBy string
	Subject  string    // PDF subject
	Keywords []string  // PDF keywords
	Language string    // BCP 47, e.g. "en"
	Creator  string    // e.g. "jspgen 0.1.0"
	Date     time.Time // creation and modification date (UTC); zero → 1970-01-01
	Paper    string    // "letter" (default when empty) or "a4"; anything else is an error
	Images   fs.FS     // resolves relative image destinations (e.g. "diagrams/network.png"); nil → any image is an error
	ImageDir string    // the document's folder inside Images, against which destinations resolve: "" or e.g. "4.1.0" for "../diagrams/network.png"
	// Drawings are image destinations drawn as vector graphics
	// (generated diagrams) instead of read from Images.
	Drawings map[string]Drawing
}

// tocMinPages is the page count from which a document gets a table of
// contents: shorter ones are read at a glance.
const tocMinPages = 4

// Render lays doc out as a PDF. Warnings are human-readable, each naming the
// document (Meta.DocumentID and Title), e.g. glyphs the fonts lack.
//
// Layout is done in passes: measuring passes (drawing nothing) find the page
// count and, for a long document, the page of every heading listed in the
// table of contents; the drawing pass then prints them. Render runs only
// the passes that can change the result (see passShared.render), and the
// last one records its drawing rather than being followed by a drawing
// pass; every pass is the same code, so they cannot disagree.
func Render(doc *markdown.Document, meta Meta) (pdf []byte, warnings []string, err error) {
	return renderDocument(doc, meta, false)
}

// renderDocument is Render; with layoutOnly it does all of Render's work
// but writing the file, and returns no bytes.
func renderDocument(doc *markdown.Document, meta Meta, layoutOnly bool) (pdf []byte, warnings []string, err error) {
	if doc == nil || doc.Root == nil {
		return nil, nil, fmt.Errorf("pdf: %s: no document", docName(meta))
	}
	shared, err := newPassShared(doc, meta, layoutOnly)
	if err != nil {
		return nil, nil, err
	}
	var out []byte
	if allPasses {
		out, err = shared.renderAllPasses()
	} else {
		out, err = shared.render()
	}
	if err != nil {
		return nil, nil, err
	}
	return out, shared.warn.list, nil
}

// newPassShared is what the passes over doc share, before any pass.
func newPassShared(doc *markdown.Document, meta Meta, layoutOnly bool) (*passShared, error) {
	meta = validUTF8(meta)
	geo, err := pageGeometry(meta.Paper)
	if err != nil {
		return nil, fmt.Errorf("pdf: %s: %w", docName(meta), err)
	}
	if _, err := fontMetrics(); err != nil {
		return nil, err
	}
	return &passShared{
		doc:  doc,
		meta: meta,
		geo:  geo,
		warn: newWarnings(meta),
		pics: newPictures(meta.Images, meta.ImageDir),

		layoutOnly: layoutOnly,
	}, nil
}

// allPasses makes Render run every layout pass, measuring passes included,
// whether or not they can change the result; tests set it to check that
// skipping passes gives the same bytes.
var allPasses = false

// renderAllPasses is the plain way to lay a document out, in three passes:
// measure without contents (page count: does the document get contents?),
// measure with contents (the final page of every heading), draw.
func (s *passShared) renderAllPasses() ([]byte, error) {
	measure := newRenderer(s, &canvas{}, plan{})
	if err := measure.run(); err != nil {
		return nil, err
	}
	final := plan{total: measure.page}
	if measure.page >= tocMinPages && len(measure.tocEntries()) >= 2 {
		withTOC := newRenderer(s, &canvas{}, plan{toc: measure.tocEntries()})
		if err := withTOC.run(); err != nil {
			return nil, err
		}
		final = plan{toc: withTOC.tocEntries(), total: withTOC.page}
	}
	return s.draw(final)
}

// render gives the bytes of renderAllPasses with fewer passes, from what
// the passes depend on:
//
//   - The page count changes only the footer's "Page N of M", through the
//     width of M; layout does not depend on it.
//   - The contents' page numbers change only the numbers printed: every
//     number gets the same room. So the measuring pass with contents needs
//     the headings (known from the tree) but not their pages.
//   - Without contents, the first measuring pass matters only by reaching
//     page tocMinPages or not, so it can stop there.
//
// The last layout pass is a recording one (recording.go): what it would
// draw is replayed onto fpdf once it has found the page numbers, so no
// document is laid out twice for its drawing. A document with fewer than
// two headings for the contents is recorded at once. Any other document is
// recorded until it reaches tocMinPages; a short one is then replayed, a
// long one recorded again with contents, then replayed: two passes, the
// first a short one.
func (s *passShared) render() ([]byte, error) {
	entries := s.tocCandidates()
	if len(entries) < 2 {
		rec, err := s.record(plan{}, 0)
		if err != nil {
			return nil, err
		}
		return s.drawRecorded(rec, plan{total: rec.page})
	}
	first, err := s.record(plan{}, tocMinPages)
	if err != nil {
		return nil, err
	}
	if first.page < tocMinPages {
		return s.drawRecorded(first, plan{total: first.page})
	}
	first.c.rec.release()
	withTOC, err := s.record(plan{toc: entries}, 0)
	if err != nil {
		return nil, err
	}
	got := withTOC.tocEntries()
	if !sameHeadings(got, entries) {
		// The tree and the layout disagree on the headings: a bug here,
		// but the plain way still gives the right document.
		withTOC.c.rec.release()
		return s.renderAllPasses()
	}
	return s.drawRecorded(withTOC, plan{toc: got, total: withTOC.page})
}

// record runs a recording pass with plan p, stopping at page stopAt
// (0: never). On an error, nothing recorded is kept.
func (s *passShared) record(p plan, stopAt int) (*renderer, error) {
	rec := newRenderer(s, &canvas{rec: newRecording()}, p)
	rec.stopAt = stopAt
	if err := rec.run(); err != nil {
		rec.c.rec.release()
		return nil, err
	}
	return rec, nil
}

// drawRecorded replays what rec recorded with final known and writes the
// file; rec's warnings become the document's, as a drawing pass's are.
func (s *passShared) drawRecorded(rec *renderer, final plan) ([]byte, error) {
	defer rec.c.rec.release()
	out, err := s.replayed(rec, final)
	if err != nil {
		return nil, err
	}
	s.warn = rec.warn
	pdf, _, err := s.write(out, rec) // the pages are rec's: nothing to check them against
	return pdf, err
}

// draw is the drawing pass: it lays the document out onto fpdf with final
// known, checks that everything fell where the measuring passes said, and
// writes the file.
func (s *passShared) draw(final plan) ([]byte, error) {
	out, pages, err := s.drawPages(final)
	if err == nil && pages != final.total {
		err = fmt.Errorf("pdf: %s: internal error: measured %d pages, drew %d", docName(s.meta), final.total, pages)
	}
	return out, err
}

// drawPages is draw without the page count check; it returns the count.
func (s *passShared) drawPages(final plan) ([]byte, int, error) {
	out, draw, err := s.drawing(final)
	if err != nil {
		return nil, 0, err
	}
	if err := draw.checkAgainst(final); err != nil {
		return nil, 0, fmt.Errorf("pdf: %s: %w", docName(s.meta), err)
	}
	return s.write(out, draw)
}

// drawing lays the document out onto a new fpdf document with final known.
func (s *passShared) drawing(final plan) (*fpdf.Fpdf, *renderer, error) {
	out := s.newFpdf()
	draw := newRenderer(s, &canvas{pdf: out}, final)
	if err := draw.run(); err != nil {
		return nil, nil, err
	}
	return out, draw, nil
}

// newFpdf is a new fpdf document for the drawing, with its metadata.
func (s *passShared) newFpdf() *fpdf.Fpdf {
	out := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: s.geo.width, Ht: s.geo.height}})
	applyMeta(out, s.meta)
	return out
}

// write writes the file fpdf drew (nothing in layoutOnly mode); it
// returns the page count.
func (s *passShared) write(out *fpdf.Fpdf, draw *renderer) ([]byte, int, error) {
	defer out.Release()
	if s.layoutOnly {
		if err := out.Error(); err != nil {
			return nil, 0, fmt.Errorf("pdf: %s: %w", docName(s.meta), err)
		}
		return nil, draw.page, nil
	}
	var buf bytes.Buffer
	if err := out.Output(&buf); err != nil {
		return nil, 0, fmt.Errorf("pdf: %s: %w", docName(s.meta), err)
	}
	return buf.Bytes(), draw.page, nil
}

// tocCandidates are the entries of the contents as the tree gives them,
// without pages: every heading of levels 1 to 3 but the title, in document
// order, as renderHeading records them.
func (s *passShared) tocCandidates() []tocEntry {
	var title ast.Node
	if h, ok := s.doc.Root.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		title = h
	}
	var out []tocEntry
	_ = ast.Walk(s.doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		if level := min(max(h.Level, 1), 6); n != title && level <= 3 {
			out = append(out, tocEntry{text: plainText(h, s.doc.Source), level: level, id: headingID(h)})
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// sameHeadings reports whether a and b list the same headings, pages aside.
func sameHeadings(a, b []tocEntry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].text != b[i].text || a[i].level != b[i].level || a[i].id != b[i].id {
			return false
		}
	}
	return true
}

// passShared is what all passes over one document share: their inputs,
// the warnings (which only drawing passes report, so that they come in the
// order of the printed document however many passes ran) and the images,
// read only once.
type passShared struct {
	doc  *markdown.Document
	meta Meta
	geo  geometry
	warn *warnings
	pics *pictures

	// layoutOnly stops the drawing pass before fpdf writes the file (font
	// subsets, compression); see layoutOnly.go.
	layoutOnly bool

	passes int // the layout passes run (for tests): measuring, recording and drawing
}

// plan is what an earlier pass learnt for the next one.
type plan struct {
	toc   []tocEntry // the table of contents; nil for none
	total int        // page count; 0 while unknown
}

// checkAgainst verifies that the drawing pass put everything where the
// measuring pass said it would; a difference is a bug in this package, and
// would make the table of contents lie.
func (r *renderer) checkAgainst(p plan) error {
	got := r.tocEntries()
	if len(p.toc) > 0 && len(got) != len(p.toc) {
		return fmt.Errorf("internal error: measured %d contents entries, drew %d", len(p.toc), len(got))
	}
	for i := range p.toc {
		if got[i].page != p.toc[i].page {
			return fmt.Errorf("internal error: heading %q measured on page %d, drawn on page %d", got[i].text, p.toc[i].page, got[i].page)
		}
	}
	return nil
}
