package vuln_test

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestOpenVEXProductIDNamesTheVersion: the OpenVEX product of a version
// whose SBOM states no purl or CPE was an opaque UUID URN (webcalc:
// "urn:uuid:ded34711-…"), and OpenVEX's product has no field for a
// name, so nothing in the statement named the product or version. With a
// URL the manufacturer controls it is a tag URI of that URL's host, the
// version's year of release, the product's ID and the version; a purl
// still wins, and without a DNS name to mint under the URN stays.
func TestOpenVEXProductIDNamesTheVersion(t *testing.T) {
	for _, c := range []struct {
		version, namespace, want string
	}{
		{"2.0", "https://www.acme-medical.example/security", "tag:www.acme-medical.example,2024:pump/2.0"},
		{"2.0", "", "urn:uuid:00000000-0000-5000-8000-000000000002"},
		{"2.0", "https://192.0.2.7/", "urn:uuid:00000000-0000-5000-8000-000000000002"},
		{"2.0", "http://localhost:8080/", "urn:uuid:00000000-0000-5000-8000-000000000002"},
		{"1.0", "https://www.acme-medical.example", "pkg:generic/acme/pump@1.0"},
	} {
		p, s := vexProduct(&vuln.Vulnerability{ID: "CVE-2026-1", Version: c.version, Status: "under_investigation",
			Components: []sbom.Component{{Name: "zlib", Version: "1.3"}}})
		b, err := s.OpenVEX(p, c.version, "urn:test", vuln.Publisher{Name: "Acme", Namespace: c.namespace})
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Statements []struct {
				Products []struct {
					ID string `json:"@id"`
				} `json:"products"`
			} `json:"statements"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Statements[0].Products[0].ID; got != c.want {
			t.Errorf("version %s, namespace %q: product @id %q, want %q", c.version, c.namespace, got, c.want)
		}
	}
}
