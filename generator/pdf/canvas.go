package pdf

import (
	"bytes"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// canvas is where a pass draws. In the measuring passes pdf is nil and every
// drawing call does nothing, so both kinds of pass run the very same layout
// code and cannot disagree about where things fall. A recording pass's
// canvas keeps the calls instead, to make them on a drawing canvas later
// (recording.go).
type canvas struct {
	pdf *fpdf.Fpdf
	rec *recording

	// Faces are registered on first use: an unused face would still be
	// embedded.
	added    [faceCount]bool
	face     face
	size     float64
	color    rgb
	hasFont  bool
	images   map[string]bool
	fillSet  bool
	fill     rgb
	drawSet  bool
	draw     rgb
	lineSet  bool
	lineWide float64
}

// draws reports whether the calls on c draw or are recorded: false in a
// measuring pass.
func (c *canvas) draws() bool { return c.pdf != nil || c.rec != nil }

// do draws with f: at once on a drawing canvas, given p, the pass's plan;
// when replayed on a recording one, given the final plan; never in a
// measuring pass. What depends on the page numbers a recording pass does
// not know yet is drawn this way, and what may fail only when fpdf draws
// it (an image), so that it fails with the same error.
func (c *canvas) do(p plan, f func(c *canvas, final plan) error) error {
	switch {
	case c.rec != nil:
		c.rec.call(f)
	case c.pdf != nil:
		return f(c, p)
	}
	return nil
}

// addPage starts a page of g's size; fpdf is given the portrait size and
// the orientation, as it turns the size itself.
func (c *canvas) addPage(g geometry) {
	if c.rec != nil {
		c.rec.call(func(c *canvas, _ plan) error { c.addPage(g); return nil })
		return
	}
	if c.pdf == nil {
		return
	}
	if g.isLandscape() {
		c.pdf.AddPageFormat("L", fpdf.SizeType{Wd: g.height, Ht: g.width})
		return
	}
	c.pdf.AddPageFormat("P", fpdf.SizeType{Wd: g.width, Ht: g.height})
}

func (c *canvas) use(f face, size float64, color rgb) {
	if c.pdf == nil {
		return
	}
	ff := fontFiles[f]
	if !c.added[f] {
		// Parsed once per process (fpdfFont); third_party/fpdf no
		// longer writes into the font bytes while subsetting.
		font, err := fpdfFont(f)
		if err != nil {
			c.pdf.SetError(err) // the document fails with it
			return
		}
		c.pdf.AddUTF8FontFromParsed(ff.family, ff.style, font)
		c.added[f] = true
	}
	if !c.hasFont || c.face != f || c.size != size {
		c.pdf.SetFont(ff.family, ff.style, size)
		c.face, c.size, c.hasFont = f, size, true
	}
	if c.color != color {
		c.pdf.SetTextColor(color.ints())
		c.color = color
	}
}

// text prints s (already cleaned for f) with its baseline at y; the
// characters f lacks are printed in its fallback fonts.
func (c *canvas) text(x, y float64, s string, f face, size float64, color rgb) {
	if s == "" {
		return
	}
	if c.rec != nil {
		c.rec.add(op{kind: opText, x: x, y: y, s: s, face: f, size: size, color: color})
		return
	}
	if c.pdf == nil {
		return
	}
	f.runs(s, func(run string, font face) {
		c.use(font, size, color)
		c.pdf.Text(x, y, run)
		x += f.width(run, size)
	})
}

func (c *canvas) fillRect(x, y, w, h float64, color rgb) {
	if w <= 0 || h <= 0 {
		return
	}
	if c.rec != nil {
		c.rec.add(op{kind: opFillRect, x: x, y: y, w: w, h: h, color: color})
		return
	}
	if c.pdf == nil {
		return
	}
	if !c.fillSet || c.fill != color {
		c.pdf.SetFillColor(color.ints())
		c.fill, c.fillSet = color, true
	}
	c.pdf.Rect(x, y, w, h, "F")
}

func (c *canvas) line(x1, y1, x2, y2, width float64, color rgb) {
	if c.rec != nil {
		c.rec.add(op{kind: opLine, x: x1, y: y1, w: x2, h: y2, size: width, color: color})
		return
	}
	if c.pdf == nil {
		return
	}
	if !c.drawSet || c.draw != color {
		c.pdf.SetDrawColor(color.ints())
		c.draw, c.drawSet = color, true
	}
	if !c.lineSet || c.lineWide != width {
		c.pdf.SetLineWidth(width)
		c.lineWide, c.lineSet = width, true
	}
	c.pdf.Line(x1, y1, x2, y2)
}

func (c *canvas) linkURL(x, y, w, h float64, url string) {
	if c.rec != nil {
		c.rec.add(op{kind: opLinkURL, x: x, y: y, w: w, h: h, s: url})
		return
	}
	if c.pdf != nil {
		c.pdf.LinkString(x, y, w, h, asciiURI(url))
	}
}

// asciiURI percent-encodes the bytes a PDF URI action may not hold (it is
// 7-bit ASCII): non-ASCII, controls and spaces.
func asciiURI(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (c *canvas) linkTo(x, y, w, h float64, link int) {
	if c.rec != nil {
		c.rec.add(op{kind: opLinkTo, x: x, y: y, w: w, h: h, n: link})
		return
	}
	if c.pdf != nil {
		c.pdf.Link(x, y, w, h, link)
	}
}

// bookmark adds an outline entry at y on the current page.
func (c *canvas) bookmark(title string, level int, y float64) {
	if c.rec != nil {
		c.rec.call(func(c *canvas, _ plan) error { c.bookmark(title, level, y); return nil })
		return
	}
	if c.pdf == nil {
		return
	}
	// fpdf encodes the title as UTF-16 only while a UTF-8 font is current.
	if !c.hasFont {
		c.use(faceRegular, bodySize, colorText)
	}
	c.pdf.Bookmark(strings.ToValidUTF8(title, "\uFFFD"), level, y)
}

// newLink returns an internal link destination, defined later by setLink.
func (c *canvas) newLink() int {
	if c.rec != nil {
		c.rec.links++
		c.rec.add(op{kind: opNewLink, n: c.rec.links})
		return c.rec.links
	}
	if c.pdf == nil {
		return 0
	}
	return c.pdf.AddLink()
}

func (c *canvas) setLink(link int, y float64) {
	if c.rec != nil {
		c.rec.add(op{kind: opSetLink, n: link, y: y})
		return
	}
	if c.pdf != nil {
		c.pdf.SetLink(link, y, -1)
	}
}

// image places img at x, y scaled to w × h. fpdf reads the image data only
// here, so this is where an image it cannot embed is found: a drawing
// canvas's only (call it through do).
func (c *canvas) image(img *picture, x, y, w, h float64) error {
	if c.pdf == nil {
		return nil
	}
	opts := fpdf.ImageOptions{ImageType: img.kind}
	if !c.images[img.name] {
		if c.images == nil {
			c.images = map[string]bool{}
		}
		c.pdf.RegisterImageOptionsReader(img.name, opts, bytes.NewReader(img.data))
		c.images[img.name] = true
	}
	c.pdf.ImageOptions(img.name, x, y, w, h, false, opts, 0, "")
	return c.pdf.Error()
}
