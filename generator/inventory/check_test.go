package inventory

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestCheckSupport: for a cyber device, a component with neither a level
// nor a justification is an error at the place its support belongs (its
// [[components]] entry, else the sbom.files key of its SBOM, else
// [[components]]), naming it with its purl and where it is listed; one
// supported without an end date or a justification of why none is
// published is a warning at the place that states its level. Neither for
// a device that is not a cyber device.
func TestCheckSupport(t *testing.T) {
	eos := content.NewDate(2030, 1, 1)
	comp := func(name, purl, file string) Component {
		return Component{Component: sbom.Component{Name: name, Version: "1", PURL: purl}, SBOMFile: file}
	}
	withSupport := func(c Component, level content.SupportLevel, end content.Date, justification string, origin Origin) Component {
		c.Support, c.EndOfSupport, c.Justification, c.Origin = level, end, justification, origin
		return c
	}
	annotated := comp("libpng", "", "")
	annotated.annotatedBy = 2
	listedAt := comp("expat", "", "b.cdx.json")
	listedAt.fileAt = "versions[1].changes.sbom_files[0]"
	rule := Origin{Kind: OriginProductRule, Rule: "r", File: "p.toml", Path: "support_rules[0]", Line: 40}
	for _, tc := range []struct {
		name string
		c    Component
		want string // "E path: text" or "W path: text"; "" for nothing
	}{
		{"no support, from an SBOM, with purl", comp("zlib", "pkg:generic/zlib@1", "a.cdx.json"),
			"E sbom.files[1]: component zlib 1 (pkg:generic/zlib@1) of a.cdx.json: no support level and no justification"},
		{"no support, from the product's first SBOM", comp("lz4", "", "x.cdx.json"), "E sbom.files[0]: component lz4 1 of x.cdx.json"},
		{"no support, from the product file", comp("crc", "", ""),
			"E components: component crc 1 of the product file: no support level"},
		{"no support, annotated", annotated, "E components[1]: component libpng 1 of the product file: no support level"},
		{"no support, listed by a version's SBOM", listedAt, "E versions[1].changes.sbom_files[0]: component expat 1 of b.cdx.json"},
		{"no support, an SBOM the product does not list", comp("zstd", "", "c.cdx.json"), "E components: component zstd 1 of c.cdx.json"},
		{"justification alone", withSupport(comp("a", "", ""), "", content.Date{}, "no date published", rule), ""},
		{"maintained, no end, no justification", withSupport(comp("b", "pkg:generic/b@1", "a.cdx.json"), "maintained", content.Date{}, "", rule),
			"W support_rules[0]: component b 1 (pkg:generic/b@1): actively maintained but no end of support and no justification of why none is published (Product rule r)"},
		{"limited, no end, no justification, no place of its own", withSupport(comp("c", "", "a.cdx.json"), "limited", content.Date{}, "", Origin{Kind: OriginSBOM, File: "a.cdx.json"}),
			"W sbom.files[1]: component c 1: limited support but no end of support"},
		{"maintained with an end", withSupport(comp("d", "", ""), "maintained", eos, "", rule), ""},
		{"maintained, justified", withSupport(comp("e", "", ""), "maintained", content.Date{}, "the maker publishes none", rule), ""},
		{"maintained, a blank justification", withSupport(comp("f", "", ""), "maintained", content.Date{}, "  ", rule), "W support_rules[0]: component f 1: actively maintained"},
		{"no longer maintained, no end", withSupport(comp("g", "", ""), "no_longer_maintained", content.Date{}, "", rule), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{CyberDevice: content.CyberDevice{Applies: content.True},
				SBOM: content.SBOM{Files: []string{"x.cdx.json", "a.cdx.json"}}}
			var got []string
			for _, d := range CheckSupport(p, []Component{tc.c}) {
				sev := "E"
				if d.Severity == content.Warning {
					sev = "W"
				}
				got = append(got, sev+" "+d.Path+": "+d.Message)
			}
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("reported %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Errorf("got %q\nwant one starting %q", got, tc.want)
			}
			p.CyberDevice.Applies = content.False
			if d := CheckSupport(p, []Component{tc.c}); len(d) != 0 {
				t.Errorf("not a cyber device: reported %v", d)
			}
		})
	}
}
