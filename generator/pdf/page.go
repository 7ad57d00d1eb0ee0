package pdf

import (
	"fmt"
	"strconv"
	"strings"
)

// geometry is the page and its furniture, in points from the top left.
type geometry struct {
	width, height  float64
	left, right    float64 // text column
	top, bottom    float64 // body area
	headerBaseline float64
	headerRule     float64
	footerRule     float64
	footerBaseline float64
}

// margin is 0.75 in (19 mm) on every side of the text.
const margin = 54

func pageGeometry(paper string) (geometry, error) {
	var g geometry
	switch strings.ToLower(paper) {
	case "", "letter":
		g.width, g.height = 612, 792
	case "a4":
		g.width, g.height = 595.28, 841.89
	default:
		return g, fmt.Errorf("paper %q: want \"letter\" or \"a4\"", paper)
	}
	return sheet(g.width, g.height), nil
}

// landscape is the geometry of a page of the same paper turned a quarter:
// the same margins, header and footer, along the long edge.
func (g geometry) landscape() geometry {
	if g.width > g.height {
		return g
	}
	return sheet(g.height, g.width)
}

// isLandscape reports whether the page is wider than tall.
func (g geometry) isLandscape() bool { return g.width > g.height }

// sheet lays the furniture out on a page of width × height points.
func sheet(width, height float64) geometry {
	g := geometry{width: width, height: height}
	g.left, g.right = margin, g.width-margin
	g.headerBaseline = margin - 16
	g.headerRule = margin - 10
	g.top = margin + 4
	g.footerRule = g.height - margin + 8
	g.footerBaseline = g.height - margin + 22
	g.bottom = g.height - margin
	return g
}

const furnitureSize = 8

// newPage ends the current page (footer, open block-quote rules) and starts
// the next one with its header.
func (r *renderer) newPage() {
	if r.page > 0 {
		r.closeBars()
		r.footer()
	}
	r.geo = r.nextGeo
	r.page++
	if r.stopAt > 0 && r.page >= r.stopAt {
		r.stopped = true
	}
	r.c.addPage(r.geo)
	r.header()
	r.y = r.geo.top
	r.gap = 0
	for i := range r.bars {
		r.bars[i].top = r.y
	}
}

// endPage makes the next block start a new page without starting it
// now: the block starts the page it needs, so a drawing that takes a
// landscape page of its own turns that page instead of leaving an empty
// portrait one before it.
func (r *renderer) endPage() { r.y, r.gap = r.geo.bottom, 0 }

// pageEnded reports a page endPage ended: the next block starts a new one.
func (r *renderer) pageEnded() bool { return r.y >= r.geo.bottom }

// finish ends the last page.
func (r *renderer) finish() {
	r.closeBars()
	r.footer()
}

// atTop reports whether nothing has been placed on the page yet.
func (r *renderer) atTop() bool { return r.y <= r.geo.top+0.01 }

// place makes room for a block of height h that must also be followed by
// keep more on the same page (a heading and its first lines), breaking the
// page if needed, and returns the block's top. The pending gap is dropped at
// the top of a page.
func (r *renderer) place(h, keep float64) float64 {
	if r.atTop() {
		r.gap = 0
	}
	if !r.atTop() && r.y+r.gap+h+keep > r.geo.bottom {
		r.newPage()
	} else {
		r.y += r.gap
	}
	r.gap = 0
	return r.y
}

// space asks for at least g points before the next block.
func (r *renderer) space(g float64) { r.gap = max(r.gap, g) }

// width is the width of the current text column.
func (r *renderer) width() float64 { return r.right - r.left }

// indent moves the left edge of the column by d, but never so far that
// less than minTextWidth is left (deeply nested input must still lay out).
func (r *renderer) indent(d float64) {
	r.left = min(r.left+d, max(r.right-minTextWidth, r.left))
}

// indented is the width a column width wide keeps once indented by d, as
// indent leaves it.
func indented(width, d float64) float64 {
	return max(width-d, min(minTextWidth, width))
}

func (r *renderer) header() {
	m := r.meta
	text := headerText(clean(m.Product, faceRegular, r.warn.missingGlyph), clean(r.docTitle, faceRegular, r.warn.missingGlyph), r.geo.right-r.geo.left)
	if text == "" {
		return
	}
	r.c.text(r.geo.left, r.geo.headerBaseline, text, faceRegular, furnitureSize, colorMuted)
	r.c.line(r.geo.left, r.geo.headerRule, r.geo.right, r.geo.headerRule, 0.5, colorRule)
}

func (r *renderer) footer() {
	m := r.meta
	r.c.line(r.geo.left, r.geo.footerRule, r.geo.right, r.geo.footerRule, 0.5, colorRule)
	rev := ""
	if m.Revision != "" {
		rev = "Revision " + m.Revision
	}
	left := clean(joinNonEmpty(" · ", m.DocumentID, rev), faceRegular, r.warn.missingGlyph)
	// The total is the count the measuring pass found, or the recording
	// pass once it has ended: drawing knows it, so it is printed as it is,
	// not left to fpdf to fill in (an alias fpdf looked for in every
	// page's bytes).
	page, g := r.page, r.geo
	_ = r.c.do(r.plan, func(c *canvas, final plan) error {
		text := "Page " + strconv.Itoa(page) + " of " + strconv.Itoa(final.total)
		w := faceRegular.width(text, furnitureSize)
		left := fit(left, faceRegular, furnitureSize, g.right-g.left-w-12)
		c.text(g.left, g.footerBaseline, left, faceRegular, furnitureSize, colorMuted)
		c.text(g.right-w, g.footerBaseline, text, faceRegular, furnitureSize, colorMuted)
		return nil
	})
}

// headerText is the running header, product and document title, at most
// w wide. When both do not fit, the product's name is shortened rather
// than the title: a page of a document whose product has a long name
// still says which document it belongs to.
func headerText(product, title string, w float64) string {
	text := joinNonEmpty(" · ", product, title)
	size := float64(furnitureSize)
	if faceRegular.width(text, size) <= w || strings.TrimSpace(product) == "" || strings.TrimSpace(title) == "" {
		return fit(text, faceRegular, size, w)
	}
	tail := " · " + strings.TrimSpace(title)
	if rest := w - faceRegular.width(tail, size); rest >= w/3 {
		return fit(strings.TrimSpace(product), faceRegular, size, rest) + tail
	}
	return fit(text, faceRegular, size, w)
}

// fit shortens s with an ellipsis until it is at most w wide.
func fit(s string, f face, size, w float64) string {
	if f.width(s, size) <= w {
		return s
	}
	runes := []rune(s)
	for len(runes) > 0 && f.width(string(runes)+"…", size) > w {
		runes = runes[:len(runes)-1]
	}
	return strings.TrimSpace(string(runes)) + "…"
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}
