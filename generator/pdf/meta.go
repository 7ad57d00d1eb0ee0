package pdf

import (
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// producer names the software that wrote the PDF file itself.
const producer = "jspgen PDF renderer (codeberg.org/go-pdf/fpdf)"

// applyMeta sets the document information and the settings that make the
// output byte-for-byte reproducible.
func applyMeta(p *fpdf.Fpdf, m Meta) {
	m = validUTF8(m)
	p.SetTitle(m.Title, true)
	author := m.Manufacturer
	if m.IssuedBy != "" {
		author = m.IssuedBy
	}
	p.SetAuthor(author, true)
	p.SetSubject(m.Subject, true)
	p.SetKeywords(strings.Join(m.Keywords, ", "), true)
	p.SetCreator(m.Creator, true)
	p.SetProducer(producer, true)
	if m.Language != "" {
		p.SetLang(m.Language)
	}
	date := m.Date.UTC()
	if m.Date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	// Objects in a fixed order rather than fpdf's map order.
	p.SetCatalogSort(true)
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
}

// docName names a document in errors and warnings: its ID and title.
func docName(m Meta) string {
	switch {
	case m.DocumentID != "" && m.Title != "":
		return fmt.Sprintf("%s (%s)", m.DocumentID, m.Title)
	case m.DocumentID != "":
		return m.DocumentID
	case m.Title != "":
		return fmt.Sprintf("%q", m.Title)
	}
	return "untitled document"
}

// warnings collects the messages of one Render, each once, in the order
// they first arose.
type warnings struct {
	doc  string
	seen map[string]bool
	list []string
}

func newWarnings(m Meta) *warnings { return &warnings{doc: docName(m), seen: map[string]bool{}} }

func (w *warnings) add(format string, args ...any) {
	msg := w.doc + ": " + fmt.Sprintf(format, args...)
	if !w.seen[msg] {
		w.seen[msg] = true
		w.list = append(w.list, msg)
	}
}

// missingGlyph reports a character no embedded font can print, once per
// character whatever the style it was set in.
func (w *warnings) missingGlyph(r rune, f face) {
	key := fmt.Sprintf("glyph %U", r)
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	shown := ""
	if r >= ' ' && r != 0x7f {
		shown = fmt.Sprintf(" %q", string(r))
	}
	w.add("character %U%s has no glyph in the embedded fonts (%s); printed as %q", r, shown, f.fontNames(), string(missingMarker))
}

// validUTF8 replaces invalid UTF-8 in m's strings, on which fpdf panics.
func validUTF8(m Meta) Meta {
	for _, s := range []*string{&m.Title, &m.Product, &m.DocumentID, &m.Revision, &m.ReleaseDate,
		&m.Manufacturer, &m.IssuedBy, &m.Subject, &m.Language, &m.Creator} {
		*s = strings.ToValidUTF8(*s, "\uFFFD")
	}
	m.Keywords = append([]string(nil), m.Keywords...)
	for i := range m.Keywords {
		m.Keywords[i] = strings.ToValidUTF8(m.Keywords[i], "\uFFFD")
	}
	return m
}
