package generator

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSAFNeedsThePublishersNamespace: a CSAF document must name its
// publisher's namespace, a URL the manufacturer controls. A site file
// that states none (a small manufacturer with a security e-mail only)
// published CSAF documents with "namespace": "", which the schema
// rejects. The build now publishes no CSAF document, its security notice
// names no CSAF twin, its CycloneDX and OpenVEX files stay, and check
// warns at the product; with a website, all are published as before.
func TestCSAFNeedsThePublishersNamespace(t *testing.T) {
	dir := filepath.Join("testdata", "marketsplit")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "dentasense.toml",
		kindtest.Replace("[mds2.answers]\n", "[mds2.answers]\n\"DOC-8\" = \"yes\" # the policy's URL is removed below\n"))
	b, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	urls := regexp.MustCompile(`(?m)^(website|cvd_policy_url|base_url|url) = .*\n`)
	if !urls.Match(b) {
		t.Fatal("the marketsplit site file states no URL to remove")
	}
	if err := os.WriteFile(site, urls.ReplaceAll(b, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	for rel := range files {
		if strings.HasPrefix(rel, ".well-known/csaf/") {
			t.Errorf("published %s without a namespace for its publisher", rel)
		}
	}
	for _, rel := range []string{"dentasense/vex-3.1.cdx.json", "dentasense/vex-3.1.openvex.json"} {
		if _, ok := files[rel]; !ok {
			t.Errorf("no %s: the VEX files need no CSAF namespace", rel)
		}
	}
	notice := string(files["dentasense/notices/sa-2026-01.md"])
	kindtest.SaysNoneBecause(t, "sa-2026-01.md", notice, "no CSAF twin is published", "CSAF 2.0 security advisory")
	warned := false
	for _, d := range res.Warnings {
		warned = warned || d.Path == "vulnerabilities" && strings.Contains(d.Message, "no CSAF document is published")
	}
	if !warned {
		t.Errorf("no warning that no CSAF document is published; got %v", res.Warnings)
	}

	read := buildFixture(t, "marketsplit")
	kindtest.SaysAll(t, "sa-2026-01.md with a website", read("dentasense/notices/sa-2026-01.md"), "CSAF 2.0 security advisory")
	if doc := read(".well-known/csaf/white/2026/odi-ds-sa-2026-01.json"); !strings.Contains(doc, `"namespace": "https://www.orvella-dental.example"`) {
		t.Errorf("the CSAF twin's namespace is not the manufacturer's website:\n%.600s", doc)
	}
}
