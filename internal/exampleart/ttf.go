package main

// A small TrueType rasteriser for the diagram's labels. The Go fonts come
// as TTF bytes from golang.org/x/image/font/gofont; x/image's own
// rasteriser (font/opentype) needs modules this repository does not
// depend on, and labels need little: ASCII glyphs, quadratic outlines,
// non-zero winding, anti-aliasing by supersampling.

import (
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"math"
)

type ttfont struct {
	data                     []byte
	tables                   map[string][]byte
	unitsPerEm               float64
	longLoca                 bool
	numHMetrics              int
	ascent, descent, lineGap float64 // font units
	cmap                     map[rune]uint16
	glyf, loca, hmtx         []byte
}

// face is a font at a pixel size.
type face struct {
	f    *ttfont
	size float64 // pixels per em
}

func parseTTF(data []byte) (*ttfont, error) {
	if len(data) < 12 {
		return nil, errors.New("short font")
	}
	f := &ttfont{data: data, tables: map[string][]byte{}}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := data[12+16*i:]
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if int(off+ln) > len(data) {
			return nil, errors.New("table out of range")
		}
		f.tables[string(rec[:4])] = data[off : off+ln]
	}
	head, hhea := f.tables["head"], f.tables["hhea"]
	if head == nil || hhea == nil || f.tables["cmap"] == nil || f.tables["glyf"] == nil {
		return nil, errors.New("missing tables")
	}
	f.unitsPerEm = float64(binary.BigEndian.Uint16(head[18:]))
	f.longLoca = binary.BigEndian.Uint16(head[50:]) == 1
	f.ascent = float64(int16(binary.BigEndian.Uint16(hhea[4:])))
	f.descent = float64(int16(binary.BigEndian.Uint16(hhea[6:])))
	f.lineGap = float64(int16(binary.BigEndian.Uint16(hhea[8:])))
	f.numHMetrics = int(binary.BigEndian.Uint16(hhea[34:]))
	f.glyf, f.loca, f.hmtx = f.tables["glyf"], f.tables["loca"], f.tables["hmtx"]
	return f, f.parseCmap()
}

// parseCmap reads the Windows Unicode BMP subtable (format 4).
func (f *ttfont) parseCmap() error {
	c := f.tables["cmap"]
	f.cmap = map[rune]uint16{}
	n := int(binary.BigEndian.Uint16(c[2:]))
	for i := range n {
		rec := c[4+8*i:]
		pid, eid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		sub := c[binary.BigEndian.Uint32(rec[4:]):]
		if pid != 3 || eid != 1 || binary.BigEndian.Uint16(sub) != 4 {
			continue
		}
		segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
		ends, starts := sub[14:], sub[16+2*segs:]
		deltas, offsets := sub[16+4*segs:], sub[16+6*segs:]
		for s := range segs {
			end, start := int(binary.BigEndian.Uint16(ends[2*s:])), int(binary.BigEndian.Uint16(starts[2*s:]))
			delta, ro := binary.BigEndian.Uint16(deltas[2*s:]), int(binary.BigEndian.Uint16(offsets[2*s:]))
			for r := start; r <= end && r < 0x250; r++ {
				var g uint16
				if ro == 0 {
					g = uint16(r) + delta
				} else {
					p := 16 + 6*segs + 2*s + ro + 2*(r-start)
					g = binary.BigEndian.Uint16(sub[p:])
					if g != 0 {
						g += delta
					}
				}
				f.cmap[rune(r)] = g
			}
		}
		return nil
	}
	return errors.New("no Unicode cmap")
}

func (f *ttfont) advance(g uint16) float64 {
	i := int(g)
	if i >= f.numHMetrics {
		i = f.numHMetrics - 1
	}
	return float64(binary.BigEndian.Uint16(f.hmtx[4*i:]))
}

type pt struct{ x, y float64 }

