package pdf

import (
	"encoding/binary"
	"errors"
	"math"
)

// glyphMetrics is what layout needs from a TrueType font: which runes it has
// a glyph for, and their advance widths in the 1/1000 em units fpdf uses.
//
// It is read with this small parser rather than golang.org/x/image/font/sfnt
// because sfnt pulls in golang.org/x/text, which this module does not
// require. Only the Basic Multilingual Plane is kept: fpdf reads only a
// font's BMP character map (format 4), and its width table stops at U+FFFF.
type glyphMetrics struct {
	// width[r] is the advance of rune r; noGlyph where the font lacks r.
	width [0x10000]uint16
}

const noGlyph = math.MaxUint16

// has reports whether the font has a glyph for r.
func (m *glyphMetrics) has(r rune) bool {
	return r >= 0 && r < 0x10000 && m.width[r] != noGlyph
}

// advance returns the width of r in 1/1000 em; 0 for a rune the font lacks
// (such runes are replaced before layout, see fonts.clean).
func (m *glyphMetrics) advance(r rune) int {
	if !m.has(r) {
		return 0
	}
	return int(m.width[r])
}

var errBadFont = errors.New("malformed TrueType font")

// parseGlyphMetrics reads the head, hhea, hmtx and cmap tables of ttf.
func parseGlyphMetrics(ttf []byte) (*glyphMetrics, error) {
	tables, err := ttfTables(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 20 || len(hhea) < 36 || cmap == nil {
		return nil, errBadFont
	}
	unitsPerEm := float64(binary.BigEndian.Uint16(head[18:]))
	numHMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if unitsPerEm == 0 || numHMetrics == 0 || len(hmtx) < 4*numHMetrics {
		return nil, errBadFont
	}
	advance := func(glyph int) uint16 {
		if glyph >= numHMetrics {
			glyph = numHMetrics - 1
		}
		a := float64(binary.BigEndian.Uint16(hmtx[4*glyph:]))
		// Same rounding as fpdf's own width table, so that our line widths
		// and fpdf's text placement agree to the unit.
		return uint16(math.Round(a * 1000 / unitsPerEm))
	}
	m := &glyphMetrics{}
	for i := range m.width {
		m.width[i] = noGlyph
	}
	err = eachCmapEntry(cmap, func(r rune, glyph int) {
		if r > 0 && r < 0x10000 && glyph > 0 {
			m.width[r] = advance(glyph)
		}
	})
	return m, err
}

// ttfTables maps table tags to their bytes.
func ttfTables(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errBadFont
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errBadFont
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(ttf)) {
			return nil, errBadFont
		}
		tables[string(rec[:4])] = ttf[off : off+length]
	}
	return tables, nil
}

// eachCmapEntry calls fn for every rune → glyph mapping of the Unicode
// subtable, preferring format 12 (full Unicode) over format 4 (BMP).
func eachCmapEntry(cmap []byte, fn func(r rune, glyph int)) error {
	if len(cmap) < 4 {
		return errBadFont
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var best []byte
	bestRank := 0
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return errBadFont
		}
		platform, encoding := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := binary.BigEndian.Uint32(cmap[rec+4:])
		if int(off)+2 > len(cmap) {
			return errBadFont
		}
		sub := cmap[off:]
		format := binary.BigEndian.Uint16(sub)
		rank := 0
		switch {
		case format == 12 && (platform == 0 || platform == 3 && encoding == 10):
			rank = 2
		case format == 4 && (platform == 0 || platform == 3 && encoding == 1):
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = sub, rank
		}
	}
	switch bestRank {
	case 2:
		return eachFormat12(best, fn)
	case 1:
		return eachFormat4(best, fn)
	}
	return errBadFont
}

func eachFormat4(sub []byte, fn func(r rune, glyph int)) error {
	if len(sub) < 14 {
		return errBadFont
	}
	segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(sub) < ranges+2*segs {
		return errBadFont
	}
	u16 := func(at int) int {
		if at < 0 || at+2 > len(sub) {
			return 0
		}
		return int(binary.BigEndian.Uint16(sub[at:]))
	}
	for i := range segs {
		end, start := u16(ends+2*i), u16(starts+2*i)
		delta, rangeOff := u16(deltas+2*i), u16(ranges+2*i)
		for c := start; c <= end && c != 0xFFFF; c++ {
			var g int
			if rangeOff == 0 {
				g = (c + delta) & 0xFFFF
			} else if g = u16(ranges + 2*i + rangeOff + 2*(c-start)); g != 0 {
				g = (g + delta) & 0xFFFF
			}
			fn(rune(c), g)
		}
	}
	return nil
}

func eachFormat12(sub []byte, fn func(r rune, glyph int)) error {
	if len(sub) < 16 {
		return errBadFont
	}
	groups := int(binary.BigEndian.Uint32(sub[12:]))
	if groups < 0 || len(sub) < 16+12*groups {
		return errBadFont
	}
	for i := range groups {
		g := sub[16+12*i:]
		start, end, glyph := binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]), binary.BigEndian.Uint32(g[8:])
		for c := start; c <= end && c < 0x10000; c++ {
			fn(rune(c), int(glyph+(c-start)))
		}
	}
	return nil
}
