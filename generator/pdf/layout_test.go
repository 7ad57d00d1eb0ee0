package pdf

import (
	"math"
	"strings"
	"testing"
)

func TestColumnWidths(t *testing.T) {
	for _, tc := range []struct {
		name             string
		minW, maxW, head []float64
		words            [][]float64
		avail            float64
		want             []float64
	}{
		{"fits: widened in proportion to content", []float64{10, 20}, []float64{50, 150}, nil, nil, 400, []float64{100, 300}},
		{"partly fits: slack shared by max−min", []float64{20, 40}, []float64{100, 440}, nil, nil, 300, []float64{20 + 80*240.0/480, 40 + 400*240.0/480}},
		{"minimums too wide: scaled down", []float64{100, 300}, []float64{200, 600}, nil, nil, 200, []float64{50, 150}},
		{"empty columns: equal shares", []float64{0, 0, 0}, []float64{0, 0, 0}, nil, nil, 300, []float64{100, 100, 100}},
		{"one column", []float64{30}, []float64{1000}, nil, nil, 468, []float64{468}},
		{"no columns", nil, nil, nil, nil, 468, []float64{}},
		// A header word ("Direction", 60) stays whole; the column whose
		// minimum is a long host name (100, header word 20) gives the 40.
		{"minimums too wide: a long cell word gives way, the header stays whole", []float64{60, 100}, []float64{80, 200}, []float64{60, 20}, nil, 120, []float64{60, 60}},
		// The column that wins the most for a word broken gives: the
		// first keeps its 60-point word.
		{"minimums too wide: the column that wins most for a word broken gives way", []float64{60, 100, 50}, []float64{60, 100, 50}, []float64{40, 40, 50}, nil, 170, []float64{60, 60, 50}},
		// Port numbers (40, 38, 36; header 18) and "Outbound" (39 in a
		// column whose header "Direction" is 38): before, every column
		// gave in proportion to its excess over its header, and the
		// 1-point excess of "Outbound" broke it in every row ("Outboun|d"),
		// as it broke every port number. Now the column of one long word
		// (64, "administrations", next word 44) gives its 20 for the one
		// word broken.
		{"minimums too wide: a point is not taken from a word of every row", []float64{40, 39, 64}, []float64{80, 80, 300}, []float64{18, 38, 35}, [][]float64{{40, 38, 36, 40}, {39, 39, 32, 39}, {64, 44, 30, 41}}, 125, []float64{40, 39, 46}},
		// Below the headers' words, the header widths are scaled: no
		// jump at the width where the headers stop fitting (the
		// minimums scaled would give 37.5 and 62.5, the first header
		// broken far more than it must be).
		{"even the headers' words do not fit: their widths scaled down", []float64{60, 100}, []float64{80, 200}, []float64{60, 90}, nil, 100, []float64{40, 60}},
		// A column whose minimum is a 96-point hash (ordinary words 30)
		// gives way before a column of 50-point words ("maintained")
		// breaks one; the hash breaks anyway.
		{"minimums too wide: a column that breaks a hash anyway gives way first", []float64{96, 50}, []float64{300, 80}, []float64{30, 30}, [][]float64{{30}, {50}}, 120, []float64{70, 50}},
		{"then the columns' ordinary words give way to their headers'", []float64{96, 50}, []float64{300, 80}, []float64{30, 30}, [][]float64{{40}, {50}}, 80, []float64{40, 40}},
		{"the headers just fit: no jump", []float64{60, 300}, []float64{80, 300}, []float64{60, 20}, nil, 80, []float64{60, 20}},
		{"the headers just do not fit: no jump", []float64{60, 300}, []float64{80, 300}, []float64{60, 20}, nil, 79, []float64{60 * 79.0 / 80, 20 * 79.0 / 80}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := columnWidths(tc.minW, tc.maxW, tc.head, tc.words, tc.avail)
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
		// Before: "https://www" then ".freertos…", broken inside the
		// host name because the URL started after other words.
		{"long word after other words breaks after punctuation", "2026-06-30. Policy: https://www.freertos.org/lts-libraries.html", faceRegular, 142,
			[]string{"2026-06-30. Policy: https://", "www.freertos.org/lts-libraries.", "html"}},
		// Before: "replies (N-EV", "ENT-REPOR", "T) and prior": cut
		// between letters twice, where hyphens were there to break at.
		{"an identifier breaks at its hyphens, not between letters", "replies (N-EVENT-REPORT) and prior", faceRegular, 62,
			[]string{"replies (N-", "EVENT-", "REPORT)", "and prior"}},
		{"long word without punctuation starts after other words", "see " + strings.Repeat("abcdefghij", 4), faceRegular, 150,
			[]string{"see abcdefghijabcdefghijabcdefg-", "hijabcdefghij"}},
		// Before: "Reconstr", "uction", read as two words. A word of
		// letters cut between them ends its first part with a hyphen,
		// within the width.
		{"a word of letters cut gets a hyphen", "Reconstruction server", faceRegular, 45,
			[]string{"Reconstr-", "uction", "server"}},
		{"punctuation round a word of letters", "(Reconstruction),", faceRegular, 45,
			[]string{"(Reconst-", "ruction),"}},
		// Before: "Me", "dium" (hybridhosted's CVE table).
		{"a bold word of letters", "Medium", faceBold, 25,
			[]string{"Med-", "ium"}},
		// "Me-" is wider than 16: "Me" is cut without one.
		{"a hyphen only where two letters and it fit", "Medium", faceBold, 16,
			[]string{"Me", "di-", "um"}},
		{"no hyphen in a word with digits", "sha256deadbeefcafe", faceRegular, 45,
			[]string{"sha256de", "adbeefcaf", "e"}},
		{"no hyphen in code", "Reconstruction", faceMono, 45,
			[]string{"Reconst", "ruction"}},
		{"no hyphen in a word with hyphens of its own", "NEVENTREPORT-X", faceRegular, 45,
			[]string{"NEVENT", "REPORT-", "X"}},
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
			// Into a buffer already holding another cell's items (a
			// table's shared buffer), with room and without: the same
			// lines, and the items already there untouched.
			for _, room := range []int{0, 64} {
				other := testItems("earlier cell", faceBold, 9)
				buf := append(make([]item, 0, len(other)+room), other...)
				into, grown := wrapInto(buf, testItems(tc.text, tc.face, 10), tc.width)
				if len(into) != len(lines) {
					t.Fatalf("room %d: wrapInto made %d lines, wrap %d", room, len(into), len(lines))
				}
				for i := range into {
					if lineText(into[i]) != lineText(lines[i]) || into[i].w != lines[i].w {
						t.Errorf("room %d: line %d = %q (%g), wrap gave %q (%g)", room, i,
							lineText(into[i]), into[i].w, lineText(lines[i]), lines[i].w)
					}
				}
				for i := range other {
					if grown[i] != other[i] {
						t.Errorf("room %d: item %d already in the buffer changed", room, i)
					}
				}
			}
		})
	}
}

