package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOutput runs the output rule both ways over one repository:
// content/, templates/, jspgen.toml and .git/ at its root, a previous site
// with the marker, a folder without it, an empty folder and a file.
func TestCheckOutput(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	for _, d := range []string{"content/p", "templates", ".git/objects", "site", "notes", "empty", "work"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(rel, data string) {
		if err := os.WriteFile(filepath.Join(root, rel), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("jspgen.toml", "")
	write("notes.txt", "mine")
	write("notes/a.md", "mine")
	write("site/"+MarkerName, MarkerContent)
	write("site/index.html", "previous")
	os.MkdirAll(filepath.Join(root, "forged"), 0o755)
	write("forged/"+MarkerName, "not the marker")
	write("forged/keep.txt", "mine")
	os.Symlink(filepath.Join(root, "content"), filepath.Join(root, "content-link"))
	t.Chdir(root)
	inputs := []Input{
		{Role: "the site file", Path: "jspgen.toml", File: true},
		{Role: "the content folder", Path: "content"},
		{Role: "the templates folder", Path: "templates"},
	}
	tests := []struct {
		out  string
		want string // "" when allowed; else the reason's start
	}{
		{"site", ""},
		{"new/sub/site", ""},
		{"empty", ""},
		{"work/out", ""},
		{filepath.Join(base, "elsewhere"), ""},
		{filepath.Join(root, "site"), ""},
		{"content", "it is the content folder content"},
		{"content/", "it is the content folder content"},
		{"content/p", "it lies inside the content folder content"},
		{"content/p/site", "it lies inside the content folder content"},
		{"content-link", "it is the content folder content"},
		{"templates", "it is the templates folder templates"},
		{"templates/site", "it lies inside the templates folder templates"},
		{"jspgen.toml", "it is the site file jspgen.toml"},
		{".", "it is the current folder"},
		{root, "it is the current folder"},
		{"..", "it contains the current folder"},
		{"/", "it is the root of the file system"},
		{".git", "it is or lies inside a .git folder"},
		{".git/site", "it is or lies inside a .git folder"},
		{"notes", "it is a folder jspgen did not build (no .jspgen-site in it) and not empty"},
		{"forged", "it is a folder jspgen did not build"},
		{"notes.txt", "it is a file, not a folder"},
	}
	for _, tc := range tests {
		err := CheckOutput(tc.out, inputs...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckOutput(%q) = %v; want it allowed", tc.out, err)
		case tc.want != "" && err == nil:
			t.Errorf("CheckOutput(%q) allowed; want %q", tc.out, tc.want)
		case tc.want != "" && !strings.HasPrefix(err.Error(), "refusing to build into "+tc.out+": "+tc.want):
			t.Errorf("CheckOutput(%q) = %v; want reason %q", tc.out, err, tc.want)
		}
	}
	// from outside the repository: its root and its parent are the site
	// file's folder and an ancestor of it, not the current folder
	t.Chdir(base)
	outside := []Input{{Role: "the site file", Path: "repo/jspgen.toml", File: true}, {Role: "the content folder", Path: "repo/content"}}
	for out, want := range map[string]string{
		"repo":      "it is the folder of the site file repo/jspgen.toml (the repository root)",
		base:        "it is the current folder",
		"repo/site": "",
	} {
		err := CheckOutput(out, outside...)
		if want == "" {
			if err != nil {
				t.Errorf("from outside: CheckOutput(%q) = %v; want it allowed", out, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("from outside: CheckOutput(%q) = %v; want %q", out, err, want)
		}
	}
	t.Chdir(filepath.Join(root, "work"))
	if err := CheckOutput(base, Input{Role: "the site file", Path: "../jspgen.toml", File: true}); err == nil || !strings.Contains(err.Error(), "it contains the current folder") {
		t.Errorf("an ancestor of the current folder: %v", err)
	}
	if err := CheckOutput(root+"/..", Input{Role: "the content folder", Path: "/nonexistent-input"}); err == nil {
		t.Errorf("the repository's parent allowed")
	}
}

// TestCheckOutputAncestorOfInputs: an output above the inputs (but not
// above the current folder) is refused.
func TestCheckOutputAncestorOfInputs(t *testing.T) {
	base := t.TempDir()
	os.MkdirAll(filepath.Join(base, "a", "repo", "content"), 0o755)
	os.MkdirAll(filepath.Join(base, "b"), 0o755)
	t.Chdir(filepath.Join(base, "b"))
	err := CheckOutput(filepath.Join(base, "a"), Input{Role: "the content folder", Path: filepath.Join(base, "a", "repo", "content")})
	if err == nil || !strings.Contains(err.Error(), "it contains the content folder") {
		t.Errorf("got %v", err)
	}
}
