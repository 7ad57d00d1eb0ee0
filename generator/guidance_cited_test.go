package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestGuidanceNoTemplateCites: a site [[guidance]] entry with a new id
// (Health Canada's pre-market guidance for a product sold in Canada) was
// accepted and printed in no document, without a word: the shipped
// templates ask only for their own ids. check now warns at the entry; an
// entry that changes a shipped edition, or a new id that a template of
// the repository's own cites, says nothing.
func TestGuidanceNoTemplateCites(t *testing.T) {
	const newID = "\n[[guidance]]\nid = \"hc-premarket\"\ntitle = \"Health Canada: Pre-market Requirements for Medical Device Cybersecurity\"\nedition = \"26 June 2019\"\n"
	const shipped = "\n[[guidance]]\nid = \"hn1\"\nedition = \"HN 1-2019\"\n"
	const warning = `guidance[0].id: guidance "hc-premarket" is cited by no document template in use`
	check := func(siteExtra string, templates map[string]string) string {
		t.Helper()
		site, contentDir := kindtest.CopyRepo(t, filepath.Join("testdata", "serialonly", "jspgen.toml"), filepath.Join("testdata", "serialonly", "content"), "", nil)
		b, err := os.ReadFile(site)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(site, append(b, siteExtra...), 0o644); err != nil {
			t.Fatal(err)
		}
		tdir := filepath.Join(t.TempDir(), "templates")
		for name, text := range templates {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(tdir, name)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(tdir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res, err := Check(Options{SiteFile: site, ContentDir: contentDir, TemplatesDir: tdir, OutDir: filepath.Join(t.TempDir(), "site")})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, d := range res.Warnings {
			lines = append(lines, d.Path+": "+d.Message)
		}
		return strings.Join(lines, "\n")
	}
	if got := check(newID, nil); !strings.Contains(got, warning) {
		t.Errorf("a new guidance id no template cites: no warning\n%s", got)
	}
	if got := check(shipped, nil); strings.Contains(got, "is cited by no document template") {
		t.Errorf("a shipped id's edition: warned\n%s", got)
	}
	own := map[string]string{"partials/canada.md.tmpl": `{{ define "canada-guidance" }}{{ template "guidance-editions" ($.GuidanceFor "hc-premarket") }}{{ end }}`}
	if got := check(newID, own); strings.Contains(got, "is cited by no document template") {
		t.Errorf("a new id a template of the repository's own cites: warned\n%s", got)
	}
}
