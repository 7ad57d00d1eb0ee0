package diagram

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
)

// Colours, shared by both backends (0xRRGGBB).
const (
	colorInk      = 0x24292f
	colorMuted    = 0x57606a
	colorZoneFill = 0xf3f5f7
	colorBox      = 0xffffff
	colorSystem   = 0xfbfbfb
	colorStore    = 0xfff8e6
	colorEdge     = 0x1f5f99
)

// SVG writes the layout as a standalone SVG image: a <title> and <desc>
// (the text alternative), text as real SVG text in a generic sans-serif
// family, no script, no external reference. The bytes depend only on the
// layout.
func (l *Layout) SVG() []byte {
	var b bytes.Buffer
	w, h := num(l.W), num(l.H)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="title desc" font-family="sans-serif">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, "<title id=\"title\">%s</title>\n<desc id=\"desc\">%s</desc>\n", esc(l.Title), esc(l.Desc))
	fmt.Fprintf(&b, `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="%s"/></marker></defs>`+"\n", hex(colorEdge))
	fmt.Fprintf(&b, `<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", w, h)
	for _, z := range l.Zones {
		if z.Framed {
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" rx="6" fill="%s" stroke="%s" stroke-width="1.2" stroke-dasharray="7 4"/>`+"\n",
				num(z.X), num(z.Y), num(z.W), num(z.H), hex(colorZoneFill), hex(colorMuted))
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" font-weight="bold" fill="%s">%s</text>`+"\n",
			num(z.X+8), num(z.Y+17), num(zoneFont), hex(colorMuted), esc(z.Label))
	}
	for _, n := range l.Nodes {
		fill, dash := colorBox, ""
		switch {
		case n.Kind.dashed():
			fill, dash = colorSystem, ` stroke-dasharray="4 3"`
		case n.Kind == Store:
			fill = colorStore
		}
		fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" rx="3" fill="%s" stroke="%s" stroke-width="1.2"%s/>`+"\n",
			num(n.X), num(n.Y), num(n.W), num(n.H), hex(fill), hex(colorInk), dash)
		if n.Kind == Store {
			fmt.Fprintf(&b, `<path d="M%s %sH%s" stroke="%s" stroke-width="1"/>`+"\n", num(n.X), num(n.Y+4), num(n.X+n.W), hex(colorInk))
		}
		for i, ln := range n.Lines {
			x, align := lineX(n, i)
			anchor := ` text-anchor="middle"`
			if align < 0 {
				anchor = ""
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s"%s fill="%s">%s</text>`+"\n",
				num(x), num(nodeBaseline(n, i)), num(nodeFont), anchor, hex(colorInk), esc(ln))
		}
	}
	for _, e := range l.Edges {
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="1.3"`, points(e.Points), hex(colorEdge))
		if e.Undirected {
			b.WriteString(` stroke-dasharray="3 3"/>` + "\n")
		} else {
			b.WriteString(` marker-end="url(#arrow)"/>` + "\n")
		}
		if e.Label != "" {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" fill="%s" stroke="#ffffff" stroke-width="3" paint-order="stroke">%s</text>`+"\n",
				num(e.LabelBox.X), num(labelBaseline(e)), num(edgeFont), hex(colorInk), esc(e.Label))
		}
	}
	for i, ln := range l.Legend {
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" fill="%s">%s</text>`+"\n",
			num(margin), num(l.LegendY+float64(i)*legendLead), num(edgeFont), hex(colorMuted), esc(ln))
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// nodeBaseline is the baseline of a node label's line i.
func nodeBaseline(n NodeBox, i int) float64 { return n.Y + 6 + nodeFont + float64(i)*nodeLead }

// labelBaseline is the baseline of an edge's label.
func labelBaseline(e EdgePath) float64 { return e.LabelBox.Y + e.LabelBox.H - 3 }

func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

func hex(c int) string { return fmt.Sprintf("#%06x", c) }

func points(ps []Point) string {
	var b bytes.Buffer
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p.X) + "," + num(p.Y))
	}
	return b.String()
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
