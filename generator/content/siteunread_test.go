package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteFileUnreadSkipsSiteRules: a site file that does not decode (a
// syntax error, a missing file) is reported once, the product files' own
// problems still are, and no rule judges the products against the empty
// site in its place: before, a quote left open in jspgen.toml also
// reported every product's incident contact as having "no e-mail, phone or
// web page in the site file", which the file does give.
func TestSiteFileUnreadSkipsSiteRules(t *testing.T) {
	const product = "schema_version = 2\nid = \"p\"\nname = \"P\"\nhome_usee = false\n\n" +
		"[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n"
	site := minimalSite + "\n[manufacturer.support]\nemail = \"support@m.example\"\n"
	for _, tc := range []struct {
		name    string
		site    string // "" leaves the site file out
		want    []string
		notWant []string
	}{
		{"site read", site,
			[]string{"home_usee: unknown key"},
			[]string{"TOML syntax", "no e-mail, phone or web page"}},
		{"site syntax error", strings.Replace(site, `title = "T"`, `title = "T`, 1),
			[]string{"jspgen.toml:2: TOML syntax", "home_usee: unknown key"},
			[]string{"no e-mail, phone or web page"}},
		{"site missing", "",
			[]string{"jspgen.toml: file not found", "home_usee: unknown key"},
			[]string{"no e-mail, phone or web page"}},
	} {
		dir := t.TempDir()
		siteFile := filepath.Join(dir, "jspgen.toml")
		if tc.site != "" {
			os.WriteFile(siteFile, []byte(tc.site), 0o644)
		}
		contentDir := filepath.Join(dir, "content")
		os.Mkdir(contentDir, 0o755)
		os.WriteFile(filepath.Join(contentDir, "p.toml"), []byte(product), 0o644)
		_, loadDiags := Load(siteFile, contentDir)
		_, knownDiags := LoadKnown(siteFile, contentDir, func(string) (KnownProduct, bool) { return KnownProduct{}, false })
		for loader, diags := range map[string]Diagnostics{"Load": loadDiags, "LoadKnown": knownDiags} {
			text := strings.ReplaceAll(diagText(diags), filepath.ToSlash(dir)+"/", "")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s, %s: want %q in:\n  %s", tc.name, loader, w, text)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(text, w) {
					t.Errorf("%s, %s: want no %q in:\n  %s", tc.name, loader, w, text)
				}
			}
		}
	}
}
