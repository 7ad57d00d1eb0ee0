package pdf

import (
	"math"
	"strings"
	"testing"
)

func TestColumnWidths(t *testing.T) {
	for _, tc := range []struct {
		name       string
		minW, maxW []float64
		avail      float64
		want       []float64
	}{
		{"fits: widened in proportion to content", []float64{10, 20}, []float64{50, 150}, 400, []float64{100, 300}},
		{"partly fits: slack shared by max−min", []float64{20, 40}, []float64{100, 440}, 300, []float64{20 + 80*240.0/480, 40 + 400*240.0/480}},
		{"minimums too wide: scaled down", []float64{100, 300}, []float64{200, 600}, 200, []float64{50, 150}},
		{"empty columns: equal shares", []float64{0, 0, 0}, []float64{0, 0, 0}, 300, []float64{100, 100, 100}},
		{"one column", []float64{30}, []float64{1000}, 468, []float64{468}},
		{"no columns", nil, nil, 468, []float64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := columnWidths(tc.minW, tc.maxW, tc.avail)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			sum := 0.0
			for i := range got {
				sum += got[i]
				if math.Abs(got[i]-tc.want[i]) > 1e-9 {
					t.Errorf("column %d = %g, want %g (all: %v)", i, got[i], tc.want[i], got)
				}
			}
			if len(got) > 0 && math.Abs(sum-tc.avail) > 1e-9 {
				t.Errorf("widths sum to %g, want the full %g", sum, tc.avail)
			}
		})
	}
}

// items sets s in the regular body font, as the collector would.
func testItems(s string, f face, size float64) []item {
	c := collector{r: &renderer{warn: newWarnings(Meta{})}}
	c.text(s, style{face: f, size: size})
	return c.items
}

func lineText(ln line) string {
	var b strings.Builder
	for _, it := range ln.items {
		b.WriteString(it.text)
	}
	return strings.TrimRight(b.String(), " ")
}

func TestWrap(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		text  string
		face  face
		width float64
		want  []string
	}{
		{"short line", "one two three", faceRegular, 400, []string{"one two three"}},
		{"wraps at spaces", "alpha beta gamma delta", faceRegular, 60, []string{"alpha beta", "gamma delta"}},
		{"purl breaks after punctuation", "pkg:deb/debian/openssl@3.0.13-1~deb12u1?arch=amd64", faceMono, 120,
			[]string{"pkg:deb/debian/", "openssl@3.0.13-1~", "deb12u1?arch=amd64"}},
		{"hash breaks anywhere", strings.Repeat("e3b0c442", 8), faceMono, 150,
			[]string{"e3b0c442e3b0c442e3b0c442e", "3b0c442e3b0c442e3b0c442e3", "b0c442e3b0c442"}},
		{"long word starts in a wide gap", "see https://example.com/a/very/long/path/segment/index.html", faceRegular, 200,
			[]string{"see https://example.com/a/very/long/path/", "segment/index.html"}},
		{"narrower than a rune still progresses", "abc", faceRegular, 1, []string{"a", "b", "c"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := wrap(testItems(tc.text, tc.face, 10), tc.width)
			var got []string
			for _, ln := range lines {
				got = append(got, lineText(ln))
				if ln.w > tc.width+1e-6 && len([]rune(lineText(ln))) > 1 {
					t.Errorf("line %q is %g wide, over %g", lineText(ln), ln.w, tc.width)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestCleanReplacesMissingGlyphs(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	var missed []rune
	got := clean("ok ✓ é\tx 中 \U0001F600", faceRegular, func(r rune, _ face) { missed = append(missed, r) })
	// ✓ is printed from the fallback font; nothing embedded has the others.
	if want := "ok ✓ é x \uFFFD \uFFFD"; got != want {
		t.Errorf("clean = %q, want %q", got, want)
	}
	if string(missed) != "中\U0001F600" {
		t.Errorf("reported %q, want %q", string(missed), "中\U0001F600")
	}
}
