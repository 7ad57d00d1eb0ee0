// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"crypto/sha1"
	"encoding/binary"
	"runtime"
	"testing"
)

// TestWidthsDigestStreams: digesting a width table in pieces gives the
// SHA-1 of the whole table encoded at once, at and around a piece's end,
// without encoding the table whole.
func TestWidthsDigestStreams(t *testing.T) {
	for _, n := range []int{0, 1, 1023, 1024, 1025, 2048, 65536} {
		cw := make([]int, n)
		whole := make([]byte, 0, 4*n)
		for i := range cw {
			cw[i] = i*7919 + 3 // distinct, some above 16 bits
			whole = binary.BigEndian.AppendUint32(whole, uint32(cw[i]))
		}
		if got, want := widthsDigest(cw), sha1.Sum(whole); got != want {
			t.Errorf("%d widths: digest %x, want %x", n, got, want)
		}
	}
	cw := make([]int, 65536)
	widthsDigest(cw)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 5 {
		widthsDigest(cw)
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / 5; per > 4096 {
		t.Errorf("digest of 65536 widths allocated %d bytes, want at most 4096 (the table is 256 KiB encoded)", per)
	}
}
