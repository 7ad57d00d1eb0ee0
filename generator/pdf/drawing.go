package pdf

import (
	"fmt"
	"slices"

	"codeberg.org/go-pdf/fpdf"
	"github.com/yuin/goldmark/ast"
)

// A Drawing is a figure the renderer draws as vector graphics in place of
// an image file: a diagram generated from the data (generator/diagram),
// whose SVG the HTML page shows under the same destination. Meta.Drawings
// maps an image destination to its drawing; a destination not in it is
// read as a PNG or JPEG file.
type Drawing interface {
	// Size is the drawing's natural size in points.
	Size() (w, h float64)
	// Draw paints it with its top-left corner at x, y, every length
	// multiplied by scale.
	Draw(p Painter, x, y, scale float64)
}

// A FingerprintedDrawing says in bytes everything it draws from: two with
// the same fingerprint draw the same at any place and scale. The build
// takes a document's page and PDF from its last build only when every
// drawing of the document has one (generator's renderInputs).
type FingerprintedDrawing interface {
	Drawing
	Fingerprint() []byte
}

// Painter is what a Drawing draws with: the document's fonts and fpdf's
// vector primitives. Colours are 0xRRGGBB, -1 for none; xy lists
// x0, y0, x1, y1, …; align is -1 left, 0 centre, 1 right.
type Painter interface {
	Rect(x, y, w, h float64, fill, stroke int, lineWidth float64, dashed bool)
	Polyline(xy []float64, stroke int, lineWidth float64, dashed bool)
	Polygon(xy []float64, fill int)
	Text(x, baseline float64, s string, size float64, bold bool, align int, color int)
	TextWidth(s string, size float64, bold bool) float64
}

// painter draws on the canvas of the drawing pass (nothing in the
// measuring passes, as every canvas call).
type painter struct {
	c    *canvas
	miss func(r rune, f face)
}

func color(c int) rgb { return rgb{uint8(c >> 16), uint8(c >> 8), uint8(c)} }

// stroke sets the pen of a drawing canvas.
func (c *canvas) stroke(col int, w float64, dashed bool) {
	c.pdf.SetDrawColor(color(col).ints())
	c.draw, c.drawSet = color(col), true
	c.pdf.SetLineWidth(w)
	c.lineWide, c.lineSet = w, true
	if dashed {
		c.pdf.SetDashPattern([]float64{3 * w, 2.5 * w}, 0)
	} else {
		c.pdf.SetDashPattern(nil, 0)
	}
}

func (p painter) Rect(x, y, w, h float64, fill, stroke int, lineWidth float64, dashed bool) {
	p.c.rect(x, y, w, h, fill, stroke, lineWidth, dashed)
}

func (p painter) Polyline(xy []float64, stroke int, lineWidth float64, dashed bool) {
	p.c.polyline(xy, stroke, lineWidth, dashed)
}

func (p painter) Polygon(xy []float64, fill int) { p.c.polygon(xy, fill) }

// rect, polyline and polygon are the Painter's calls on the canvas.

func (c *canvas) rect(x, y, w, h float64, fill, stroke int, lineWidth float64, dashed bool) {
	if c.rec != nil {
		c.rec.call(func(c *canvas, _ plan) error { c.rect(x, y, w, h, fill, stroke, lineWidth, dashed); return nil })
		return
	}
	if c.pdf == nil {
		return
	}
	style := ""
	if fill >= 0 {
		f := color(fill)
		c.pdf.SetFillColor(f.ints())
		c.fill, c.fillSet = f, true
		style += "F"
	}
	if stroke >= 0 {
		c.stroke(stroke, lineWidth, dashed)
		style += "D"
	}
	if style != "" {
		c.pdf.Rect(x, y, w, h, style)
	}
	c.pdf.SetDashPattern(nil, 0)
}

func (c *canvas) polyline(xy []float64, stroke int, lineWidth float64, dashed bool) {
	if len(xy) < 4 {
		return
	}
	if c.rec != nil {
		xy := slices.Clone(xy) // the drawing may use its slice again
		c.rec.call(func(c *canvas, _ plan) error { c.polyline(xy, stroke, lineWidth, dashed); return nil })
		return
	}
	if c.pdf == nil {
		return
	}
	c.stroke(stroke, lineWidth, dashed)
	for i := 2; i+1 < len(xy); i += 2 {
		c.pdf.Line(xy[i-2], xy[i-1], xy[i], xy[i+1])
	}
	c.pdf.SetDashPattern(nil, 0)
}