// outline returns the glyph's contours as closed polylines in font units.
func (f *ttfont) outline(g uint16, dx, dy float64) [][]pt {
	var start, end uint32
	if f.longLoca {
		start, end = binary.BigEndian.Uint32(f.loca[4*int(g):]), binary.BigEndian.Uint32(f.loca[4*int(g)+4:])
	} else {
		start, end = 2*uint32(binary.BigEndian.Uint16(f.loca[2*int(g):])), 2*uint32(binary.BigEndian.Uint16(f.loca[2*int(g)+2:]))
	}
	if end <= start {
		return nil
	}
	b := f.glyf[start:end]
	nc := int(int16(binary.BigEndian.Uint16(b)))
	if nc < 0 { // composite: components placed by x/y offsets
		var out [][]pt
		p := 10
		for {
			flags, idx := binary.BigEndian.Uint16(b[p:]), binary.BigEndian.Uint16(b[p+2:])
			p += 4
			var ox, oy float64
			if flags&1 != 0 {
				ox, oy = float64(int16(binary.BigEndian.Uint16(b[p:]))), float64(int16(binary.BigEndian.Uint16(b[p+2:])))
				p += 4
			} else {
				ox, oy = float64(int8(b[p])), float64(int8(b[p+1]))
				p += 2
			}
			switch {
			case flags&0x08 != 0:
				p += 2
			case flags&0x40 != 0:
				p += 4
			case flags&0x80 != 0:
				p += 8
			}
			out = append(out, f.outline(idx, dx+ox, dy+oy)...)
			if flags&0x20 == 0 {
				return out
			}
		}
	}
	endPts := make([]int, nc)
	for i := range nc {
		endPts[i] = int(binary.BigEndian.Uint16(b[10+2*i:]))
	}
	np := endPts[nc-1] + 1
	p := 10 + 2*nc
	p += 2 + int(binary.BigEndian.Uint16(b[p:]))
	flags := make([]byte, 0, np)
	for len(flags) < np {
		fl := b[p]
		p++
		flags = append(flags, fl)
		if fl&8 != 0 {
			r := int(b[p])
			p++
			for range r {
				flags = append(flags, fl)
			}
		}
	}
	coords := func(short, same byte) []float64 {
		out := make([]float64, np)
		v := 0.0
		for i, fl := range flags[:np] {
			switch {
			case fl&short != 0:
				d := float64(b[p])
				p++
				if fl&same == 0 {
					d = -d
				}
				v += d
			case fl&same == 0:
				v += float64(int16(binary.BigEndian.Uint16(b[p:])))
				p += 2
			}
			out[i] = v
		}
		return out
	}
	xs := coords(2, 16)
	ys := coords(4, 32)
	var out [][]pt
	first := 0
	for _, last := range endPts {
		out = append(out, contour(xs[first:last+1], ys[first:last+1], flags[first:last+1], dx, dy))
		first = last + 1
	}
	return out
}

// contour turns on- and off-curve points into a polyline, flattening each
// quadratic curve into 6 segments.
func contour(xs, ys []float64, flags []byte, dx, dy float64) []pt {
	n := len(xs)
	on := func(i int) bool { return flags[i%n]&1 != 0 }
	at := func(i int) pt { return pt{xs[i%n] + dx, ys[i%n] + dy} }
	mid := func(a, b pt) pt { return pt{(a.x + b.x) / 2, (a.y + b.y) / 2} }
	// Start on an on-curve point (or the midpoint of two off-curve ones).
	s := 0
	for s < n && !on(s) {
		s++
	}
	var startPt pt
	if s == n {
		startPt, s = mid(at(0), at(1)), 0
	} else {
		startPt = at(s)
	}
	poly := []pt{startPt}
	cur := startPt
	for k := 1; k <= n; k++ {
		i := s + k
		if on(i) {
			cur = at(i)
			poly = append(poly, cur)
			continue
		}
		ctrl := at(i)
		var next pt
		if on(i + 1) {
			next = at(i + 1)
			k++
		} else {
			next = mid(ctrl, at(i+1))
		}
		for t := 1; t <= 6; t++ {
			u := float64(t) / 6
			poly = append(poly, pt{(1-u)*(1-u)*cur.x + 2*(1-u)*u*ctrl.x + u*u*next.x, (1-u)*(1-u)*cur.y + 2*(1-u)*u*ctrl.y + u*u*next.y})
		}
		cur = next
	}
	return poly
}

