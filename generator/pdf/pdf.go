// Package pdf lays a parsed Markdown document out as a PDF: title block,
// running header and footer, table of contents, bookmarks, tables, lists,
// code and images, set in the embedded Go fonts.
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
)

// Meta describes one document for the title block, running header/footer and PDF metadata.
type Meta struct {
	Title        string    // document title, e.g. "Product Security Plan"
	Product      string    // product name, e.g. "Halcyon LVP-7 Large-Volume Infusion System"
	DocumentID   string    // e.g. "HAL-SEC-001"
	Revision     string    // e.g. "C"
	ReleaseDate  string    // already formatted ISO date "2026-03-02"
	Manufacturer string    // PDF author
	Subject      string    // PDF subject
	Keywords     []string  // PDF keywords
	Language     string    // BCP 47, e.g. "en"
	Creator      string    // e.g. "jspgen 0.1.0"
	Date         time.Time // creation and modification date (UTC); zero → 1970-01-01
	Paper        string    // "letter" (default when empty) or "a4"; anything else is an error
	Images       fs.FS     // resolves relative image destinations (e.g. "diagrams/network.png"); nil → any image is an error
}

// tocMinPages is the page count from which a document gets a table of
// contents: shorter ones are read at a glance.
const tocMinPages = 4

// Render lays doc out as a PDF. Warnings are human-readable, each naming the
// document (Meta.DocumentID and Title), e.g. glyphs the fonts lack.
//
// The document is laid out up to three times. A measuring pass (drawing
// nothing) finds the page count; a long document is measured again with a
// table of contents, which gives every heading its final page; the last
// pass draws with those page numbers known.
func Render(doc *markdown.Document, meta Meta) (pdf []byte, warnings []string, err error) {
	if doc == nil || doc.Root == nil {
		return nil, nil, fmt.Errorf("pdf: %s: no document", docName(meta))
	}
	meta = validUTF8(meta)
	geo, err := pageGeometry(meta.Paper)
	if err != nil {
		return nil, nil, fmt.Errorf("pdf: %s: %w", docName(meta), err)
	}
	if _, err := fontMetrics(); err != nil {
		return nil, nil, err
	}
	shared := &passShared{
		doc:  doc,
		meta: meta,
		geo:  geo,
		warn: newWarnings(meta),
		pics: newPictures(meta.Images),
	}

	measure := newRenderer(shared, &canvas{}, plan{})
	if err := measure.run(); err != nil {
		return nil, nil, err
	}
	final := plan{total: measure.page}
	if measure.page >= tocMinPages && len(measure.tocEntries()) >= 2 {
		withTOC := newRenderer(shared, &canvas{}, plan{toc: measure.tocEntries()})
		if err := withTOC.run(); err != nil {
			return nil, nil, err
		}
		final = plan{toc: withTOC.tocEntries(), total: withTOC.page}
	}

	out := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: fpdf.SizeType{Wd: geo.width, Ht: geo.height}})
	applyMeta(out, meta)
	draw := newRenderer(shared, &canvas{pdf: out}, final)
	if err := draw.run(); err != nil {
		return nil, nil, err
	}
	if err := draw.checkAgainst(final); err != nil {
		return nil, nil, fmt.Errorf("pdf: %s: %w", docName(meta), err)
	}
	var buf bytes.Buffer
	if err := out.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("pdf: %s: %w", docName(meta), err)
	}
	return buf.Bytes(), shared.warn.list, nil
}

// passShared is what all passes over one document share: their inputs,
// and the warnings and images, which must be reported and read only once.
type passShared struct {
	doc  *markdown.Document
	meta Meta
	geo  geometry
	warn *warnings
	pics *pictures
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
	if r.page != p.total {
		return fmt.Errorf("internal error: measured %d pages, drew %d", p.total, r.page)
	}
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
