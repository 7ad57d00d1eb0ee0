package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
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

// TestFacesParsedForFpdfOnce checks that every face parses for fpdf and
// that a face is parsed once, however many documents print in it.
func TestFacesParsedForFpdfOnce(t *testing.T) {
	for f := range faceCount {
		a, err := fpdfFont(f)
		if err != nil {
			t.Fatalf("%s: %v", fontFiles[f].name, err)
		}
		if b, _ := fpdfFont(f); a != b {
			t.Errorf("%s parsed twice", fontFiles[f].name)
		}
	}
}

// TestFontParseErrorFailsDocument plants a broken bold italic face: a
// document that prints in it must fail with the face's name, and one that
// does not must not parse it at all.
func TestFontParseErrorFailsDocument(t *testing.T) {
	if _, err := fontMetrics(); err != nil { // the metrics of the real face
		t.Fatal(err)
	}
	saved, ttf := parsed[faceBoldItalic], fontFiles[faceBoldItalic].ttf
	defer func() { parsed[faceBoldItalic], fontFiles[faceBoldItalic].ttf = saved, ttf }()
	parsed[faceBoldItalic], fontFiles[faceBoldItalic].ttf = new(lazyFont), []byte("not a font")

	if _, _, err := Render(markdown.Parse([]byte("# Plain\n\nText, **bold** and *italic*.\n")), tortureMeta("")); err != nil {
		t.Fatalf("a document without bold italic: %v", err)
	}
	if parsed[faceBoldItalic].font != nil || parsed[faceBoldItalic].err != nil {
		t.Error("bold italic parsed for a document that does not print in it")
	}
	_, _, err := Render(markdown.Parse([]byte("# Mixed\n\nText in ***bold italic***.\n")), tortureMeta(""))
	if err == nil || !strings.Contains(err.Error(), "Liberation Sans Bold Italic") {
		t.Errorf("a document in a broken face: error %v, want one naming Liberation Sans Bold Italic", err)
	}
}

// TestUnusedFacesNotParsed renders, in a new process (parsing is once per
// process), a document that prints no symbol and no bold italic: fpdf
// must not have parsed DejaVu or that face.
func TestUnusedFacesNotParsed(t *testing.T) {
	if os.Getenv("JSPGEN_FONTS_CHILD") == "1" {
		if err := LoadFonts(); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Render(markdown.Parse([]byte("# Plain\n\nText, **bold**, *italic* and `code`.\n")), tortureMeta("")); err != nil {
			t.Fatal(err)
		}
		for f := range faceCount {
			if parsed[f].font != nil {
				fmt.Printf("parsed: %s\n", fontFiles[f].name)
			}
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestUnusedFacesNotParsed$", "-test.count=1")
	cmd.Env = append(os.Environ(), "JSPGEN_FONTS_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var got []string
	for _, line := range strings.Split(string(out), "\n") {
		if name, ok := strings.CutPrefix(line, "parsed: "); ok {
			got = append(got, name)
		}
	}
	want := []string{"Liberation Sans", "Liberation Sans Bold", "Liberation Sans Italic", "Liberation Mono"}
	if !slices.Equal(got, want) {
		t.Errorf("faces parsed for fpdf: %q, want %q", got, want)
	}
}
