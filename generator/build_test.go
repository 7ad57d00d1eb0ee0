package generator

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden/ from the example content")

// exampleOptions builds the repository's own example content.
func exampleOptions(out string) Options {
	return Options{SiteFile: "../jspgen.toml", ContentDir: "../content", TemplatesDir: "../templates-none", OutDir: out}
}

// TestGoldenSite builds the example and compares every file with golden/:
// text files with cmp.Diff, PDFs byte for byte.
func TestGoldenSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(exampleOptions(out))
	if err != nil {
		t.Fatalf("building the example: %v", err)
	}
	for _, w := range res.Warnings {
		t.Logf("warning: %s", w)
	}
	const golden = "../golden"
	if *update {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		for _, rel := range res.Files {
			b, _ := os.ReadFile(filepath.Join(out, rel))
			dst := filepath.Join(golden, rel)
			os.MkdirAll(filepath.Dir(dst), 0o755)
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	want := goldenFiles(t, golden)
	if diff := cmp.Diff(want, res.Files); diff != "" {
		t.Errorf("files written differ from golden/ (-golden +built); run go test ./generator -update if intended:\n%s", diff)
	}
	for _, rel := range res.Files {
		got, _ := os.ReadFile(filepath.Join(out, rel))
		exp, err := os.ReadFile(filepath.Join(golden, rel))
		if err != nil {
			continue // reported above
		}
		if strings.HasSuffix(rel, ".pdf") {
			if !bytes.Equal(got, exp) {
				t.Errorf("%s: PDF differs from golden (%d bytes, golden %d bytes, first difference at byte %d)", rel, len(got), len(exp), firstDiff(got, exp))
			}
			continue
		}
		if diff := cmp.Diff(string(exp), string(got)); diff != "" {
			t.Errorf("%s differs from golden (-golden +built):\n%s", rel, diff)
		}
	}
}

func goldenFiles(t *testing.T, root string) []string {
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatalf("reading golden/: %v (run go test ./generator -update)", err)
	}
	return files
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestBuildDeterministic builds twice and compares every byte.
func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, err := Build(exampleOptions(filepath.Join(dir, "a")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(exampleOptions(filepath.Join(dir, "b"))); err != nil {
		t.Fatal(err)
	}
	for _, rel := range a.Files {
		x, _ := os.ReadFile(filepath.Join(dir, "a", rel))
		y, err := os.ReadFile(filepath.Join(dir, "b", rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same input", rel)
		}
	}
}

// TestExampleIsClean keeps the shipped example free of warnings.
func TestExampleIsClean(t *testing.T) {
	res, err := Check(exampleOptions(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		t.Errorf("example content: %s", w)
	}
}
