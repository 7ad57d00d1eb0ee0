package vuln_test

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestOpenVEXNotPresentNamesNoSubcomponent: the OpenVEX statement that a
// version is not affected because the component is not present named the
// absent component as a subcomponent of the version (k8sai: libxml2
// 2.9.14 under BleedAlert 2.4, whose images do not contain it), saying
// it is there; the CycloneDX and CSAF twins name the version alone. A
// subcomponent is one the product contains, so the statement is of the
// version; another justification still names the component it is about.
func TestOpenVEXNotPresentNamesNoSubcomponent(t *testing.T) {
	libxml := sbom.Component{Name: "libxml2", Version: "2.9.14"}
	for _, c := range []struct {
		justification string
		want          []string
	}{
		{"component_not_present", nil},
		{"vulnerable_code_not_present", []string{"pkg:generic/libxml2@2.9.14"}},
	} {
		t.Run(c.justification, func(t *testing.T) {
			p, s := vexProduct(&vuln.Vulnerability{ID: "CVE-2026-41873", Version: "1.0", Status: "not_affected",
				Justification: content.VEXJustification(c.justification), Impact: "No libxml2.", Components: []sbom.Component{libxml}})
			ov, err := s.OpenVEX(p, "1.0", "urn:test", vuln.Publisher{Name: "Acme"})
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Statements []struct {
					Products []struct {
						ID            string `json:"@id"`
						Subcomponents []struct {
							ID string `json:"@id"`
						} `json:"subcomponents"`
					} `json:"products"`
					Justification string `json:"justification"`
				} `json:"statements"`
			}
			if err := json.Unmarshal(ov, &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Statements) != 1 || len(doc.Statements[0].Products) != 1 {
				t.Fatalf("statements %+v; want one, of one product", doc.Statements)
			}
			st := doc.Statements[0]
			if st.Products[0].ID != s.Versions[0].Ref || st.Justification != c.justification {
				t.Errorf("product %q, justification %q; want %q, %q", st.Products[0].ID, st.Justification, s.Versions[0].Ref, c.justification)
			}
			var got []string
			for _, sc := range st.Products[0].Subcomponents {
				got = append(got, sc.ID)
			}
			if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
				t.Errorf("subcomponents %v; want %v", got, c.want)
			}
		})
	}
}
