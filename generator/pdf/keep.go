package pdf

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// keepAfterHeading is how much must follow heading h on its page: the
// space after it and the start of the next block, as that block will ask
// for room (its place call), so that the block never breaks the page
// and leaves the heading alone at its foot. The start is a paragraph's
// first lines as it keeps them (textLead), a table's header and first
// row, a figure whole, and for a heading followed at once by another,
// that heading and what it keeps.
func (r *renderer) keepAfterHeading(h *ast.Heading) float64 {
	gap := headingStyles[headingLevel(h)].after
	switch next := h.NextSibling().(type) {
	case *ast.Heading:
		_, _, height := r.headingLines(next)
		gap = max(gap, headingStyles[headingLevel(next)].before)
		return gap + height + r.keepAfterHeading(next)
	case *east.Table:
		if lt := r.tableAhead(next); lt != nil {
			return gap + lt.lead(r)
		}
	case *ast.Paragraph:
		if keep, ok := r.figureLead(next); ok {
			return max(gap, figureGap) + keep
		}
	}
	return gap + r.textLead(h.NextSibling(), r.width())
}

// textLead is the room the first lines of block n ask for on the page
// they start, in a column width wide: a paragraph's as textLines keeps
// them (three lines of a paragraph of three), a list's first item's, a
// block quote's first block's; never less than two lines.
func (r *renderer) textLead(n ast.Node, width float64) float64 {
	lead := 2 * bodyLeading
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		lines, image := r.leadLines(n, width)
		lead = max(lead, float64(1+linesKept(0, lines))*bodyLeading)
		if t := introducedTable(n); t != nil && !image && width == r.width() && 1+linesKept(0, lines) == lines {
			// A short introduction moves with its table (renderParagraph).
			if lt := r.tableAhead(t); lt != nil {
				lead = float64(lines)*bodyLeading + r.paraGap + lt.lead(r)
			}
		}
	case *ast.List:
		if item := n.FirstChild(); item != nil && item.FirstChild() != nil {
			lead = max(lead, r.textLead(item.FirstChild(), indented(width, itemIndent(n))))
		}
	case *ast.Blockquote:
		if ch := n.FirstChild(); ch != nil {
			lead = max(lead, r.textLead(ch, indented(width, quoteIndent)))
		}
	}
	return lead
}

// leadLines is the number of lines paragraph p's text before its first
// image (all of it, without one) takes in a column width wide, and
// whether it has an image.
func (r *renderer) leadLines(p ast.Node, width float64) (int, bool) {
	c := collector{r: r, figures: true, items: r.borrowItems()}
	c.children(p, style{face: faceRegular, size: bodySize, color: r.color})
	items := c.items
	defer r.returnItems(items)
	image := false
	for i, it := range items {
		if it.kind == itemImage {
			items, image = items[:i], true
			break
		}
	}
	lines, buf := wrapInto(r.borrowItems(), items, width)
	r.returnItems(buf)
	return len(lines), image
}

// introducedTable is the table right after paragraph p, which p
// introduces; nil when there is none (or p is a list item's text).
func introducedTable(p ast.Node) *east.Table {
	if _, ok := p.(*ast.Paragraph); !ok {
		return nil
	}
	t, _ := p.NextSibling().(*east.Table)
	return t
}

// tableAhead is table t laid out in the current column for a decision
// taken before it is drawn (what a heading or an introduction keeps
// with it), once: renderTable draws what was laid. A table laid out but
// never drawn (a pass stopped, a column changed) is given back first.
func (r *renderer) tableAhead(t *east.Table) *laidTable {
	if r.laid != nil && r.laid.node == t && r.laid.width == r.width() {
		return r.laid
	}
	if r.laid != nil {
		r.laid.release(r)
	}
	r.laid = r.layTable(t)
	return r.laid
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

// linesKept is how many lines must follow line i of a paragraph of n
// lines on its page: the page may not break before the second line (the
// first would be left alone at the foot of a page, an orphan) nor before
// the last (it would start the next page alone, a widow). So a paragraph
// of two or three lines moves to the next page whole, and one of four or
// more keeps at least two lines on each side of the page break.
func linesKept(i, n int) int {
	k := 0
	for j := i + 1; j < n && (j == 1 || j == n-1); j++ {
		k++
	}
	return k
}
