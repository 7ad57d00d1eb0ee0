package vuln_test

import (
	"bytes"
	"path/filepath"
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestCycloneDXNeedsNoConversion: CycloneDX writes its BOM as it is,
// without the library's conversion to 1.5 (which copies the BOM through
// encoding/gob first). The bytes must equal what the conversion gives
// for every version with vulnerabilities of the example and of every
// fixture: a field or type newer than 1.5 put in the BOM would be
// dropped or changed by the conversion, and this fails.
func TestCycloneDXNeedsNoConversion(t *testing.T) {
	sites, _ := filepath.Glob(repo + "/generator/testdata/*/jspgen.toml")
	sites = append(sites, repo+"/jspgen.toml")
	pub := vuln.Publisher{Name: "Maker", Contact: "psirt@example.org", Tool: "jspgen test"}
	asOf := content.NewDate(2026, 3, 2)
	compared := 0
	for _, site := range sites {
		c, diags := content.Load(site, filepath.Join(filepath.Dir(site), "content"))
		if err := diags.Err(); err != nil {
			t.Fatalf("%s: %v", site, err)
		}
		for _, p := range c.Products {
			inv, _ := inventory.Load(c.Dir, p.Current(asOf))
			s, _ := vuln.Load(c.Dir, p, inv, asOf)
			for _, v := range s.Versions {
				if len(s.For(v.Version)) == 0 {
					continue
				}
				got, err := s.CycloneDX(p, v.Version, pub)
				if err != nil {
					t.Fatal(err)
				}
				var want bytes.Buffer
				enc := cdx.NewBOMEncoder(&want, cdx.BOMFileFormatJSON).SetPretty(true).SetEscapeHTML(false)
				if err := enc.EncodeVersion(vuln.CycloneDXBOM(s, p, v.Version, pub), cdx.SpecVersion1_5); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want.Bytes()) {
					t.Errorf("%s %s: the VEX differs from the library's conversion to CycloneDX 1.5:\n%s\nwant\n%s", p.ID, v.Version, got, want.Bytes())
				}
				compared++
			}
		}
	}
	if compared < 10 {
		t.Errorf("compared %d VEX files; want at least 10 (example and fixtures)", compared)
	}
	t.Logf("%d VEX files compared", compared)
}