func (c *canvas) polygon(xy []float64, fill int) {
	if len(xy) < 6 {
		return
	}
	if c.rec != nil {
		xy := slices.Clone(xy)
		c.rec.call(func(c *canvas, _ plan) error { c.polygon(xy, fill); return nil })
		return
	}
	if c.pdf == nil {
		return
	}
	pts := make([]fpdf.PointType, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		pts = append(pts, fpdf.PointType{X: xy[i], Y: xy[i+1]})
	}
	f := color(fill)
	c.pdf.SetFillColor(f.ints())
	c.fill, c.fillSet = f, true
	c.pdf.Polygon(pts, "F")
}

func (p painter) face(bold bool) face {
	if bold {
		return faceBold
	}
	return faceRegular
}

func (p painter) Text(x, baseline float64, s string, size float64, bold bool, align int, c int) {
	f := p.face(bold)
	s = clean(s, f, p.miss)
	w := f.width(s, size)
	switch align {
	case 0:
		x -= w / 2
	case 1:
		x -= w
	}
	p.c.text(x, baseline, s, f, size, color(c))
}

func (p painter) TextWidth(s string, size float64, bold bool) float64 {
	f := p.face(bold)
	return f.width(clean(s, f, func(rune, face) {}), size)
}

// Legible is a Drawing whose text has a smallest size that can be read
// on paper: drawn at a scale below MinScale, some of its text would print
// too small. The renderer then lets it spread into the margins, and gives
// it a landscape page of its own when that is not enough.
type Legible interface {
	MinScale() float64
}

// wideMargin is how close to the paper's edge a drawing that the text
// column would shrink below its legible scale may reach (0.5 in): every
// printer prints there, and the header and footer stay clear of it.
const wideMargin = 36

// fitDrawing shrinks a drawing of natural size nw × nh to at most
// maxW × maxH, keeping its proportions; it never enlarges.
func fitDrawing(nw, nh, maxW, maxH float64) (w, h float64) {
	w, h = nw, nh
	if w > maxW {
		w, h = maxW, h*maxW/w
	}
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	return w, h
}

// figureHeight is the most of a page's body a figure may take, leaving
// room for its caption.
func figureHeight(g geometry) float64 { return (g.bottom - g.top) * 0.85 }

// drawingPlacement is where a drawing goes and at what size: in the text
// column as an image is (shrunk to the column and most of the page
// height); if that prints its text below its legible scale, as wide as
// the paper less wideMargin on each side; if that is still too small, on
// a landscape page of its own, when the turned page draws it larger.
func (r *renderer) drawingPlacement(d Drawing) (w, h float64, landscape bool) {
	nw, nh := d.Size()
	w, h = fitDrawing(nw, nh, r.width(), figureHeight(r.geo))
	legible := 0.0
	if l, ok := d.(Legible); ok {
		legible = l.MinScale()
	}
	if w/nw >= legible {
		return w, h, false
	}
	if ww, wh := fitDrawing(nw, nh, r.geo.width-2*wideMargin, figureHeight(r.geo)); ww > w {
		w, h = ww, wh
	}
	if w/nw >= legible || r.geo.isLandscape() {
		return w, h, false
	}
	turned := r.geo.landscape()
	if lw, lh := fitDrawing(nw, nh, turned.width-2*wideMargin, figureHeight(turned)); lw > w {
		return lw, lh, true
	}
	return w, h, false
}

// drawingFigure places a Drawing as figure places an image: centred, with
// the image's title (else alt text) as the caption.
func (r *renderer) drawingFigure(img *ast.Image, d Drawing) error {
	nw, _ := d.Size()
	if nw <= 0 {
		return fmt.Errorf("pdf: %s: drawing %q has no size", docName(r.meta), img.Destination)
	}
	w, h, landscape := r.drawingPlacement(d)
	draw := func(x, top float64) error {
		d.Draw(painter{c: r.c, miss: r.warn.missingGlyph}, x, top, w/nw)
		return nil
	}
	if landscape {
		return r.landscapeFigure(img, w, h, draw)
	}
	return r.placeFigure(img, w, h, draw)
}

// landscapeFigure places a figure on a landscape page of its own: the
// page is turned (header, footer and page number along its long edge, as
// on every page), and what follows starts a portrait page again. The
// contents and page numbers need nothing more: it is one more page.
func (r *renderer) landscapeFigure(img *ast.Image, w, h float64, draw func(x, top float64) error) error {
	portrait := r.nextGeo
	r.nextGeo = portrait.landscape()
	r.newPage()
	r.nextGeo = portrait
	left, right := r.left, r.right
	r.left, r.right = r.geo.left, r.geo.right
	err := r.placeFigure(img, w, h, draw)
	r.left, r.right = left, right
	// The page is the figure's: the next block breaks the page.
	r.endPage()
	return err
}
