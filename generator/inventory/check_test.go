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
// published is a warning at the place that states its level. For a
// device that is not a cyber device, the first is a warning, the second
// nothing.
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
			// not a cyber device: a component without support or a
			// justification is one warning, naming it; nothing else is
			p.CyberDevice.Applies = content.False
			d := CheckSupport(p, []Component{tc.c})
			if strings.HasPrefix(tc.want, "E ") {
				wantPath := strings.SplitN(strings.TrimPrefix(tc.want, "E "), ":", 2)[0]
				if len(d) != 1 || d[0].Severity != content.Warning || d[0].Path != wantPath ||
					!strings.HasPrefix(d[0].Message, "1 component has no support level and no justification ("+strings.TrimSpace(tc.c.Name+" 1")+"): the documents print its support as not stated") {
					t.Errorf("not a cyber device: got %v; want one warning at %s naming %s", d, wantPath, tc.c.Name)
				}
			} else if len(d) != 0 {
				t.Errorf("not a cyber device: reported %v", d)
			}
		})
	}
}

// TestCheckSupportNotACyberDevice: for a product that is not a cyber
// device (health IT, one sold outside the United States), the components
// without a support level or a justification are one warning at the
// first one's place, naming three and counting the rest; components that
// all state one give none.
func TestCheckSupportNotACyberDevice(t *testing.T) {
	comp := func(name string, level content.SupportLevel) Component {
		return Component{Component: sbom.Component{Name: name, Version: "1"}, SBOMFile: "a.cdx.json", Support: level}
	}
	p := &content.Product{MedicalDevice: content.False, SBOM: content.SBOM{Files: []string{"a.cdx.json"}}}
	d := CheckSupport(p, []Component{comp("a", "maintained"), comp("b", ""), comp("c", ""), comp("d", ""), comp("e", "")})
	want := "4 components have no support level and no justification (b 1, c 1, d 1 and 1 more): the documents print their support as not stated"
	if len(d) != 1 || d[0].Severity != content.Warning || d[0].Path != "sbom.files[0]" || !strings.HasPrefix(d[0].Message, want) {
		t.Errorf("got %v; want one warning at sbom.files[0] starting %q", d, want)
	}
	if d := CheckSupport(p, []Component{comp("a", "maintained"), comp("b", "abandoned")}); len(d) != 0 {
		t.Errorf("every component states its support: reported %v", d)
	}
}
