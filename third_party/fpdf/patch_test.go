// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"maps"
	"testing"
)

// TestTextUTF8SameBytes checks textUTF8 against the formatting it
// replaces, for text that needs escaping and for coordinates that round.
func TestTextUTF8SameBytes(t *testing.T) {
	cases := []struct {
		x, y  float64
		text  string
		color bool
	}{
		{10, 20, "plain", false},
		{10.005, 20.004999, "(paren) back\\slash\rret", true},
		{-0.001, 0, "ünïcode – ✓ 漢", false},
		{123.456, 789.125, "\u2829\u2900 high bytes are parens", true},
		{0, 0, "", false},
	}
	for _, c := range cases {
		f := &Fpdf{k: 1.5, h: 800, state: 2, page: 1, pages: []*bytes.Buffer{nil, {}}}
		f.currentFont.usedRunes = map[int]int{1: 0}
		f.colorFlag = c.color
		f.color.text.str = "0.5 g"
		f.textUTF8(c.x, c.y, c.text)

		want := fmt.Sprintf("BT %.2f %.2f Td (%s) Tj ET", c.x*f.k, (f.h-c.y)*f.k, f.escape(utf8toutf16(c.text, false)))
		if c.color {
			want = fmt.Sprintf("q %s %s Q", f.color.text.str, want)
		}
		want += "\n"
		if got := f.pages[1].String(); got != want {
			t.Errorf("textUTF8(%q):\n got %q\nwant %q", c.text, got, want)
		}
		for _, r := range c.text {
			if f.currentFont.usedRunes[int(r)] != int(r) {
				t.Errorf("rune %q not recorded as used", r)
			}
		}
	}
}

// TestTextUTF8RecordsRunes checks that the bit set of runes seen gives
// the used runes and the bytes the map alone gave: each rune printed maps
// to itself, one preset to 0 included, once or many times, below and
// above the bit set's limit, and runes not printed keep their value.
func TestTextUTF8RecordsRunes(t *testing.T) {
	texts := []string{"abc\x01 ✓ 漢 abc", "✓✓ \u00e9 漢\U0001F691 zz", string(rune(seenLimit - 1)), string(rune(seenLimit))}
	want := map[int]int{57: 0}
	for _, s := range texts {
		for _, r := range s {
			want[int(r)] = int(r)
		}
	}
	var pages [2]string
	for i, seen := range []*[seenLimit / 64]uint64{nil, new([seenLimit / 64]uint64)} {
		f := &Fpdf{k: 1, h: 800, state: 2, page: 1, pages: []*bytes.Buffer{nil, {}}}
		f.currentFont.usedRunes = map[int]int{1: 0, 57: 0}
		f.currentFont.seenRunes = seen
		for _, s := range texts {
			f.textUTF8(1, 2, s)
		}
		if got := f.currentFont.usedRunes; !maps.Equal(got, want) {
			t.Errorf("seen set %v: used runes\n got %v\nwant %v", seen != nil, got, want)
		}
		pages[i] = f.pages[1].String()
	}
	if pages[0] != pages[1] {
		t.Errorf("the bit set changed the page:\n%q\n%q", pages[0], pages[1])
	}
}

// TestSetFontOperatorSameBytes checks SetFont's font operator against the
// formatting it replaces.
func TestSetFontOperatorSameBytes(t *testing.T) {
	for _, size := range []float64{9, 10.5, 8.125, 0.004999} {
		f := &Fpdf{k: 1, state: 2, page: 1, pages: []*bytes.Buffer{nil, {}}}
		f.fonts = map[string]fontDefType{"helvetica": {Tp: "Core", i: "abc123"}}
		f.fontFamily, f.fontSizePt = "x", -1 // so that SetFont selects
		f.SetFont("Helvetica", "", size)
		want := fmt.Sprintf("BT /F%s %.2f Tf ET\n", "abc123", size)
		if got := f.pages[1].String(); got != want {
			t.Errorf("SetFont(%g) wrote %q, want %q", size, got, want)
		}
	}
}

// TestFirstFreeInt checks untypedKeyMap.put(nil, …) against the search it
// replaces: the smallest non-negative int for which getIndex finds nothing.
func TestFirstFreeInt(t *testing.T) {
	slow := func(pa *untypedKeyMap) int {
		for n := 0; ; n++ {
			if pa.getIndex(n) < 0 {
				return n
			}
		}
	}
	cases := [][]any{
		{}, {0}, {1}, {"interval"}, {0, 1, 2}, {0, "interval", 1}, {2, 0, 1, 4},
		{-1, 0}, {0, 0, 1}, {5, 6, 7}, {int64(0), 1},
	}
	long := make([]any, 0, 100)
	for n := range 100 {
		if n != 70 {
			long = append(long, n)
		}
	}
	cases = append(cases, long)
	for _, keys := range cases {
		pa := &untypedKeyMap{keySet: keys, valueSet: make([]int, len(keys))}
		if got, want := pa.firstFreeInt(), slow(pa); got != want {
			t.Errorf("keys %v: firstFreeInt %d, search %d", keys, got, want)
		}
	}
}

// TestCompressInflates: what compress writes, compress/zlib reads back
// as the input, whichever input a pooled writer saw before.
func TestCompressInflates(t *testing.T) {
	long := bytes.Repeat([]byte("BT /F1 10.00 Tf ET 0 0 1 rg 72.00 700.00 Td (Page 1 of 12) Tj\n"), 5000)
	noise := make([]byte, 1<<16)
	for i := range noise {
		noise[i] = byte(i*7919 + i>>3)
	}
	for _, in := range [][]byte{nil, []byte("x"), long, noise, long[:1000]} {
		mem := xmem.compress(in)
		zr, err := zlib.NewReader(bytes.NewReader(mem.bytes()))
		if err != nil {
			t.Fatalf("%d bytes: %v", len(in), err)
		}
		out, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(out, in) {
			t.Errorf("%d bytes: inflated to %d bytes (err %v), not the input", len(in), len(out), err)
		}
		mem.release()
	}
}

// TestPutstreamWritesBytes: a stream goes into the document as
// "stream", its bytes and "endstream", each on its own line, and
// without a copy of the stream (no allocation once the buffer has room).
func TestPutstreamWritesBytes(t *testing.T) {
	f := New("P", "mm", "A4", "")
	stream := bytes.Repeat([]byte("q 1 0 0 1 0 0 cm\x00\xff"), 5000) // 90 KB, binary
	f.buffer.Reset()
	f.putstream(stream)
	want := "stream\n" + string(stream) + "\nendstream\n"
	if got := f.buffer.String(); got != want {
		t.Fatalf("putstream wrote %d bytes, want %d: %q…", len(got), len(want), got[:min(len(got), 40)])
	}
	f.buffer.Grow(2 * len(want))
	allocs := testing.AllocsPerRun(10, func() {
		f.buffer.Reset()
		f.putstream(stream)
	})
	if allocs != 0 {
		t.Errorf("putstream of %d bytes: %.0f allocations, want none", len(stream), allocs)
	}
}
