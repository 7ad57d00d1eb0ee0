package site

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteLinksUnchangedFiles: a file whose bytes the previous site
// holds, with the site's mode, is linked from it (same inode); any other
// file is written anew, and the previous site is left as it was whether
// the build commits or aborts.
func TestWriteLinksUnchangedFiles(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 10000) // longer than one compare buffer
	bigOther := bytes.Clone(big)
	bigOther[len(bigOther)-1] = 'x'
	cases := []struct {
		name     string
		old      []byte // nil: no previous file
		oldMode  os.FileMode
		new      []byte
		wantLink bool
	}{
		{"same bytes", []byte("same"), 0o644, []byte("same"), true},
		{"same long bytes", big, 0o644, bytes.Clone(big), true},
		{"empty", []byte{}, 0o644, []byte{}, true},
		{"other bytes, same size", []byte("abcd"), 0o644, []byte("abce"), false},
		{"long, last byte differs", big, 0o644, bigOther, false},
		{"previous longer", []byte("same+"), 0o644, []byte("same"), false},
		{"previous shorter", []byte("sam"), 0o644, []byte("same"), false},
		{"other mode", []byte("same"), 0o600, []byte("same"), false},
		{"no previous file", nil, 0, []byte("same"), false},
	}
	for _, abort := range []bool{false, true} {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "site")
				if err := os.MkdirAll(filepath.Join(dir, "p"), 0o755); err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, MarkerName), []byte(MarkerContent), 0o644)
				old := filepath.Join(dir, "p", "doc.pdf")
				var oldInfo os.FileInfo
				if c.old != nil {
					if err := os.WriteFile(old, c.old, 0o644); err != nil {
						t.Fatal(err)
					}
					if err := os.Chmod(old, c.oldMode); err != nil {
						t.Fatal(err)
					}
					oldInfo, _ = os.Stat(old)
				}
				o, err := Begin(dir)
				if err != nil {
					t.Fatal(err)
				}
				if err := o.Write("p/doc.pdf", c.new); err != nil {
					t.Fatal(err)
				}
				written, err := os.Stat(filepath.Join(o.tmp, "p", "doc.pdf"))
				if err != nil {
					t.Fatal(err)
				}
				if linked := oldInfo != nil && os.SameFile(oldInfo, written); linked != c.wantLink {
					t.Errorf("linked to the previous file: %v, want %v", linked, c.wantLink)
				}
				if abort {
					o.Abort()
					got, _ := os.ReadFile(old)
					if c.old != nil && !bytes.Equal(got, c.old) {
						t.Errorf("after Abort the previous file holds %q, want %q", trim(got), trim(c.old))
					}
					return
				}
				if err := o.Commit(); err != nil {
					t.Fatal(err)
				}
				got, err := os.ReadFile(filepath.Join(dir, "p", "doc.pdf"))
				if err != nil || !bytes.Equal(got, c.new) {
					t.Errorf("the new site's file holds %q (%v), want %q", trim(got), err, trim(c.new))
				}
				if st, _ := os.Stat(filepath.Join(dir, "p", "doc.pdf")); st.Mode().Perm() != fileMode {
					t.Errorf("the new site's file has mode %v, want %v", st.Mode().Perm(), os.FileMode(fileMode))
				}
			})
		}
	}
}

// TestWriteNeverWritesThroughALink: writing a file the build folder
// already has (a link to the previous site's) is an error, not a write
// into the previous site.
func TestWriteNeverWritesThroughALink(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, MarkerName), []byte(MarkerContent), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("old"), 0o644)
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Abort()
	if err := o.Write("a.md", []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := o.Write("a.md", []byte("new")); err == nil {
		t.Error("a second Write of a.md succeeded")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.md")); string(got) != "old" {
		t.Errorf("the previous site's a.md holds %q, want %q", got, "old")
	}
}

func trim(b []byte) string {
	s := string(b)
	if len(s) > 20 {
		s = s[:20] + "…"
	}
	return s
}
