// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/goregular"
)

// TestSharedSubsetSameBytes: a document whose font subset a parsed font
// remembers from an earlier document comes out as one made with the font
// read afresh; documents with other runes get their own subset.
func TestSharedSubsetSameBytes(t *testing.T) {
	parsed, err := ParseUTF8Font(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(text string, shared bool) []byte {
		t.Helper()
		pdf := New("P", "pt", "A4", "")
		pdf.SetCompression(true)
		pdf.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		if shared {
			pdf.AddUTF8FontFromParsed("go", "", parsed)
		} else {
			pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
		}
		pdf.AddPage()
		pdf.SetFont("go", "", 12)
		pdf.Text(50, 50, text)
		var b bytes.Buffer
		if err := pdf.Output(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	texts := []string{"LVP-7 – infusion", "Ünïcode ✓ ½", "LVP-7 – infusion"}
	for i, text := range texts {
		if got, want := doc(text, true), doc(text, false); !bytes.Equal(got, want) {
			t.Errorf("document %d (%q) with the shared font differs from one with the font read afresh", i, text)
		}
	}
	if n := len(parsed.cut.subsets.subsets); n != 2 {
		t.Errorf("the parsed font remembers %d subsets, want 2", n)
	}
	if bytes.Equal(doc(texts[0], true), doc(texts[1], true)) {
		t.Error("two texts gave one document")
	}
}

// TestSubsetMemoBounded: a font remembers at most maxSharedSubsets
// subsets.
func TestSubsetMemoBounded(t *testing.T) {
	var m subsetMemo
	for i := range 3 * maxSharedSubsets {
		m.put(runesKey(map[int]int{i: i}), &fontSubset{})
	}
	if n := len(m.subsets); n != maxSharedSubsets {
		t.Errorf("%d subsets remembered, want %d", n, maxSharedSubsets)
	}
}
