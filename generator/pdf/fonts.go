package pdf

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansmono"
	"codeberg.org/go-fonts/liberation/liberationmonobold"
	"codeberg.org/go-fonts/liberation/liberationmonoregular"
	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansbolditalic"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"

	"github.com/jspgen/jspgen/internal/parallel"
)

// face is one of the embedded fonts. Text is set in the first six (a style
// selects one of them); the others are fallbacks only, for the characters
// those lack.
type face uint8

const (
	faceRegular face = iota
	faceBold
	faceItalic
	faceBoldItalic
	faceMono
	faceMonoBold
	faceSymbol     // fallback of the Sans faces
	faceSymbolMono // fallback of the Mono faces
	faceCount
)

// fontFile describes how a face is registered with fpdf.
type fontFile struct {
	name   string // human name, for warnings
	family string // fpdf family
	style  string // fpdf style: "", "B", "I", "BI"
	ttf    []byte
}

// Liberation Sans and Mono (SIL OFL) for text and code: metric-compatible
// with Arial and Courier New, with a normal hyphen and tabular digits.
// DejaVu (free licence, see the dejavu module) covers the arrows, check
// marks and other symbols they lack.
var fontFiles = [faceCount]fontFile{
	faceRegular:    {"Liberation Sans", "liberationsans", "", liberationsansregular.TTF},
	faceBold:       {"Liberation Sans Bold", "liberationsans", "B", liberationsansbold.TTF},
	faceItalic:     {"Liberation Sans Italic", "liberationsans", "I", liberationsansitalic.TTF},
	faceBoldItalic: {"Liberation Sans Bold Italic", "liberationsans", "BI", liberationsansbolditalic.TTF},
	faceMono:       {"Liberation Mono", "liberationmono", "", liberationmonoregular.TTF},
	faceMonoBold:   {"Liberation Mono Bold", "liberationmono", "B", liberationmonobold.TTF},
	faceSymbol:     {"DejaVu Sans", "dejavusans", "", dejavusans.TTF},
	faceSymbolMono: {"DejaVu Sans Mono", "dejavusansmono", "", dejavusansmono.TTF},
}

// fallbacks lists, for each face, the faces that print a character it
// lacks, in order. Code keeps to a monospaced fallback where it can.
var fallbacks = [faceCount][]face{
	faceRegular:    {faceSymbol},
	faceBold:       {faceSymbol},
	faceItalic:     {faceSymbol},
	faceBoldItalic: {faceSymbol},
	faceMono:       {faceSymbolMono, faceSymbol},
	faceMonoBold:   {faceSymbolMono, faceSymbol},
	faceSymbolMono: {faceSymbol},
}

// italic returns the italic variant of f (mono has none embedded).
func (f face) italic() face {
	switch f {
	case faceRegular:
		return faceItalic
	case faceBold:
		return faceBoldItalic
	}
	return f
}

// bold returns the bold variant of f.
func (f face) bold() face {
	switch f {
	case faceRegular:
		return faceBold
	case faceItalic:
		return faceBoldItalic
	case faceMono:
		return faceMonoBold
	}
	return f
}

// Fonts are parsed once per process, both for layout, which measures every
// word, and for fpdf, which embeds them: neither ever changes, and both are
// shared by every document (fpdf.UTF8Font is read-only once parsed).
// Layout needs every face's metrics at once (a face's fallbacks fill its
// gaps); fpdf needs a face only when a document prints in it, so each is
// parsed for fpdf on its first use (fpdfFont): a build that prints no
// symbol and no bold italic never parses DejaVu or that face for fpdf,
// which costs more than the metrics of all eight.
var (
	metricsOnce sync.Once
	own         [faceCount]*glyphMetrics // each font's own glyphs
	metrics     [faceCount]*glyphMetrics // with its fallbacks': what a face can print
	metricsErr  error
	parsed      = func() (p [faceCount]*lazyFont) {
		for f := range p {
			p[f] = new(lazyFont)
		}
		return p
	}()
)

// lazyFont is a face parsed for fpdf when a document first prints in it.
type lazyFont struct {
	once sync.Once
	font *fpdf.UTF8Font
	err  error
}