// TestBorrowedItemsNotShared checks that a buffer lent out is never lent
// again before it is given back, whatever the nesting.
func TestBorrowedItemsNotShared(t *testing.T) {
	r := &renderer{}
	r.returnItems(make([]item, 0, 8))
	r.returnItems(make([]item, 0, 8))
	a := append(r.borrowItems(), item{text: "a"})
	b := append(r.borrowItems(), item{text: "b"})
	c := append(r.borrowItems(), item{text: "c"}) // none spare: a new one
	if &a[0] == &b[0] || &a[0] == &c[0] || &b[0] == &c[0] {
		t.Fatal("two borrowed buffers share memory")
	}
	r.returnItems(b)
	if d := r.borrowItems(); cap(d) == 0 || &d[:1][0] != &b[0] {
		t.Error("a buffer given back was not reused")
	}
	for range maxSpareItems + 2 {
		r.returnItems(make([]item, 0, 1))
	}
	if len(r.spareItems) > maxSpareItems {
		t.Errorf("%d spare buffers kept, at most %d", len(r.spareItems), maxSpareItems)
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

// TestSharedItemsCleared: the buffers a renderer leaves when its run
// ends go to the next renderers emptied and cleared, so a pooled buffer
// keeps no document's text alive and lends nothing stale.
func TestSharedItemsCleared(t *testing.T) {
	r := &renderer{}
	b := append(r.borrowItems(), item{text: "from one document"}, item{text: "another word"})
	r.returnItems(b)
	r.shareItems()
	if len(r.spareItems) != 0 {
		t.Errorf("%d spare buffers kept after sharing; want 0", len(r.spareItems))
	}
	for i, it := range b[:cap(b)] {
		if it != (item{}) {
			t.Errorf("shared buffer's item %d = %+v; want cleared", i, it)
		}
	}
	next := &renderer{}
	if got := next.borrowItems(); len(got) != 0 {
		t.Errorf("a shared buffer was lent with %d items; want empty", len(got))
	}
}
