package workbook

import (
	"archive/zip"
	"bytes"
	"sync"
	"testing"
	"time"
)

// TestWritePooledDeflate: workbooks written at once share the pool of
// deflaters (zip.go) and still come out as written one by one, as plain
// deflate entries any zip reader inflates to the same parts.
func TestWritePooledDeflate(t *testing.T) {
	metas := []Meta{{}, {Date: time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC)}, {Generator: "other"}, {Date: time.Date(2027, 5, 6, 0, 0, 0, 0, time.UTC)}}
	want := make([][]byte, len(metas))
	for i, m := range metas {
		data, err := Write(exampleForm(t), m)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = data
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for range 3 {
				for i, m := range metas {
					data, err := Write(exampleForm(t), m)
					if err != nil {
						t.Error(err)
						return
					}
					if !bytes.Equal(data, want[i]) {
						t.Errorf("goroutine %d: workbook %d differs from the one written alone", g, i)
					}
				}
			}
		})
	}
	wg.Wait()
	zr, err := zip.NewReader(bytes.NewReader(want[0]), int64(len(want[0])))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(rc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		rc.Close()
		if uint64(buf.Len()) != f.UncompressedSize64 {
			t.Errorf("%s: inflated to %d bytes, header says %d", f.Name, buf.Len(), f.UncompressedSize64)
		}
	}
}