// measure returns the width of s in pixels.
func (fc face) measure(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += fc.f.advance(fc.f.cmap[r])
	}
	return w * fc.size / fc.f.unitsPerEm
}

func (fc face) ascent() float64  { return fc.f.ascent * fc.size / fc.f.unitsPerEm }
func (fc face) descent() float64 { return -fc.f.descent * fc.size / fc.f.unitsPerEm }

// draw writes s with its baseline starting at (x, y).
func (fc face) draw(dst *image.RGBA, x, y float64, col color.Color, s string) {
	scale := fc.size / fc.f.unitsPerEm
	var polys [][]pt
	pen := 0.0
	for _, r := range s {
		g := fc.f.cmap[r]
		for _, c := range fc.f.outline(g, pen, 0) {
			poly := make([]pt, len(c))
			for i, p := range c {
				poly[i] = pt{x + p.x*scale, y - p.y*scale}
			}
			polys = append(polys, poly)
		}
		pen += fc.f.advance(g)
	}
	fill(dst, polys, col)
}

// fill paints polygons with the non-zero rule, 4x4 supersampled.
func fill(dst *image.RGBA, polys [][]pt, col color.Color) {
	if len(polys) == 0 {
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range polys {
		for _, q := range p {
			minX, minY, maxX, maxY = math.Min(minX, q.x), math.Min(minY, q.y), math.Max(maxX, q.x), math.Max(maxY, q.y)
		}
	}
	x0, y0 := int(math.Floor(minX)), int(math.Floor(minY))
	w, h := int(math.Ceil(maxX))-x0+1, int(math.Ceil(maxY))-y0+1
	const ss = 4
	cover := make([]uint16, w*h)
	type cross struct {
		x   float64
		dir int
	}
	for sy := 0; sy < h*ss; sy++ {
		yy := float64(y0) + (float64(sy)+0.5)/ss
		var xs []cross
		for _, p := range polys {
			for i := range p {
				a, b := p[i], p[(i+1)%len(p)]
				if (a.y <= yy) == (b.y <= yy) {
					continue
				}
				d := 1
				if b.y < a.y {
					d = -1
				}
				xs = append(xs, cross{a.x + (yy-a.y)*(b.x-a.x)/(b.y-a.y), d})
			}
		}
		for i := 1; i < len(xs); i++ { // insertion sort: few crossings
			for j := i; j > 0 && xs[j].x < xs[j-1].x; j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
		wind := 0
		for i := 0; i+1 < len(xs); i++ {
			wind += xs[i].dir
			if wind == 0 {
				continue
			}
			for sx := int(math.Ceil((xs[i].x-float64(x0))*ss - 0.5)); float64(sx)+0.5 <= (xs[i+1].x-float64(x0))*ss; sx++ {
				if sx >= 0 && sx < w*ss {
					cover[(sy/ss)*w+sx/ss]++
				}
			}
		}
	}
	r, g, b, _ := col.RGBA()
	for py := range h {
		for px := range w {
			c := cover[py*w+px]
			if c == 0 {
				continue
			}
			a := uint16(min(int(c)*0xffff/(ss*ss), 0xffff))
			src := image.NewUniform(color.RGBA64{uint16(r * uint32(a) / 0xffff), uint16(g * uint32(a) / 0xffff), uint16(b * uint32(a) / 0xffff), a})
			pt := image.Pt(x0+px, y0+py)
			draw.Draw(dst, image.Rectangle{pt, pt.Add(image.Pt(1, 1))}, src, image.Point{}, draw.Over)
		}
	}
}
