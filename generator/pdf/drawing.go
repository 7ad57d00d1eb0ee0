package pdf

import (
	"fmt"

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

func color(c int) rgb { return rgb{c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff} }

func (p painter) stroke(c int, w float64, dashed bool) {
	pdf := p.c.pdf
	pdf.SetDrawColor(color(c).r, color(c).g, color(c).b)
	p.c.draw, p.c.drawSet = color(c), true
	pdf.SetLineWidth(w)
	p.c.lineWide, p.c.lineSet = w, true
	if dashed {
		pdf.SetDashPattern([]float64{3 * w, 2.5 * w}, 0)
	} else {
		pdf.SetDashPattern(nil, 0)
	}
}

func (p painter) Rect(x, y, w, h float64, fill, stroke int, lineWidth float64, dashed bool) {
	if p.c.pdf == nil {
		return
	}
	style := ""
	if fill >= 0 {
		f := color(fill)
		p.c.pdf.SetFillColor(f.r, f.g, f.b)
		p.c.fill, p.c.fillSet = f, true
		style += "F"
	}
	if stroke >= 0 {
		p.stroke(stroke, lineWidth, dashed)
		style += "D"
	}
	if style != "" {
		p.c.pdf.Rect(x, y, w, h, style)
	}
	p.c.pdf.SetDashPattern(nil, 0)
}

func (p painter) Polyline(xy []float64, stroke int, lineWidth float64, dashed bool) {
	if p.c.pdf == nil || len(xy) < 4 {
		return
	}
	p.stroke(stroke, lineWidth, dashed)
	for i := 2; i+1 < len(xy); i += 2 {
		p.c.pdf.Line(xy[i-2], xy[i-1], xy[i], xy[i+1])
	}
	p.c.pdf.SetDashPattern(nil, 0)
}

func (p painter) Polygon(xy []float64, fill int) {
	if p.c.pdf == nil || len(xy) < 6 {
		return
	}
	pts := make([]fpdf.PointType, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		pts = append(pts, fpdf.PointType{X: xy[i], Y: xy[i+1]})
	}
	f := color(fill)
	p.c.pdf.SetFillColor(f.r, f.g, f.b)
	p.c.fill, p.c.fillSet = f, true
	p.c.pdf.Polygon(pts, "F")
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

// drawingSize is the size a drawing is placed at: natural size, shrunk
// to the column width and to most of the page height, as an image.
func (r *renderer) drawingSize(d Drawing) (w, h float64) {
	w, h = d.Size()
	if w > r.width() {
		w, h = r.width(), h*r.width()/w
	}
	if maxH := (r.geo.bottom - r.geo.top) * 0.85; h > maxH {
		w, h = w*maxH/h, maxH
	}
	return w, h
}

// drawingFigure places a Drawing as figure places an image: centred, with
// the image's title (else alt text) as the caption.
func (r *renderer) drawingFigure(img *ast.Image, d Drawing) error {
	nw, _ := d.Size()
	if nw <= 0 {
		return fmt.Errorf("pdf: %s: drawing %q has no size", docName(r.meta), img.Destination)
	}
	w, h := r.drawingSize(d)
	return r.placeFigure(img, w, h, func(x, top float64) error {
		d.Draw(painter{c: r.c, miss: r.warn.missingGlyph}, x, top, w/nw)
		return nil
	})
}
