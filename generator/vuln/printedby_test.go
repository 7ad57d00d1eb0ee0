package vuln_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// proseLine is a line of a product file setting a key to a one-line
// string of prose (a space, 20 characters or more).
var proseLine = regexp.MustCompile(`^(\s*)([a-z0-9_]+)\s*=\s*"([^"\\]{20,})"\s*$`)

// tableHeader is a line opening a table or an array of tables.
var tableHeader = regexp.MustCompile(`^\s*\[\[?([a-z0-9_.]+)\]?\]`)

// TestPrintedByCoversTheBuild: the rule on text naming an undisclosed
// vulnerability dates a key's text by the documents printedBy lists for
// it, so every document that prints it must be listed. A token is added
// to every one-line prose value of the example pump's and every
// fixture's product files (not to the names that other keys refer to), the site is
// built, and each token found in a document or file is held to its top-
// level key's list: a document controls' key to its document, the MDS2
// keys to the form, a version's to the documents (not the site's pages
// and files), a key printedBy does not list to every document.
func TestPrintedByCoversTheBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example's and every fixture's site")
	}
	docsOf := func(file string) string { // the printedBy name of a built file
		if strings.HasPrefix(file, ".well-known/") || !strings.Contains(file, "/") {
			return "site"
		}
		base := file[strings.LastIndex(file, "/")+1:]
		switch {
		case strings.Contains(file, "/notices/"):
			return "notices"
		case strings.Contains(file, "/views/"):
			return "site" // the views' SVG files, which the site's pages list
		case base == "lifecycle.json" || base == "index.html" || strings.Contains(base, "vex") || strings.Contains(base, "sbom") || strings.Contains(base, ".cdx") || strings.Contains(base, ".spdx"):
			return "site"
		}
		stem := strings.SplitN(base, ".", 2)[0]
		return map[string]string{"security-plan": "security_plan", "csd": "csd", "mds2": "mds2", "lifecycle": "lifecycle", "risk-report": "risk_report", "estar": "estar"}[stem]
	}
	everyDoc := []string{"security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar", "notices"}
	type fixture struct{ site, content, file string }
	fixtures := []fixture{{"../../jspgen.toml", "../../content", "halcyon-lvp7.toml"}}
	sites, err := filepath.Glob("../testdata/*/jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, site := range sites {
		dir := filepath.Join(filepath.Dir(site), "content")
		files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			fixtures = append(fixtures, fixture{site, dir, filepath.Base(f)})
		}
	}
	if len(fixtures) < 15 {
		t.Fatalf("%d product files found: the fixtures moved", len(fixtures))
	}
	for _, fx := range fixtures {
		keyOf := map[string]string{} // token → key path (header.key)
		site, dir := kindtest.CopyRepo(t, fx.site, fx.content, fx.file, func(s string) string {
			lines := strings.Split(s, "\n")
			header := ""
			for i, ln := range lines {
				if m := tableHeader.FindStringSubmatch(ln); m != nil {
					header = m[1]
				}
				m := proseLine.FindStringSubmatch(ln)
				// a port's service names its protocol, from which the MDS2
				// form derives CONN-7, and a flow's from and to name its
				// ends: a token there would unsettle what the form derives
				if m == nil || !strings.Contains(m[3], " ") || slices.Contains([]string{"name", "event", "item", "role", "service", "from", "to"}, m[2]) {
					continue
				}
				tok := fmt.Sprintf("ZQ%04dX", len(keyOf)+1)
				keyOf[tok] = strings.TrimPrefix(header+"."+m[2], ".")
				lines[i] = ln[:strings.LastIndex(ln, `"`)] + " " + tok + `"`
			}
			return strings.Join(lines, "\n")
		})
		out := filepath.Join(t.TempDir(), "site")
		if _, err := generator.Build(generator.Options{SiteFile: site, ContentDir: dir, TemplatesDir: filepath.Join(t.TempDir(), "none"), OutDir: out}); err != nil {
			t.Fatalf("%s: %v", fx.file, err)
		}
		found := 0
		err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !slices.Contains([]string{".md", ".json", ".csv", ".html", ".xml", ".svg"}, filepath.Ext(path)) {
				return err
			}
			rel, _ := filepath.Rel(out, path)
			rel = filepath.ToSlash(rel)
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			doc := docsOf(rel)
			for _, tok := range regexp.MustCompile(`ZQ\d{4}X`).FindAllString(string(b), -1) {
				key := keyOf[tok]
				top, _, _ := strings.Cut(key, ".")
				var allowed []string
				switch {
				case top == "vulnerabilities" || top == "notices":
					continue // dated by their own entries
				case top == "documents":
					allowed = []string{strings.Split(key, ".")[1]}
				case top == "mds2":
					allowed = []string{"mds2"}
				case top == "versions" && (strings.Contains(key, ".changes.") || strings.HasSuffix(key, ".extended_support") || strings.HasSuffix(key, ".withdrawal_reason") || strings.HasSuffix(key, ".manufacturer")):
					allowed = append(slices.Clone(everyDoc), "site")
				case top == "versions":
					allowed = everyDoc
				default:
					var ok bool
					if allowed, ok = vuln.PrintedBy[top]; !ok {
						allowed = everyDoc
					}
				}
				found++
				if !slices.Contains(allowed, doc) {
					t.Errorf("%s: %s's text (%s) is printed by %s (%s), which printedBy does not list", fx.file, key, tok, rel, doc)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// A product that states little (the sparse fixtures build one or
		// two documents) prints few of its texts; a full one prints many.
		if want := max(1, min(30, len(keyOf)/4)); found < want {
			t.Errorf("%s: %d of %d tokens found in the build, want %d; the test no longer reaches the documents", fx.file, found, len(keyOf), want)
		}
	}
}
