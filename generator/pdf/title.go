package pdf

import (
	"cmp"
	"strings"
)

// titleBlock opens page 1: issuer, title, product, then the document
// control fields. The document's leading H1 is the title: it is shown here
// (Meta.Title wins when set) and not again in the body.
func (r *renderer) titleBlock() {
	m := r.meta
	title := r.docTitle
	top := r.y + 6
	if r.title != nil {
		if link, ok := r.links[headingID(r.title)]; ok {
			r.c.setLink(link, r.geo.top)
		}
	}
	mark := title
	if mark == "" {
		mark = "Title page"
	}
	r.bookmark(mark, 1, r.geo.top)
	r.y = top
	if issuer := cmp.Or(m.IssuedBy, m.Manufacturer); issuer != "" {
		r.titleText(issuer, style{face: faceBold, size: 9.5, color: colorMuted}, 13)
		r.y += 6
	}
	if title != "" {
		r.titleText(title, style{face: faceBold, size: 22, color: colorHeading}, 27)
	}
	if m.Product != "" {
		r.y += 2
		r.titleText(m.Product, style{face: faceRegular, size: 13, color: colorText}, 17)
	}
	r.y += 10
	r.c.line(r.left, r.y, r.right, r.y, 1.5, colorHeading)
	r.y += 8

	type field struct{ label, value string }
	var fields []field
	for _, f := range []field{
		{"Document ID", m.DocumentID},
		{"Revision", m.Revision},
		{"Release date", m.ReleaseDate},
		{"Manufacturer", m.Manufacturer},
		{"Issued by", m.IssuedBy},
	} {
		if strings.TrimSpace(f.value) != "" {
			fields = append(fields, f)
		}
	}
	if len(fields) > 0 {
		colW := r.width() / float64(len(fields))
		bottom := r.y
		for i, f := range fields {
			x := r.left + float64(i)*colW
			label := style{face: faceRegular, size: 7.5, color: colorMuted}
			r.drawLine(line{items: r.plainItems(strings.ToUpper(f.label), label)}, x, colW, r.y, 10, alignLeft)
			value := style{face: faceBold, size: 10, color: colorText}
			lines := wrap(r.plainItems(f.value, value), colW-8)
			for j, ln := range lines {
				r.drawLine(ln, x, colW-8, r.y+11+float64(j)*13, 13, alignLeft)
			}
			bottom = max(bottom, r.y+11+float64(len(lines))*13)
		}
		r.y = bottom + 8
		r.c.line(r.left, r.y, r.right, r.y, 0.6, colorRule)
	}
	r.y += 2
	r.space(18)
}

// titleText places wrapped lines of one style, page-breaking like body text.
func (r *renderer) titleText(s string, st style, leading float64) {
	for _, ln := range wrap(r.plainItems(s, st), r.width()) {
		top := r.place(leading, 0)
		r.drawLine(ln, r.left, r.width(), top, leading, alignLeft)
		r.y = top + leading
	}
}
