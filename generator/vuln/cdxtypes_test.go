package vuln_test

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestCycloneDXVEXStatesOnlyWhatTheSBOMDoes: the VEX gives the product
// and each component the type their SBOM gives (the pump's software is
// firmware, linux-imx an operating system), and an entry about a
// component the version does not contain affects the version itself,
// without listing the absent component among the BOM's components.
func TestCycloneDXVEXStatesOnlyWhatTheSBOMDoes(t *testing.T) {
	absent := content.Vulnerability{ID: "CVE-2025-44444", Status: "not_affected", Justification: "component_not_present",
		Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.8"}}} // 4.1.0's openssl
	set, diags := loadSet(t, "", nil, []content.Vulnerability{absent})
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	_, p := exampleProduct(t)
	b, err := set.CycloneDX(p, "4.2.1", vuln.Publisher{Name: "M", Tool: "jspgen test"})
	if err != nil {
		t.Fatal(err)
	}
	var bom struct {
		Metadata struct {
			Component struct {
				Ref  string `json:"bom-ref"`
				Type string `json:"type"`
			} `json:"component"`
		} `json:"metadata"`
		Components []struct {
			Name, Version, Type string
		} `json:"components"`
		Vulnerabilities []struct {
			ID      string `json:"id"`
			Affects []struct {
				Ref string `json:"ref"`
			} `json:"affects"`
		} `json:"vulnerabilities"`
	}
	if err := json.Unmarshal(b, &bom); err != nil {
		t.Fatal(err)
	}
	if bom.Metadata.Component.Type != "firmware" {
		t.Errorf("product type %q, want the SBOM subject's firmware", bom.Metadata.Component.Type)
	}
	types := map[string]string{}
	for _, comp := range bom.Components {
		types[comp.Name+" "+comp.Version] = comp.Type
	}
	if got := types["linux-imx 6.6.52"]; got != "operating-system" {
		t.Errorf("linux-imx typed %q, want the SBOM's operating-system", got)
	}
	if _, listed := types["openssl 3.0.8"]; listed {
		t.Error("the component 4.2.1 does not contain is listed among its components")
	}
	for _, v := range bom.Vulnerabilities {
		if v.ID == absent.ID && (len(v.Affects) != 1 || v.Affects[0].Ref != bom.Metadata.Component.Ref) {
			t.Errorf("%s affects %+v, want the version alone (%s)", v.ID, v.Affects, bom.Metadata.Component.Ref)
		}
	}
}
