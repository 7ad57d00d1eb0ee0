package generator

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
)

// TestCSAFSelfReference: with a base URL, every CSAF document's first
// reference is category self, the canonical URL of its own JSON file
// (CSAF 2.0 3.2.1.12); the notice page a twin stands beside is an
// external reference, never self.
func TestCSAFSelfReference(t *testing.T) {
	const base = "https://psirt.meridian-infusion.example/products"
	site := filepath.Join(t.TempDir(), "site")
	opts := exampleOptions(site)
	opts.SiteFile = siteFileWithBaseURL(t, opts.SiteFile, base)
	opts.Kinds = []kind.Kind{kcsaf.Kind}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.WalkDir(filepath.Join(site, kcsaf.Root), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") || d.Name() == "provider-metadata.json" {
			return err
		}
		n++
		rel, _ := filepath.Rel(site, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var doc struct {
			Document struct {
				References []struct{ Category, URL string } `json:"references"`
			} `json:"document"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			return err
		}
		refs := doc.Document.References
		if want := base + "/" + filepath.ToSlash(rel); len(refs) == 0 || refs[0].Category != "self" || refs[0].URL != want {
			t.Errorf("%s: first reference %v; want self %s", rel, refs, want)
		}
		for _, r := range refs[1:] {
			if r.Category == "self" || strings.HasSuffix(r.URL, ".html") && r.Category != "external" {
				t.Errorf("%s: reference %v; a page beside the document is external", rel, r)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 4 {
		t.Errorf("checked %d CSAF documents; want the example's VEX and notice twins", n)
	}
}
