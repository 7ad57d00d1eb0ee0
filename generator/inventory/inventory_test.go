package inventory_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// repo is the repository root from this package's folder.
const repo = "../.."

// withSBOMs copies the example repository into a temporary folder with
// files as the product's SBOM files (name → content, listed in that
// order, one per line of sbom.files) and loads it, without the product
// file's [[components]] and notices.
func withSBOMs(t *testing.T, files [][2]string) *content.Product {
	t.Helper()
	site, _ := kindtest.CopyRepo(t, filepath.Join(repo, "jspgen.toml"), filepath.Join(repo, "content"), "", nil)
	root := filepath.Dir(site)
	prodFile := filepath.Join(root, "content", kindtest.Example+".toml")
	src, err := os.ReadFile(prodFile)
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, f := range files {
		list = append(list, "  \""+f[0]+"\",\n")
		if err := os.WriteFile(filepath.Join(root, "content", kindtest.Example, f[0]), []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edited := strings.Replace(string(src), "files = [\"sbom-3.8.2.cdx.json\"]\n", "files = [\n"+strings.Join(list, "")+"]\n", 1)
	if edited == string(src) {
		t.Fatal("the example's [sbom] files line changed; update the test")
	}
	if err := os.WriteFile(prodFile, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := kindtest.Load(t, filepath.Join(root, "jspgen.toml"), filepath.Join(root, "content"))
	for _, p := range c.Products {
		if p.ID == kindtest.Example {
			p.Components, p.Notices = nil, nil
			// These tests are about merging: every component gets a
			// support fact so that none is an error of its own.
			p.SupportRules = append(p.SupportRules, content.SupportRule{ID: "any", Name: "*", Justification: "test"})
			return p
		}
	}
	t.Fatal("no example product")
	return nil
}

// lib is a CycloneDX JSON library component of version 1 with no purl.
func lib(name string) string {
	return `{"type": "library", "name": "` + name + `", "version": "1"}`
}

// cdxJSON is a CycloneDX JSON SBOM of the given components (JSON objects).
func cdxJSON(components ...string) string {
	return `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [` + strings.Join(components, ",") + `]}`
}

const (
	zlibJSON   = `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1", "supplier": {"name": "zlib project"}}`
	opensslXML = `<component type="library"><supplier><name>OpenSSL Software Foundation</name></supplier><name>openssl</name><version>3.0.16</version><purl>pkg:github/openssl/openssl@openssl-3.0.16</purl></component>`
)

// TestInventoryMergesDuplicates: the same component in several SBOM files
// of a product is one inventory entry (the first read) that notes every
// file, with one warning per pair of files naming both at their
// sbom.files keys; components that merely share a name are kept apart.
func TestInventoryMergesDuplicates(t *testing.T) {
	sameJSON := cdxJSON(zlibJSON, `{"type": "library", "name": "openssl", "version": "3.0.16", "purl": "pkg:github/openssl/openssl@openssl-3.0.16", "supplier": {"name": "OpenSSL Software Foundation"}}`)
	sameXML := `<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components>` +
		`<component type="library"><supplier><name>zlib project</name></supplier><name>zlib</name><version>1.3.1</version><purl>pkg:generic/zlib@1.3.1</purl></component>` +
		opensslXML + `</components></bom>`
	for _, tc := range []struct {
		name  string
		files [][2]string
		want  []string // name version [files…] of the SBOM components, in list order
		warns []string // substrings of the one warning per merged pair, in order
		named string   // a further substring of every warning
		not   string   // a substring no warning holds
	}{
		{
			name:  "same SBOM as JSON and XML",
			files: [][2]string{{"a.cdx.json", sameJSON}, {"a.cdx.xml", sameXML}},
			want:  []string{"openssl 3.0.16 [a.cdx.json a.cdx.xml]", "zlib 1.3.1 [a.cdx.json a.cdx.xml]"},
			warns: []string{"sbom.files[1]: a.cdx.xml: all its 2 components are also in a.cdx.json (sbom.files[0], "},
		},
		{
			name: "same purl, other name: merged",
			files: [][2]string{{"a.cdx.json", cdxJSON(zlibJSON)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "name": "libz", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1"}`)}},
			want:  []string{"zlib 1.3.1 [a.cdx.json b.cdx.json]"},
			warns: []string{"sbom.files[1]: b.cdx.json: its only component is also in a.cdx.json (sbom.files[0], "},
		},
		{
			name: "no purl: same name, version and supplier merged",
			files: [][2]string{
				{"a.cdx.json", cdxJSON(`{"type": "library", "name": "crc", "version": "2", "supplier": {"name": "Acme"}}`, `{"type": "library", "name": "x", "version": "1"}`)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "name": "CRC", "version": "2", "supplier": {"name": "acme"}}`, `{"type": "library", "name": "y", "version": "1"}`)}},
			want:  []string{"crc 2 [a.cdx.json b.cdx.json]", "x 1 [a.cdx.json]", "y 1 [b.cdx.json]"},
			warns: []string{"sbom.files[1]: b.cdx.json: 1 of its 2 components is also in a.cdx.json (sbom.files[0], "},
			named: "listed once in the inventory (CRC 2)",
		},
		{
			name: "same name, other version: not merged",
			files: [][2]string{{"a.cdx.json", cdxJSON(zlibJSON)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "name": "zlib", "version": "1.2.13", "purl": "pkg:generic/zlib@1.2.13", "supplier": {"name": "zlib project"}}`)}},
			want: []string{"zlib 1.3.1 [a.cdx.json]", "zlib 1.2.13 [b.cdx.json]"},
		},
		{
			name: "no purl, same name and version, other supplier: not merged",
			files: [][2]string{
				{"a.cdx.json", cdxJSON(`{"type": "library", "name": "crc", "version": "2", "supplier": {"name": "Acme"}}`)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "name": "crc", "version": "2", "supplier": {"name": "Other"}}`)}},
			want: []string{"crc 2 [a.cdx.json]", "crc 2 [b.cdx.json]"},
		},
		{
			name: "no purl, same name, other version: not merged",
			files: [][2]string{
				{"a.cdx.json", cdxJSON(`{"type": "library", "name": "crc", "version": "2"}`)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "name": "crc", "version": "3"}`)}},
			want: []string{"crc 2 [a.cdx.json]", "crc 3 [b.cdx.json]"},
		},
		{
			name: "many merged, not all: three named and how many more, no question of the same SBOM twice",
			files: [][2]string{
				{"a.cdx.json", cdxJSON(lib("p1"), lib("p2"), lib("p3"), lib("p4"), lib("p5"))},
				{"b.cdx.json", cdxJSON(lib("p1"), lib("p2"), lib("p3"), lib("p4"), lib("p5"), lib("q"))}},
			want: []string{"p1 1 [a.cdx.json b.cdx.json]", "p2 1 [a.cdx.json b.cdx.json]", "p3 1 [a.cdx.json b.cdx.json]",
				"p4 1 [a.cdx.json b.cdx.json]", "p5 1 [a.cdx.json b.cdx.json]", "q 1 [b.cdx.json]"},
			warns: []string{"sbom.files[1]: b.cdx.json: 5 of its 6 components are also in a.cdx.json (sbom.files[0], "},
			named: "listed once in the inventory (p1 1, p2 1, p3 1, and 2 more)",
			not:   "same SBOM twice",
		},
		{
			name:  "all merged: the same SBOM twice?",
			files: [][2]string{{"a.cdx.json", cdxJSON(lib("p1"), lib("p2"))}, {"b.cdx.json", cdxJSON(lib("p2"), lib("p1"))}},
			want:  []string{"p1 1 [a.cdx.json b.cdx.json]", "p2 1 [a.cdx.json b.cdx.json]"},
			warns: []string{"sbom.files[1]: b.cdx.json: all its 2 components are also in a.cdx.json (sbom.files[0], "},
			named: "(p1 1, p2 1); is it the same SBOM twice, say in two encodings?",
		},
		{
			name: "a repeat within the first file, then another file: merged into the first entry",
			files: [][2]string{{"a.cdx.json", cdxJSON(zlibJSON, zlibJSON)},
				{"b.cdx.json", cdxJSON(zlibJSON)}},
			want:  []string{"zlib 1.3.1 [a.cdx.json b.cdx.json]", "zlib 1.3.1 [a.cdx.json]"},
			warns: []string{"sbom.files[1]: b.cdx.json: its only component is also in a.cdx.json (sbom.files[0], "},
		},
		{
			name: "neither purl nor name: never merged",
			files: [][2]string{{"a.cdx.json", cdxJSON(`{"type": "library", "version": "1"}`)},
				{"b.cdx.json", cdxJSON(`{"type": "library", "version": "1"}`)}},
			want: []string{" 1 [a.cdx.json]", " 1 [b.cdx.json]"},
		},
		{
			name:  "repeats within one file: the file's own business",
			files: [][2]string{{"a.cdx.json", cdxJSON(zlibJSON, zlibJSON)}},
			want:  []string{"zlib 1.3.1 [a.cdx.json]", "zlib 1.3.1 [a.cdx.json]"},
		},
		{
			name: "three files: one warning per pair",
			files: [][2]string{{"a.cdx.json", cdxJSON(zlibJSON)}, {"b.cdx.json", sameJSON},
				{"c.cdx.xml", sameXML}},
			want: []string{"zlib 1.3.1 [a.cdx.json b.cdx.json c.cdx.xml]", "openssl 3.0.16 [b.cdx.json c.cdx.xml]"},
			warns: []string{
				"sbom.files[1]: b.cdx.json: 1 of its 2 components is also in a.cdx.json (sbom.files[0], ",
				"sbom.files[2]: c.cdx.xml: 1 of its 2 components is also in a.cdx.json (sbom.files[0], ",
				"sbom.files[2]: c.cdx.xml: 1 of its 2 components is also in b.cdx.json (sbom.files[1], ",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := withSBOMs(t, tc.files)
			inv, diags := inventory.Load(filepath.Join(filepath.Dir(p.Source.File)), p)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range inv.List {
				got = append(got, c.Name+" "+c.Version+" ["+strings.Join(c.SBOMFiles, " ")+"]")
				if c.SBOMFile != c.SBOMFiles[0] {
					t.Errorf("%s: SBOMFile %q is not the first of %q", c.Name, c.SBOMFile, c.SBOMFiles)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("inventory\n got %q\nwant %q", got, tc.want)
			}
			if len(inv.SBOMs) != len(tc.files) {
				t.Errorf("%d SBOM files published, want %d (merging never drops a file)", len(inv.SBOMs), len(tc.files))
			}
			warns := diags.Warnings()
			if len(warns) != len(tc.warns) {
				t.Fatalf("want %d warnings, got %d:\n%v", len(tc.warns), len(warns), warns)
			}
			for i, w := range warns {
				s := w.String()
				if !strings.Contains(s, tc.warns[i]) || !strings.Contains(s, tc.named) {
					t.Errorf("warning %d\n  %s\nlacks %q or %q", i, s, tc.warns[i], tc.named)
				}
				if tc.not != "" && strings.Contains(s, tc.not) {
					t.Errorf("warning %d\n  %s\nholds %q", i, s, tc.not)
				}
				if w.File != p.Source.File || w.Line <= 0 || w.Line != p.Source.Line(w.Path) {
					t.Errorf("warning %d at %s:%d (%s), want the product file at its key's line", i, w.File, w.Line, w.Path)
				}
				// The earlier file's key and line are in the message.
				first := w.Message[strings.Index(w.Message, "(sbom.files[")+1:]
				first = first[:strings.Index(first, ",")]
				if want := p.Source.File + ":" + strconv.Itoa(p.Source.Line(first)); !strings.Contains(w.Message, want) {
					t.Errorf("warning %d does not name %s at %s: %s", i, first, want, w.Message)
				}
			}
		})
	}
}

// TestInventoryMergesPublicSBOMInTwoEncodings: the Laravel SBOM as
// published in JSON and XML is 62 components, not 124, with one warning.
func TestInventoryMergesPublicSBOMInTwoEncodings(t *testing.T) {
	dir := filepath.Join(repo, "..", "shared", "sbom-examples")
	var files [][2]string
	for _, name := range []string{"laravel-7.12.0.cdx-1.4.json", "laravel-7.12.0.cdx-1.4.xml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("public SBOM examples not available (%v); they live in shared/sbom-examples beside the repository", err)
		}
		files = append(files, [2]string{name, string(data)})
	}
	p := withSBOMs(t, files)
	inv, diags := inventory.Load(filepath.Dir(p.Source.File), p)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	if len(inv.List) != 62 {
		t.Errorf("%d components, want 62", len(inv.List))
	}
	warns := diags.Warnings()
	if len(warns) != 1 || !strings.Contains(warns[0].Message, "laravel-7.12.0.cdx-1.4.xml: all its 62 components are also in laravel-7.12.0.cdx-1.4.json (sbom.files[0], ") {
		t.Errorf("want one warning naming both files, got %v", warns)
	}
}
