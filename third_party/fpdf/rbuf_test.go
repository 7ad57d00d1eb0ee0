// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestNewRBufferSizedOnce: a reader that tells its length is read into
// one buffer of that size; any reader gives the same bytes.
func TestNewRBufferSizedOnce(t *testing.T) {
	data := bytes.Repeat([]byte("\x89PNG\r\n\x1a\n0123456789"), 10000) // 180 KB
	for name, r := range map[string]func() io.Reader{
		"bytes.Reader":   func() io.Reader { return bytes.NewReader(data) },
		"strings.Reader": func() io.Reader { return strings.NewReader(string(data)) },
		"bytes.Buffer":   func() io.Reader { return bytes.NewBuffer(bytes.Clone(data)) },
		"no Len":         func() io.Reader { return iotest.HalfReader(bytes.NewReader(data)) },
	} {
		b, err := newRBuffer(r())
		if err != nil || !bytes.Equal(b.p, data) {
			t.Errorf("%s: read %d bytes (%v), want the %d written", name, len(b.p), err, len(data))
		}
	}
	allocs := testing.AllocsPerRun(10, func() {
		if _, err := newRBuffer(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 3 {
		t.Errorf("newRBuffer(bytes.Reader of %d bytes): %.0f allocations, want at most 3 (one buffer)", len(data), allocs)
	}
}
