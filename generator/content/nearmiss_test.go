package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// notReadWarnings loads a content folder holding p.toml (id "p") and the
// given files (slash paths relative to content/), through Load and
// through LoadKnown, and returns the files each warned of as not read.
func notReadWarnings(t *testing.T, files ...string) (load, known []string) {
	t.Helper()
	var contentDir, siteFile string
	_, diags := loadTree(t, func(content string) {
		contentDir, siteFile = content, filepath.Join(filepath.Dir(content), "jspgen.toml")
		for _, f := range files {
			path := filepath.Join(content, filepath.FromSlash(f))
			os.MkdirAll(filepath.Dir(path), 0o755)
			os.WriteFile(path, []byte("schema_version = 2\nid = \"x\"\n"), 0o644)
		}
	})
	_, kdiags := LoadKnown(siteFile, contentDir, func(string) (KnownProduct, bool) { return KnownProduct{}, false })
	pick := func(ds Diagnostics) []string {
		var got []string
		for _, d := range ds.Warnings() {
			if strings.HasPrefix(d.Message, "not read:") {
				got = append(got, strings.TrimPrefix(d.File, filepath.ToSlash(contentDir)+"/"))
			}
		}
		return got
	}
	return pick(diags), pick(kdiags)
}

// TestNotReadWarning: a file in content/ that a user most likely meant as
// a product file but that is not read is warned of (a misspelt or
// mis-cased extension, a ".txt" an editor added, a product file moved
// into a folder of its own); a copy kept on purpose (backups, patch's
// leftovers, editors' autosave, lock and swap files) and other files are
// not, since a warning on every build for a file kept on purpose is noise.
func TestNotReadWarning(t *testing.T) {
	for _, tc := range []struct {
		file string
		warn bool
	}{
		// Meant to be read: warned of.
		{"a.tmol", true},
		{"a.TOML", true},
		{"a.Toml", true},
		{"a.toml.txt", true},
		{"a.tml", true},
		{"a.tom", true},
		{"a.toml ", true},
		{"pumps/a.toml", true},
		{"pumps/infusion/a.toml", true},
		{"archive/2025/a.toml", true},
		// Kept on purpose: not warned of.
		{"a.toml.bak", false},
		{"a.toml.BAK", false},
		{"a.toml.backup", false},
		{"a.toml.old", false},
		{"a.toml.orig", false},
		{"a.toml.rej", false},
		{"a.toml.save", false},
		{"a.toml.swp", false},
		{"a.toml.swo", false},
		{"a.toml~", false},
		{"a.toml.~1~", false},
		{"#a.toml#", false},
		{".#a.toml", false},
		{".a.toml.swp", false},
		{"._a.toml", false},
		// Not product-like at all: none of the loader's business.
		{"a.yaml", false},
		{"notes.md", false},
		{"logo.png", false},
		{"a.json", false},
		{"#", false},
		// A product's asset folder may hold any file; so may the folder
		// named like a product file; dot folders are junk.
		{"p/config/sample.toml", false},
		{"p/a.tmol", false},
		{"q/sample.toml", false}, // q.toml is added below: its folder
		{".git/config.toml", false},
		{"pumps/.cache/a.toml", false},
		{"pumps/a.toml.bak", false},
		{"diagrams/flow.drawio", false},
	} {
		files := []string{tc.file}
		if strings.HasPrefix(tc.file, "q/") {
			files = append(files, "q.toml")
		}
		var want []string
		if tc.warn {
			want = []string{tc.file}
		}
		load, known := notReadWarnings(t, files...)
		if !slices.Equal(load, want) || !slices.Equal(known, want) {
			t.Errorf("%q: Load warned of %q, LoadKnown of %q; want %q", tc.file, load, known, want)
		}
	}
}

// TestNotReadWarningMessages: each warning says why the file is not read
// and what to do.
func TestNotReadWarningMessages(t *testing.T) {
	_, diags := loadTree(t, func(content string) {
		os.WriteFile(filepath.Join(content, "a.TOML"), []byte("id = \"a\"\n"), 0o644)
		os.MkdirAll(filepath.Join(content, "pumps"), 0o755)
		os.WriteFile(filepath.Join(content, "pumps", "b.toml"), []byte("id = \"b\"\n"), 0o644)
	})
	text := diagText(diags)
	for _, want := range []string{
		`/content/a.TOML: warning: not read: only files whose names end in ".toml" (lower case) are product files; rename it if it is one`,
		`/content/pumps/b.toml: warning: not read: product files are read only directly in the content folder, not in its subfolders; move it there if it is one`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
}
