package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/migrate"
)

// TestMigratedV1ExampleBuildsTheGoldenSite is issue #11's done-when for
// jspgen migrate: the example in format 1 (the hand-written v2 example
// with schema_version 1, which is what the v1 example was: converting it
// to v2 by hand changed only that line, since its Markdown fields use no
// character that v2 reads differently) is converted back byte for byte,
// and the converted files build the golden site, every file equal.
func TestMigratedV1ExampleBuildsTheGoldenSite(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "jspgen.toml")
	contentDir := filepath.Join(dir, "content")
	if err := os.CopyFS(contentDir, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	v2site, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(site, v2site, 0o644); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(contentDir, "*.toml"))
	files = append(files, site)
	for _, f := range files {
		v2, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		v1 := bytes.Replace(v2, []byte("\nschema_version = 2"), []byte("\nschema_version = 1"), 1)
		if bytes.HasPrefix(v2, []byte("schema_version = 2")) {
			v1 = append([]byte("schema_version = 1"), v2[len("schema_version = 2"):]...)
		}
		if bytes.Equal(v1, v2) {
			t.Fatalf("%s: no schema_version = 2 line", f)
		}
		if err := os.WriteFile(f, v1, 0o644); err != nil {
			t.Fatal(err)
		}
		changed, _, diags := migrate.File(f, false)
		if len(diags) > 0 || !changed {
			t.Fatalf("%s: changed=%v %v", f, changed, diags)
		}
		got, _ := os.ReadFile(f)
		if !bytes.Equal(got, v2) {
			t.Errorf("%s: the migrated file differs from the hand-written v2 file", filepath.Base(f))
		}
	}
	out := filepath.Join(dir, "site")
	res, err := Build(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatalf("building the migrated example: %v", err)
	}
	want := goldenFiles(t, "../golden")
	if strings.Join(want, "\n") != strings.Join(res.Files, "\n") {
		t.Fatalf("the migrated example builds other files than golden/:\n got %q\nwant %q", res.Files, want)
	}
	for _, rel := range res.Files {
		got, _ := os.ReadFile(filepath.Join(out, rel))
		exp, _ := os.ReadFile(filepath.Join("../golden", rel))
		if !bytes.Equal(got, exp) {
			t.Errorf("%s differs from golden/ (first difference at byte %d)", rel, firstDiff(got, exp))
		}
	}
}