func fontMetrics() ([faceCount]*glyphMetrics, error) {
	metricsOnce.Do(func() {
		// the faces side by side: the first document waits for them all
		var errs [faceCount]error
		parallel.ForEach(int(faceCount), func(i int) {
			f := face(i)
			m, err := parseGlyphMetrics(fontFiles[f].ttf)
			if err != nil {
				errs[f] = fmt.Errorf("pdf: font %s: %w", fontFiles[f].name, err)
				return
			}
			own[f] = m
		})
		if metricsErr = errors.Join(errs[:]...); metricsErr != nil {
			return
		}
		for f := range faceCount {
			m := *own[f]
			for r := range m.width {
				if m.width[r] == noGlyph {
					m.width[r] = own[f.fontFor(rune(r))].width[r]
				}
			}
			metrics[f] = &m
		}
	})
	return metrics, metricsErr
}

// LoadFonts parses the fonts every PDF needs, once per process; a build
// starts it beside its other work so that its first PDF does not wait.
// The text face is parsed for fpdf here too: every document prints in it.
func LoadFonts() error {
	if _, err := fontMetrics(); err != nil {
		return err
	}
	_, err := fpdfFont(faceRegular)
	return err
}

// fpdfFont returns f parsed for fpdf, parsing it on its first use.
func fpdfFont(f face) (*fpdf.UTF8Font, error) {
	p := parsed[f]
	p.once.Do(func() {
		p.font, p.err = fpdf.ParseUTF8Font(fontFiles[f].ttf)
		if p.err != nil {
			p.err = fmt.Errorf("pdf: font %s: %w", fontFiles[f].name, p.err)
		}
	})
	return p.font, p.err
}

// fontFor returns the face that prints r when text is set in f: f itself,
// else the first fallback that has r, else f (which then lacks it; see
// clean).
func (f face) fontFor(r rune) face {
	if own[f].has(r) {
		return f
	}
	for _, fb := range fallbacks[f] {
		if own[fb].has(r) {
			return fb
		}
	}
	return f
}

// runs splits s, set in f, into runs that one font prints, calling fn with
// each run and its font.
func (f face) runs(s string, fn func(run string, font face)) {
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		font := f.fontFor(r)
		for n < len(s) {
			r, size := utf8.DecodeRuneInString(s[n:])
			if f.fontFor(r) != font {
				break
			}
			n += size
		}
		fn(s[:n], font)
		s = s[n:]
	}
}

// width returns the width of s set in f at size points. s must be clean.
func (f face) width(s string, size float64) float64 {
	m := metrics[f]
	w := 0
	for _, r := range s {
		w += m.advance(r)
	}
	return float64(w) * size / 1000
}

// fontNames names f and its fallbacks, for warnings.
func (f face) fontNames() string {
	names := []string{fontFiles[f].name}
	for _, fb := range fallbacks[f] {
		names = append(names, fontFiles[fb].name)
	}
	return strings.Join(names, ", ")
}

// missingMarker is printed in place of a character no font has: visible,
// so a reviewer sees that something is missing (DejaVu Sans has it).
const missingMarker = '\uFFFD'

// clean makes s printable in face f: tabs and other whitespace controls
// become spaces, and every rune neither the font nor its fallbacks have a
// glyph for is replaced by missingMarker and reported once through miss.
//
// Invalid UTF-8 becomes U+FFFD without a warning, as in the HTML output
// (fpdf itself panics on it).
func clean(s string, f face, miss func(r rune, f face)) string {
	s = strings.ToValidUTF8(s, string(missingMarker))
	m := metrics[f]
	ok := true
	for _, r := range s {
		if !m.has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case m.has(r):
			b.WriteRune(r)
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte(' ')
		default:
			miss(r, f)
			if m.has(missingMarker) {
				b.WriteRune(missingMarker)
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// TextWidth returns the width in points of s set at size points in
// Liberation Sans (Arial's metrics), bold and/or italic; a character the
// face lacks counts as wide as M (the program setting the text picks its
// own fallback font, whose widths are not known here). It is for laying
// out text that another program sets in Arial, such as the MDS2
// workbook's cells.
func TextWidth(s string, bold, italic bool, size float64) (float64, error) {
	if _, err := fontMetrics(); err != nil {
		return 0, err
	}
	f := faceRegular
	if bold {
		f = f.bold()
	}
	if italic {
		f = f.italic()
	}
	m := metrics[f]
	w := 0
	for _, r := range s {
		if m.has(r) {
			w += m.advance(r)
		} else {
			w += m.advance('M')
		}
	}
	return float64(w) * size / 1000, nil
}
