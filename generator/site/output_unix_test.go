//go:build unix

package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestModesIgnoreUmask: 0644 files and 0755 folders under umask 077.
func TestModesIgnoreUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	base := t.TempDir()
	dir := filepath.Join(base, "out", "site")
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	o.Write("p/q/doc.md", []byte("x"))
	o.Write("index.html", []byte("x"))
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(filepath.Join(base, "out"), func(p string, d fs.DirEntry, err error) error {
		st, _ := os.Stat(p)
		want := fs.FileMode(0o644)
		if d.IsDir() {
			want = 0o755
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, st.Mode().Perm(), want)
		}
		return nil
	})
}
