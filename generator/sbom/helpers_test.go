package sbom

import (
	"os"
	"path/filepath"
	"testing"
)

// moduleRoot is the folder holding go.mod, found upwards from the
// package folder (the working directory of "go test").
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package folder")
		}
		dir = parent
	}
}

// examplesDir is shared/sbom-examples beside the repository: public SBOM
// files written by others, which are test data only and never copied into
// the project. On a user's machine it is absent and the tests skip.
func examplesDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(moduleRoot(t), "..", "shared", "sbom-examples")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("public SBOM examples not available (%v); they live in shared/sbom-examples beside the repository", err)
	}
	return dir
}

// parseExample parses one file of examplesDir.
func parseExample(t testing.TB, file string) *Document {
	t.Helper()
	doc, err := ParseFile(filepath.Join(examplesDir(t), file))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// findComponent returns the component with that purl, failing the test
// when there is none or more than one.
func findComponent(t testing.TB, doc *Document, purl string) Component {
	t.Helper()
	var found []Component
	for _, c := range doc.Components {
		if c.PURL == purl {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d components with purl %q, want 1", len(found), purl)
	}
	return found[0]
}
