package pdf

import (
	"fmt"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
)

// face is one of the embedded Go fonts.
type face uint8

const (
	faceRegular face = iota
	faceBold
	faceItalic
	faceBoldItalic
	faceMono
	faceMonoBold
	faceCount
)

// fontFile describes how a face is registered with fpdf.
type fontFile struct {
	name   string // human name, for warnings
	family string // fpdf family
	style  string // fpdf style: "", "B", "I", "BI"
	ttf    []byte
}

var fontFiles = [faceCount]fontFile{
	faceRegular:    {"Go Regular", "go", "", goregular.TTF},
	faceBold:       {"Go Bold", "go", "B", gobold.TTF},
	faceItalic:     {"Go Italic", "go", "I", goitalic.TTF},
	faceBoldItalic: {"Go Bold Italic", "go", "BI", gobolditalic.TTF},
	faceMono:       {"Go Mono", "gomono", "", gomono.TTF},
	faceMonoBold:   {"Go Mono Bold", "gomono", "B", gomonobold.TTF},
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
var (
	metricsOnce sync.Once
	metrics     [faceCount]*glyphMetrics
	parsed      [faceCount]*fpdf.UTF8Font
	metricsErr  error
)

func fontMetrics() ([faceCount]*glyphMetrics, error) {
	metricsOnce.Do(func() {
		for f := range faceCount {
			m, err := parseGlyphMetrics(fontFiles[f].ttf)
			if err != nil {
				metricsErr = fmt.Errorf("pdf: font %s: %w", fontFiles[f].name, err)
				return
			}
			metrics[f] = m
			p, err := fpdf.ParseUTF8Font(fontFiles[f].ttf)
			if err != nil {
				metricsErr = fmt.Errorf("pdf: font %s: %w", fontFiles[f].name, err)
				return
			}
			parsed[f] = p
		}
	})
	return metrics, metricsErr
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

// missingMarker is printed in place of a character the font lacks: visible,
// so a reviewer sees that something is missing, and present in every Go font.
const missingMarker = '\uFFFD'

// clean makes s printable in face f: tabs and other whitespace controls
// become spaces, and every rune the font has no glyph for is replaced by
// missingMarker and reported once through miss.
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
