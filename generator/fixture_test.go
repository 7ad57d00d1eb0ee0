package generator

import (
	"os"
	"path/filepath"
	"testing"
)

// buildFixture builds testdata/<name>, a product unlike the examples with
// its own site file, with the shipped templates, and returns a reader of
// the Markdown (or any file) at rel in the built site, e.g.
// "glucowear/csd.md".
func buildFixture(t *testing.T, name string) func(rel string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	dir := filepath.Join("testdata", name)
	_, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatalf("building the %s fixture: %v", name, err)
	}
	return func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
}
