package diagram

import (
	"encoding/json"
	"math"

	"github.com/jspgen/jspgen/generator/pdf"
)

// pointsPerUnit converts the layout's CSS pixels to PDF points (96 per
// inch to 72), so that a diagram prints at the size a browser shows it.
const pointsPerUnit = 0.75

// The smallest printed sizes, in points, at which a diagram's text reads
// on paper: a box's lines at body size; an arrow's label, a zone's name
// (bold) and the legend, which are short and set apart, a little smaller.
const (
	minBoxTextPt  = 7.0
	minEdgeTextPt = 6.0
)

// MinScale is the smallest scale at which the PDF prints every text of
// the diagram at least at its legible size (pdf.Legible); the renderer
// gives the drawing more room (the margins, a landscape page) rather
// than go below it.
func (l *Layout) MinScale() float64 {
	return max(minBoxTextPt/(nodeFont*pointsPerUnit), minEdgeTextPt/(zoneFont*pointsPerUnit), minEdgeTextPt/(edgeFont*pointsPerUnit))
}

// Size is the layout's natural size in points (pdf.Drawing).
func (l *Layout) Size() (w, h float64) { return l.W * pointsPerUnit, l.H * pointsPerUnit }

// Fingerprint is the layout as JSON: Size and Draw read nothing but its
// fields, all exported (TestLayoutFingerprintHoldsEveryField), and
// constants of this package (pdf.FingerprintedDrawing).
func (l *Layout) Fingerprint() []byte {
	b, err := json.Marshal(l)
	if err != nil {
		return nil
	}
	return b
}

// Draw paints the layout as vector graphics (pdf.Drawing): the same
// boxes, lines and labels as the SVG, in the document's fonts. A label
// the font sets wider than the layout's estimate is set smaller to fit.
func (l *Layout) Draw(p pdf.Painter, x0, y0, scale float64) {
	s := scale * pointsPerUnit
	X := func(v float64) float64 { return x0 + v*s }
	Y := func(v float64) float64 { return y0 + v*s }
	text := func(x, base float64, str string, size float64, bold bool, align int, c int, room float64) {
		sz := size * s
		if w := p.TextWidth(str, sz, bold); room > 0 && w > room*s {
			sz *= room * s / w
		}
		p.Text(X(x), Y(base), str, sz, bold, align, c)
	}
	for _, z := range l.Zones {
		if z.Framed {
			p.Rect(X(z.X), Y(z.Y), z.W*s, z.H*s, colorZoneFill, colorMuted, 0.9*s, true)
		}
		text(z.X+8, z.Y+17, z.Label, zoneFont, true, -1, colorMuted, z.W-12)
	}
	for _, n := range l.Nodes {
		fill, dashed := colorBox, false
		switch {
		case n.Kind.dashed():
			fill, dashed = colorSystem, true
		case n.Kind == Store:
			fill = colorStore
		}
		p.Rect(X(n.X), Y(n.Y), n.W*s, n.H*s, fill, colorInk, 0.9*s, dashed)
		if n.Kind == Store {
			p.Polyline([]float64{X(n.X), Y(n.Y + 4), X(n.X + n.W), Y(n.Y + 4)}, colorInk, 0.75*s, false)
		}
		for i, ln := range n.Lines {
			x, align := lineX(n, i)
			text(x, nodeBaseline(n, i), ln, nodeFont, false, align, colorInk, n.W-8)
		}
	}
	for _, e := range l.Edges {
		xy := make([]float64, 0, 2*len(e.Points))
		for _, pt := range e.Points {
			xy = append(xy, X(pt.X), Y(pt.Y))
		}
		if e.Undirected {
			p.Polyline(xy, colorEdge, 1*s, true)
		} else {
			// Stop the line at the arrowhead's base, then fill the head.
			n := len(xy)
			tip := Point{xy[n-2], xy[n-1]}
			prev := Point{xy[n-4], xy[n-3]}
			dx, dy := tip.X-prev.X, tip.Y-prev.Y
			d := math.Hypot(dx, dy)
			head := 7 * s
			if d > 0 {
				ux, uy := dx/d, dy/d
				base := Point{tip.X - ux*head, tip.Y - uy*head}
				line := append(append([]float64{}, xy[:n-2]...), base.X, base.Y)
				p.Polyline(line, colorEdge, 1*s, false)
				half := head * 0.5
				p.Polygon([]float64{tip.X, tip.Y, base.X - uy*half, base.Y + ux*half, base.X + uy*half, base.Y - ux*half}, colorEdge)
			}
		}
		if e.Label != "" {
			// A white band under the label, as the SVG's halo.
			p.Rect(X(e.LabelBox.X-1), Y(e.LabelBox.Y), (e.LabelBox.W+2)*s, e.LabelBox.H*s, colorBox, -1, 0, false)
			text(e.LabelBox.X, labelBaseline(e), e.Label, edgeFont, false, -1, colorInk, e.LabelBox.W)
		}
	}
	for i, ln := range l.Legend {
		text(margin, l.LegendY+float64(i)*legendLead, ln, edgeFont, false, -1, colorMuted, l.W-2*margin)
	}
}

var (
	_ pdf.Drawing = (*Layout)(nil)
	_ pdf.Legible = (*Layout)(nil)
)
