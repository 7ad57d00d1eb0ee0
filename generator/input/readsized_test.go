package input

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// readSized reads a file into a buffer of the size its caller stated;
// a file that grew or shrank since is still read whole, and one that
// grew past the limit is refused.
func TestReadSized(t *testing.T) {
	data := []byte("0123456789abcdef") // 16 bytes
	for _, c := range []struct {
		name        string
		stated      int64 // the size the caller read before
		limit       int64
		wantTooBig  bool
		wantWholeOf int // bytes of data expected
	}{
		{"as stated", 16, 64, false, 16},
		{"grew since", 4, 64, false, 16},
		{"shrank since", 40, 64, false, 16},
		{"grew past the limit", 4, 10, true, 0},
		{"exactly the limit", 16, 16, false, 16},
		{"unknown size", 0, 64, false, 16},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "f")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := readSized(f, c.stated, "f", c.limit)
			if c.wantTooBig {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("got %q, %v; want ErrTooLarge", got, err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, data[:c.wantWholeOf]) {
				t.Fatalf("got %q, %v; want %q", got, err, data[:c.wantWholeOf])
			}
		})
	}
}
