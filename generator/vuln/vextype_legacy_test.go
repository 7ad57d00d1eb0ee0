package vuln_test

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestLegacyVEXClaimsNoType: legacy's Vigil central station is software
// on a PC Meridian supplies, and neither it nor Windows Embedded Standard
// 7 has a stated type (the CSD: "of unstated type"). Its VEX calls the
// version neither firmware nor the operating system a library as if
// stated: each gets the type CycloneDX requires marked
// jspgen:type:stated "false".
func TestLegacyVEXClaimsNoType(t *testing.T) {
	_, p, set := fixtureSet(t, "legacy", "vigil-cs")
	b, err := set.CycloneDX(p, "2.6.0", vuln.Publisher{Name: "M", Tool: "jspgen test"})
	if err != nil {
		t.Fatal(err)
	}
	type component struct {
		Name       string `json:"name"`
		Type       string `json:"type"`
		Properties []struct{ Name, Value string }
	}
	var bom struct {
		Metadata struct {
			Component component `json:"component"`
		} `json:"metadata"`
		Components []component `json:"components"`
	}
	if err := json.Unmarshal(b, &bom); err != nil {
		t.Fatal(err)
	}
	marked := func(c component) bool {
		for _, p := range c.Properties {
			if p.Name == sbom.PropertyTypeStated && p.Value == "false" {
				return true
			}
		}
		return false
	}
	if s := bom.Metadata.Component; s.Type != "application" || !marked(s) {
		t.Errorf("subject %q typed %q, marked %v; want application marked as supplied", s.Name, s.Type, marked(s))
	}
	if len(bom.Components) == 0 {
		t.Fatal("no components")
	}
	for _, c := range bom.Components {
		if !marked(c) {
			t.Errorf("component %q typed %q without the mark", c.Name, c.Type)
		}
	}
}
