package inventory_test

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestAssetFile: a file the product file names resolves inside
// content/<product-id>/; a path that leaves it, absolute or with a
// backslash (a Windows separator, which would leave it there), is an
// error.
func TestAssetFile(t *testing.T) {
	p := &content.Product{ID: "pump"}
	for _, tc := range []struct {
		rel, want string // want "" for an error
	}{
		{"sbom.cdx.json", filepath.Join("content", "pump", "sbom.cdx.json")},
		{"connect/sbom.cdx.json", filepath.Join("content", "pump", "connect", "sbom.cdx.json")},
		{"../other/sbom.cdx.json", ""},
		{"/etc/passwd", ""},
		{`connect\sbom.cdx.json`, ""},
		{`..\..\secret.json`, ""},
		{"", ""},
	} {
		got, err := inventory.AssetFile("content", p, tc.rel)
		if tc.want == "" {
			if err == nil {
				t.Errorf("%q: resolved to %q; want an error", tc.rel, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q: got %q, %v; want %q", tc.rel, got, err, tc.want)
		}
	}
}

// TestFromSBOMFillsWhatTheSBOMLeavesOut: a [[components]] entry gives a
// component the supplier, licence and CPE its SBOM leaves out (matched by
// name and version), and never overrides what the SBOM states (matched
// by purl).
func TestFromSBOMFillsWhatTheSBOMLeavesOut(t *testing.T) {
	doc := &sbom.Document{Components: []sbom.Component{
		{Name: "zlib", Version: "1.3.1"},
		{Name: "openssl", Version: "3.0.16", Supplier: "OpenSSL Foundation", License: "Apache-2.0", PURL: "pkg:generic/openssl@3.0.16", CPE: "cpe:2.3:a:openssl:openssl:3.0.16:*:*:*:*:*:*:*"},
	}}
	tcs := []content.Component{
		{Name: "zlib", Version: "1.3.1", Supplier: "zlib project", License: "Zlib", CPE: "cpe:2.3:a:zlib:zlib:1.3.1:*:*:*:*:*:*:*"},
		{PURL: "pkg:generic/openssl@3.0.16", Supplier: "Other", License: "MIT", CPE: "cpe:other"},
	}
	got := inventory.FromSBOM(doc, "a.cdx.json", tcs)
	want := [][4]string{
		{"zlib project", "Zlib", "", "cpe:2.3:a:zlib:zlib:1.3.1:*:*:*:*:*:*:*"},
		{"OpenSSL Foundation", "Apache-2.0", "pkg:generic/openssl@3.0.16", "cpe:2.3:a:openssl:openssl:3.0.16:*:*:*:*:*:*:*"},
	}
	for i, c := range got {
		if g := [4]string{c.Supplier, c.License, c.PURL, c.CPE}; g != want[i] {
			t.Errorf("%s: supplier, licence, purl, CPE %q; want %q", c.Name, g, want[i])
		}
		if !c.Annotated {
			t.Errorf("%s: not annotated", c.Name)
		}
	}
	if got[0].SupplierInSBOM || !got[1].SupplierInSBOM {
		t.Error("SupplierInSBOM does not say whether the SBOM named the supplier")
	}
}
