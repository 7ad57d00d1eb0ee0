package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCarriedProductsLinksChecked: a product carried over keeps only its
// links that leave its folder for the link check (site.Page.Leaving), and
// those are checked again: when the page they point at goes, the
// incremental build fails as a clean build does, naming the carried
// product's page too.
func TestCarriedProductsLinksChecked(t *testing.T) {
	siteFile, contentDir := portfolio(t, 2)
	out := filepath.Join(filepath.Dir(siteFile), "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out)}
	// a template override that links product 001's CSD to product 002's
	// (Markdown fields cannot leave their product's folder; templates can)
	templatesDir := filepath.Join(filepath.Dir(siteFile), "templates")
	opts.TemplatesDir = templatesDir
	csd, err := os.ReadFile("../templates/csd.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	link := "\n{{ if eq $p.ID \"halcyon-lvp7-001\" }}See [the other pump]({{ $d.Up }}../halcyon-lvp7-002/csd.html) and [its approvals]({{ $d.Up }}../halcyon-lvp7-002/csd.html#approvals).{{ end }}\n"
	if err := os.MkdirAll(templatesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(templatesDir, "csd.md.tmpl"), append(csd, link...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	// product 002 goes: product 001 is carried over, its links now broken
	if err := os.Remove(filepath.Join(contentDir, "halcyon-lvp7-002.toml")); err != nil {
		t.Fatal(err)
	}
	res, err := Build(opts)
	if res == nil || res.Carried != 1 {
		t.Fatalf("product 001 not carried over: %+v", res)
	}
	ref := opts
	ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
	_, want := Build(ref)
	if want == nil || !strings.Contains(want.Error(), "halcyon-lvp7-001/csd.html") || !strings.Contains(want.Error(), "halcyon-lvp7-001/4.1.0/csd.html") {
		t.Fatalf("the clean build does not report the carried product's broken links: %v", want)
	}
	if err == nil || err.Error() != want.Error() {
		t.Errorf("incremental build:\n%v\nclean build:\n%v", err, want)
	}
}
