package pdf

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// keepAfterHeading is how much must follow heading h on its page: the
// space after it and the start of the next block, as that block will ask
// for room (its place call), so that the block never breaks the page
// and leaves the heading alone at its foot. The start is a paragraph's
// first two lines, a table's header and first row, a figure whole, and
// for a heading followed at once by another, that heading and what it
// keeps.
func (r *renderer) keepAfterHeading(h *ast.Heading) float64 {
	gap := headingStyles[headingLevel(h)].after
	switch next := h.NextSibling().(type) {
	case *ast.Heading:
		_, _, height := r.headingLines(next)
		gap = max(gap, headingStyles[headingLevel(next)].before)
		return gap + height + r.keepAfterHeading(next)
	case *east.Table:
		if r.laid != nil { // a table laid out but never drawn: a pass stopped
			r.laid.release(r)
		}
		if r.laid = r.layTable(next); r.laid != nil {
			return gap + r.laid.lead(r)
		}
	case *ast.Paragraph:
		if keep, ok := r.figureLead(next); ok {
			return max(gap, figureGap) + keep
		}
	}
	return gap + 2*bodyLeading
}

// figureLead is the room a paragraph opening with an image needs on the
// page it starts: the figure and its caption; false when it does not
// open with one, or when the figure takes a landscape page of its own
// (the heading then keeps what any block would ask).
func (r *renderer) figureLead(p *ast.Paragraph) (float64, bool) {
	img, ok := p.FirstChild().(*ast.Image)
	if !ok {
		return 0, false
	}
	var fh float64
	if d, ok := r.meta.Drawings[string(img.Destination)]; ok {
		_, h, landscape := r.drawingPlacement(d)
		if landscape {
			return 0, false
		}
		fh = h
	} else if pic, err := r.pics.load(string(img.Destination)); err == nil {
		_, fh = r.figureSize(pic)
	} else {
		return 0, false
	}
	_, capH := r.caption(img)
	return fh + capH, true
}
