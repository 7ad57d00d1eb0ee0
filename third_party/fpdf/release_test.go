// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestReleaseReusesNothingVisible checks that a document made from
// released buffers has the bytes of one made from new buffers, that the
// bytes Output wrote before Release stay as they were, and that a
// released document refuses further use.
func TestReleaseReusesNothingVisible(t *testing.T) {
	doc := func(text string, pages int) *Fpdf {
		pdf := New("P", "pt", "A4", "")
		pdf.SetCompression(false) // page contents appear as written
		pdf.SetCreationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
		pdf.SetFont("Helvetica", "", 12)
		for range pages {
			pdf.AddPage()
			for y := 50.0; y < 800; y += 14 {
				pdf.Text(50, y, text)
			}
		}
		return pdf
	}
	output := func(pdf *Fpdf) []byte {
		t.Helper()
		var b bytes.Buffer
		if err := pdf.Output(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	wantShort := output(doc("short", 1))

	long := doc(strings.Repeat("released ", 8), 3)
	longBytes := output(long)
	longCopy := bytes.Clone(longBytes)
	long.Release()

	if got := output(doc("short", 1)); !bytes.Equal(got, wantShort) {
		t.Errorf("a document made after another's Release differs from one made before (%d bytes, want %d)", len(got), len(wantShort))
	}
	if !bytes.Equal(longBytes, longCopy) {
		t.Error("Release changed the bytes Output had written")
	}
	if err := long.Output(new(bytes.Buffer)); !errors.Is(err, errReleased) {
		t.Errorf("Output after Release: %v, want %v", err, errReleased)
	}
	if n := long.PageCount(); n != 3 {
		t.Errorf("PageCount after Release = %d, want 3", n)
	}
}
