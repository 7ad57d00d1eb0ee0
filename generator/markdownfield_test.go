package generator

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/site"
)

// buildThermoWithNote builds the MDS2-only fixture product with its first
// note's text replaced by note and files added to its asset folder.
func buildThermoWithNote(t *testing.T, note string, files map[string]string) (string, error) {
	t.Helper()
	return buildThermo(t, func(s string) string {
		return strings.Replace(s, `text = "No anti-malware: the firmware is fixed and signed."`, "text = '''"+note+"'''", 1)
	}, files)
}

// buildThermo builds the MDS2-only fixture product with edit applied to
// its file and files added to its asset folder.
func buildThermo(t *testing.T, edit func(string) string, files map[string]string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile("kind/mds2form/testdata/content/thermo.toml")
	if err != nil {
		t.Fatal(err)
	}
	product := mds2OnlyThermo(string(src))
	product = edit(product)
	for name, data := range files {
		path := filepath.Join(dir, "content", "thermo", name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "thermo.toml"), []byte(product), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "site")
	_, err = Build(Options{SiteFile: "../jspgen.toml", ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	return out, err
}

// A Markdown field's link reaches the page as a link to the published
// asset, and the site's link check sees it: a link to a heading the
// document does not have fails the build.
func TestMarkdownFieldLinksChecked(t *testing.T) {
	out, err := buildThermoWithNote(t, "No anti-malware; see **[the hardening guide](docs/hardening.pdf)**.", map[string]string{"docs/hardening.pdf": "%PDF-1.4\n"})
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "thermo", "mds2.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `<strong><a href="docs/hardening.pdf">the hardening guide</a></strong>`) {
		t.Error("the note's Markdown link is not a link on the page")
	}
	if _, err := os.Stat(filepath.Join(out, "thermo", "docs", "hardening.pdf")); err != nil {
		t.Errorf("the linked asset is not published: %v", err)
	}

	_, err = buildThermoWithNote(t, "See [the scope](#no-such-heading).", nil)
	var le *site.LinkError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "thermo/mds2.html") || !strings.Contains(err.Error(), "#no-such-heading") {
		t.Errorf("a broken link in a Markdown field must fail the site's link check; got %v", err)
	}
}

// The product description is a Markdown field on the site's pages too: on
// the index (site root) its relative link is taken into the product's
// folder, on the product page it stays; a heading stays out of the
// pages' outline.
func TestDescriptionMarkdownOnPages(t *testing.T) {
	out, err := buildThermo(t, func(s string) string {
		i := strings.Index(s, "\ndescription = ")
		j := strings.Index(s[i+1:], "\n") + i + 1
		return s[:i] + "\ndescription = \"# Overview\\n\\nSee [the manual](manual.pdf).\"" + s[j:]
	}, map[string]string{"manual.pdf": "%PDF-1.4\n"})
	if err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string]string{
		"index.html":        "<p><strong>Overview</strong></p>\n<p>See <a href=\"thermo/manual.pdf\">the manual</a>.</p>",
		"thermo/index.html": "<p><strong>Overview</strong></p>\n<p>See <a href=\"manual.pdf\">the manual</a>.</p>",
	} {
		b, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
}
