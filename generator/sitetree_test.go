package generator

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSiteTreeAsWalkDir: the site listed folder by folder on several
// goroutines is the listing of one filepath.WalkDir, entry for entry.
func TestSiteTreeAsWalkDir(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	for _, f := range []string{"index.html", "a/index.html", "a/4.1.0/csd.pdf", "b/x.md", ".well-known/csaf/provider-metadata.json", "z.txt"} {
		file := filepath.Join(out, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(out, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a", filepath.Join(out, "c")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for link, to := range map[string]string{"a/up": "../z.txt", "b/dangling": "nowhere"} {
		if err := os.Symlink(to, filepath.Join(out, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	// times to the nanosecond, each its own
	at := time.Date(2026, 3, 2, 10, 0, 0, 123456789, time.UTC)
	err := filepath.WalkDir(out, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.Type()&fs.ModeSymlink != 0 {
			return err
		}
		at = at.Add(time.Second + 7)
		return os.Chtimes(file, at, at)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{out, filepath.Join(out, "c"), filepath.Join(out, "z.txt")} {
		got, err := siteTree(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(walkedTree(t, dir), got); diff != "" {
			t.Errorf("%s: siteTree differs from one WalkDir (-want +got):\n%s", dir, diff)
		}
	}
	if _, err := siteTree(filepath.Join(out, "missing"), nil); err == nil {
		t.Error("a missing site listed without an error")
	}
}

// walkedTree is the site out as one filepath.WalkDir of the whole folder
// (walkDirTree), on this goroutine: the listing the parallel one, and
// walkTree where it states entries its own way, must equal.
func walkedTree(t *testing.T, out string) []treeEntry {
	tree, err := walkDirTree(out, ".")
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// TestSiteTreeMovedFolders: a top-level folder moved as a whole since it
// was listed (a product carried over) is stated, not listed again, and
// the site's listing is still that of one WalkDir.
func TestSiteTreeMovedFolders(t *testing.T) {
	root := t.TempDir()
	prev, out := filepath.Join(root, "prev"), filepath.Join(root, "site")
	for _, f := range []string{"prev/a/index.html", "prev/a/4.1.0/csd.pdf", "prev/b/x.md", "site/index.html", "site/b/y.md"} {
		file := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	listed, err := siteTree(prev, nil)
	if err != nil {
		t.Fatal(err)
	}
	byTop := treeByTop(listed)
	if err := os.Rename(filepath.Join(prev, "a"), filepath.Join(out, "a")); err != nil {
		t.Fatal(err)
	}
	// some file systems give a moved folder a new time (its ".." changed)
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(out, "a"), later, later); err != nil {
		t.Fatal(err)
	}
	got, err := siteTree(out, map[string][]treeEntry{"a": byTop["a"]})
	if err != nil {
		t.Fatal(err)
	}
	want := walkedTree(t, out)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("siteTree with a moved folder differs from one WalkDir (-want +got):\n%s", diff)
	}
	// a listing that is not a folder's is not used
	if got, err := siteTree(out, map[string][]treeEntry{"index.html": {{Path: "index.html"}}}); err != nil || !cmp.Equal(got, want) {
		t.Errorf("a file's listing was used: %v", err)
	}
}
