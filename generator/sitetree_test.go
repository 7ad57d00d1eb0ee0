package generator

import (
	"os"
	"path/filepath"
	"testing"

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
	for _, dir := range []string{out, filepath.Join(out, "c"), filepath.Join(out, "z.txt")} {
		got, err := siteTree(dir)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(walkDirTree(t, dir), got); diff != "" {
			t.Errorf("%s: siteTree differs from one WalkDir (-want +got):\n%s", dir, diff)
		}
	}
	if _, err := siteTree(filepath.Join(out, "missing")); err == nil {
		t.Error("a missing site listed without an error")
	}
}

// walkDirTree is siteTree as one walk of the whole folder, on this
// goroutine: the listing the parallel one must equal.
func walkDirTree(t *testing.T, out string) []treeEntry {
	tree, err := walkTree(out, ".")
	if err != nil {
		t.Fatal(err)
	}
	return tree
}
