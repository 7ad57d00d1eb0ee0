package pdf

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/jspgen/jspgen/generator/markdown"
)

// TestWidthsMatchFpdf checks that our width table and fpdf's agree for every
// rune each font has: line breaking and fpdf's placement must not drift.
func TestWidthsMatchFpdf(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	for f := range faceCount {
		ff := fontFiles[f]
		p := fpdf.New("P", "pt", "Letter", "")
		p.AddUTF8FontFromBytes(ff.family, ff.style, ff.ttf)
		p.SetFont(ff.family, ff.style, 10)
		n := 0
		for r := rune(1); r < 0x10000; r++ {
			if !own[f].has(r) {
				continue
			}
			n++
			if got, want := own[f].advance(r), p.GetStringSymbolWidth(string(r)); got != want && !(got == 0 && want == 0) {
				t.Errorf("%s U+%04X: width %d, fpdf %d", ff.name, r, got, want)
			}
		}
		if n < 500 {
			t.Errorf("%s: only %d glyphs found", ff.name, n)
		}
		t.Logf("%s: %d glyphs", ff.name, n)
	}
}

// TestCoverage checks what the documents use is printable in every face a
// style selects, from the face itself or from its fallback.
func TestCoverage(t *testing.T) {
	ms, err := fontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for f := range faceSymbol {
		for _, r := range "-éßΩЖ“”—€±µ°•–◦▪·…\uFFFD✓✗→≤≥" {
			if !ms[f].has(r) {
				t.Errorf("%s lacks %q, which the documents use", f.fontNames(), r)
			}
		}
		for _, r := range "中\U0001F600" {
			if ms[f].has(r) {
				t.Errorf("%s unexpectedly has %q", f.fontNames(), r)
			}
		}
		// Text is set in Liberation; only what it lacks comes from DejaVu.
		if got := f.fontFor('A'); got != f {
			t.Errorf("%s: 'A' set in %s", fontFiles[f].name, fontFiles[got].name)
		}
		if got := f.fontFor('✓'); got != faceSymbol && got != faceSymbolMono {
			t.Errorf("%s: '✓' set in %s, want a DejaVu fallback", fontFiles[f].name, fontFiles[got].name)
		}
	}
}

// TestHyphen checks the reason for Liberation: its hyphen is narrower than
// its en dash (the Go fonts' was wider, which read oddly in "LVP-7").
func TestHyphen(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	if h, n := faceRegular.width("-", 10), faceRegular.width("–", 10); h >= n {
		t.Errorf("hyphen %.2f pt wide, en dash %.2f pt: want the hyphen narrower", h, n)
	}
}

// TestRuns checks that text is split into runs by the font that prints
// each character.
func TestRuns(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	type run struct {
		text string
		font face
	}
	var got []run
	faceRegular.runs("ok ✓✗ done", func(s string, f face) { got = append(got, run{s, f}) })
	want := []run{{"ok ", faceRegular}, {"✓✗", faceSymbol}, {" done", faceRegular}}
	if len(got) != len(want) {
		t.Fatalf("runs %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("run %d = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestFontsNotMutated guards against fpdf writing into the embedded font
// bytes: it did so while subsetting (fixed in third_party/fpdf), which made
// the second document rendered in a process differ from the first.
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

// TestConcurrentDocumentsSameBytes renders one document in several
// goroutines at once: the parsed fonts, and what fpdf's subsetting reads
// from them once for all documents, are shared, so a document must come
// out the same whatever runs beside it (run with -race to check the
// sharing itself).
func TestConcurrentDocumentsSameBytes(t *testing.T) {
	want, _ := renderTorture(t, "")
	src, err := os.ReadFile("testdata/torture.md")
	if err != nil {
		t.Fatal(err)
	}
	const n = 3
	got, errs := make([][]byte, n), make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], _, errs[i] = Render(markdown.Parse(src), tortureMeta("")) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("document %d: %v", i, errs[i])
		}
		if !bytes.Equal(got[i], want) {
			t.Errorf("document %d rendered concurrently differs from the one rendered alone", i)
		}
	}
}
