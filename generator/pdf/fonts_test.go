package pdf

import (
	"bytes"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestWidthsMatchFpdf checks that our width table and fpdf's agree for every
// rune the fonts have: line breaking and fpdf's placement must not drift.
func TestWidthsMatchFpdf(t *testing.T) {
	ms, err := fontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for f := range faceCount {
		ff := fontFiles[f]
		p := fpdf.New("P", "pt", "Letter", "")
		p.AddUTF8FontFromBytes(ff.family, ff.style, ff.ttf)
		p.SetFont(ff.family, ff.style, 10)
		n := 0
		for r := rune(1); r < 0x10000; r++ {
			if !ms[f].has(r) {
				continue
			}
			n++
			if got, want := ms[f].advance(r), p.GetStringSymbolWidth(string(r)); got != want && !(got == 0 && want == 0) {
				t.Errorf("%s U+%04X: width %d, fpdf %d", ff.name, r, got, want)
			}
		}
		if n < 500 {
			t.Errorf("%s: only %d glyphs found", ff.name, n)
		}
		t.Logf("%s: %d glyphs", ff.name, n)
	}
}

func TestCoverage(t *testing.T) {
	ms, err := fontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for f := range faceCount {
		for _, r := range "éßΩЖ“”—€±µ°•–◦▪·…\uFFFD" {
			if !ms[f].has(r) {
				t.Errorf("%s lacks %q, which the documents use", fontFiles[f].name, r)
			}
		}
		for _, r := range "✓✗中\U0001F600" {
			if ms[f].has(r) {
				t.Errorf("%s unexpectedly has %q", fontFiles[f].name, r)
			}
		}
	}
}

// TestFontsNotMutated guards against fpdf writing into the embedded font
// bytes: it does so while subsetting, which made the second document
// rendered in a process differ from the first.
func TestFontsNotMutated(t *testing.T) {
	before := make([][]byte, faceCount)
	for f := range faceCount {
		before[f] = bytes.Clone(fontFiles[f].ttf)
	}
	renderTorture(t, "")
	for f := range faceCount {
		if !bytes.Equal(before[f], fontFiles[f].ttf) {
			t.Errorf("rendering changed the bytes of %s", fontFiles[f].name)
		}
	}
}
