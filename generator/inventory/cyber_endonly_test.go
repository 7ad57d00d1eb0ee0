package inventory

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestCyberEndOnly: for a cyber device, a component whose end of supplier
// support is stated but neither its level nor a justification is an error
// that asks for the level (or a justification) where that end is stated,
// not for the end it gives; one that states nothing is still asked for
// both.
func TestCyberEndOnly(t *testing.T) {
	p := &content.Product{CyberDevice: content.CyberDevice{Applies: content.True},
		SBOM: content.SBOM{Files: []string{"a.cdx.json"}}}
	eos := content.NewDate(2027, 6, 30)
	base := Component{Component: sbom.Component{Name: "openssl", Version: "3.0"}, SBOMFile: "a.cdx.json", EndOfSupport: eos}
	for _, tc := range []struct {
		name     string
		origin   Origin
		wantPath string
		want     string
	}{
		{"annotation", Origin{Kind: OriginAnnotation, File: "p.toml", Path: "components[2]", Line: 30}, "components[2]",
			"component openssl 3.0 has an end of supplier support (2027-06-30) but no support level and no justification (FDA premarket guidance: the maker's level of support of every component of a cyber device, or why it is unknown); state support (or a justification of why none is known) in its [[components]] entry (components[2]), which states that end"},
		{"product rule", Origin{Kind: OriginProductRule, Rule: "ssl", File: "p.toml", Path: "support_rules[0]", Line: 40}, "support_rules[0]",
			"state support (or a justification of why none is known) in product rule ssl (support_rules[0]), which states that end"},
		{"SBOM", Origin{Kind: OriginSBOM, File: "a.cdx.json"}, "sbom.files[0]",
			"state support (or a justification of why none is known) in the SBOM property " + sbom.PropertyLevel + " of a.cdx.json, which states that end"},
		{"notice", Origin{Kind: OriginNotice, File: "p.toml", Path: "notices[0].components[0]", Line: 50, Notice: "N-1"}, "notices[0].components[0]",
			"state support in the notice's [[notices.components]] entry (notices[0].components[0]), which states that end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			c.Origin = tc.origin
			d := CheckSupport(p, []Component{c})
			if len(d) != 1 || d[0].Severity != content.Error || d[0].Path != tc.wantPath || !strings.Contains(d[0].Message, tc.want) {
				t.Fatalf("got %v; want one error at %s containing %q", d, tc.wantPath, tc.want)
			}
			if strings.Contains(d[0].Message, "end_of_support") || strings.Contains(d[0].Message, sbom.PropertyEndOfSupport) {
				t.Errorf("the error asks for the end of support the component gives: %q", d[0].Message)
			}
		})
	}

	// nothing stated: still asked for both
	bare := Component{Component: sbom.Component{Name: "zlib", Version: "1"}, SBOMFile: "a.cdx.json"}
	d := CheckSupport(p, []Component{bare})
	if len(d) != 1 || !strings.Contains(d[0].Message, "state support and end_of_support, or justification") {
		t.Errorf("got %v; want the error asking for support and end_of_support", d)
	}
}
