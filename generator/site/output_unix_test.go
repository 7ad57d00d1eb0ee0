//go:build unix

package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestModesIgnoreUmask: 0644 files and 0755 folders whatever the umask:
// one that strips the site's modes (077: every file and folder is
// chmodded) and ones that leave them (022, 002: none is).
func TestModesIgnoreUmask(t *testing.T) {
	for _, umask := range []int{0o077, 0o022, 0o002} {
		old := syscall.Umask(umask)
		base := t.TempDir()
		dir := filepath.Join(base, "out", "site")
		o, err := Begin(dir)
		if err != nil {
			t.Fatal(err)
		}
		o.Write("p/q/doc.md", []byte("x"))
		o.Write("p/r/doc.md", []byte("x"))
		o.Write("index.html", []byte("x"))
		if err := o.Commit(); err != nil {
			t.Fatal(err)
		}
		syscall.Umask(old)
		filepath.WalkDir(filepath.Join(base, "out"), func(p string, d fs.DirEntry, err error) error {
			st, _ := os.Stat(p)
			want := fs.FileMode(0o644)
			if d.IsDir() {
				want = 0o755
			}
			if st.Mode().Perm() != want {
				t.Errorf("umask %03o: %s: mode %v, want %v", umask, p, st.Mode().Perm(), want)
			}
			return nil
		})
	}
}
