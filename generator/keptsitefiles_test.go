package generator

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// warningPartsKind is a kind.PortfolioParts whose site file, made from
// every product's part (its ID), comes with a warning.
type warningPartsKind struct{}

func (warningPartsKind) Slug() string { return "warning-parts" }
func (warningPartsKind) Portfolio()   {}

func (warningPartsKind) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return make([]kind.Prepared, len(products)), nil
}

func (warningPartsKind) PreparePart(_ *kind.Env, p kind.Product) (kind.Prepared, []byte, content.Diagnostics) {
	return kind.Prepared{}, []byte(p.ID), nil
}

func (warningPartsKind) SiteFilesOf(env *kind.Env, parts [][]byte) ([]kind.File, content.Diagnostics) {
	var ids []string
	for _, p := range parts {
		ids = append(ids, string(p))
	}
	return []kind.File{{Path: ".well-known/planted.txt", Label: "Planted", Data: []byte(strings.Join(ids, "\n"))}},
		content.Diagnostics{{Severity: content.Warning, File: env.Content.SiteFile.File, Message: "planted site-file warning"}}
}

// TestKeptSiteFiles: site files taken from the previous site (every part
// unchanged) report the warnings making them gave, and their folder is
// carried over as a whole unless it holds a file the build does not
// write.
func TestKeptSiteFiles(t *testing.T) {
	siteFile, contentDir := portfolio(t, 2)
	out := filepath.Join(filepath.Dir(siteFile), "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out),
		Kinds: append(DefaultKinds(), warningPartsKind{})}
	planted := func(res *Result) bool {
		return slices.ContainsFunc(res.Warnings, func(d content.Diagnostic) bool { return d.Message == "planted site-file warning" })
	}
	res, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !planted(res) || res.KeptSiteFiles != 0 {
		t.Fatalf("first build: warned %v, %d site files kept", planted(res), res.KeptSiteFiles)
	}
	folder := func() os.FileInfo {
		t.Helper()
		fi, err := os.Stat(filepath.Join(out, ".well-known"))
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	for i, stray := range []bool{false, true} {
		if stray {
			if err := os.WriteFile(filepath.Join(out, ".well-known", "stray.txt"), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		before := folder()
		dates := []string{"end_of_support = 2028-12-31", "end_of_support = 2029-06-30"}
		editFile(t, filepath.Join(contentDir, "halcyon-lvp7-001.toml"), dates[i], dates[1-i])
		res, err = Build(opts)
		if err != nil {
			t.Fatal(err)
		}
		if !planted(res) || res.KeptSiteFiles == 0 {
			t.Errorf("stray file %v: warned %v, %d site files kept; want the warning and the files kept", stray, planted(res), res.KeptSiteFiles)
		}
		if got, err := os.ReadFile(filepath.Join(out, ".well-known", "planted.txt")); err != nil || string(got) != "halcyon-lvp7-001\nhalcyon-lvp7-002" {
			t.Errorf("stray file %v: kept file: %q, %v", stray, got, err)
		}
		if carried := os.SameFile(before, folder()); carried == stray {
			t.Errorf("stray file %v: .well-known carried over as a whole: %v", stray, carried)
		}
		if _, err := os.Stat(filepath.Join(out, ".well-known", "stray.txt")); err == nil {
			t.Errorf("stray file %v: a file jspgen did not write survived", stray)
		}
	}
}

// TestPreviousBytes: where the site cannot be hard-linked, a kept file's
// bytes come from the previous site, only as the last build wrote them.
func TestPreviousBytes(t *testing.T) {
	out := t.TempDir()
	rel := ".well-known/csaf/white/2026/a.json"
	file := filepath.Join(out, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("as written"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("as written"))
	if got, err := previousBytes(out, rel, sum); err != nil || string(got) != "as written" {
		t.Errorf("unchanged file: %q, %v", got, err)
	}
	if err := os.WriteFile(file, []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := previousBytes(out, rel, sum); err == nil {
		t.Error("a changed file was taken")
	}
	if _, err := previousBytes(out, "missing.json", sum); err == nil {
		t.Error("a missing file was taken")
	}
}
