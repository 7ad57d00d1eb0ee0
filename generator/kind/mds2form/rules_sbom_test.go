package mds2form

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// authoredSBOM is a CycloneDX SBOM whose first component names its
// supplier only when withSupplier is set; every component names authors
// and a publisher, which are not suppliers.
func authoredSBOM(withSupplier bool) string {
	supplier := ""
	if withSupplier {
		supplier = `"supplier": {"name": "Zlib Supplier Ltd"}, `
	}
	return `{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
	  "metadata": {"component": {"type": "firmware", "name": "pump", "version": "1"}},
	  "components": [
	    {"type": "library", "name": "zlib", "version": "1.3.1", ` + supplier + `"authors": [{"name": "Jean-loup Gailly"}, {"name": "Mark Adler"}],
	     "purl": "pkg:generic/zlib@1.3.1"},
	    {"type": "library", "name": "carbon", "version": "2.63.0", "author": "Brian Nesbitt", "publisher": "Carbon Publishing",
	     "purl": "pkg:composer/nesbot/carbon@2.63.0"}]}`
}

// TestMDS2SBOMSupplierIsStrict: SBOM-2.2 asks whether the SBOM names each
// component's supplier. Authors and publishers are not suppliers: an SBOM
// of authored components without suppliers answers No, and so does one
// where only some components name a supplier (the rule's Yes needs all).
func TestMDS2SBOMSupplierIsStrict(t *testing.T) {
	for _, tc := range []struct {
		name         string
		withSupplier bool
		derived      bool
		want         mds2.Answer
	}{
		{"authors, no supplier", false, true, mds2.No},
		{"one of two with a supplier", true, true, mds2.No},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := exampleCase(t, nil)
			sbom := filepath.Join(c.dir, "halcyon-lvp7", "sbom.cdx.json")
			if err := os.WriteFile(sbom, []byte(authoredSBOM(tc.withSupplier)), 0o644); err != nil {
				t.Fatal(err)
			}
			f, _, _, _ := resolveCase(t, c)
			row, ok := f.Row("SBOM-2.2")
			if !ok {
				t.Fatal("no row SBOM-2.2")
			}
			if derived := row.Basis == mds2.BasisDerived; derived != tc.derived {
				t.Fatalf("SBOM-2.2 basis %q (from %q), want derived = %v", row.Basis, row.From, tc.derived)
			}
			if tc.derived && row.Answer != tc.want {
				t.Errorf("SBOM-2.2 = %s (%s), want %s", row.Answer, row.From, tc.want)
			}
			// SBOM-2.1 (names) is still derived Yes: the SBOM was read.
			if r, _ := f.Row("SBOM-2.1"); r.Basis != mds2.BasisDerived || r.Answer != mds2.Yes {
				t.Errorf("SBOM-2.1 = %s (%s), want derived Yes", r.Answer, r.Basis)
			}
		})
	}
}
