package inventory_test

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestOwnAssessmentIsTheAnnotation: the lifecycle page's "states its own
// assessment of the support of N of the M components" counts what the
// CSD labels "Annotation": every component whose support comes from its
// [[components]] entry, one giving only a justification included (the
// README makes such an entry the whole of the component's support, over
// the SBOM's level and date). The page said "1 of the 3" beside a CSD
// giving "Annotation" for all three. An entry with only notes, the SBOM,
// a rule or a notice is not.
func TestOwnAssessmentIsTheAnnotation(t *testing.T) {
	sbomWith := `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
		"properties": [{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2024-11-12"}, {"name": "jspgen:support:level", "value": "no_longer_maintained"}]}`
	rule := content.SupportRule{ID: "generic", PURL: "pkg:generic/*", Name: "*", Level: "maintained", EndOfSupport: content.NewDate(2030, 1, 1)}
	zlib := func(c content.Component) content.Component {
		c.Name, c.Version = "zlib", "1.3.1"
		return c
	}
	own := func(c content.Component) content.Component {
		c.Name, c.Version, c.PURL = "qtbase", "6.8.3", "pkg:generic/qtbase@6.8.3"
		return c
	}
	for _, tc := range []struct {
		name       string
		components []content.Component
		rules      []content.SupportRule
		want       map[string]bool // component name → OwnAssessment
	}{
		{"justification only", []content.Component{zlib(content.Component{Justification: "the maker publishes none"})}, nil, map[string]bool{"zlib": true}},
		{"level stated", []content.Component{zlib(content.Component{Support: "maintained"})}, nil, map[string]bool{"zlib": true}},
		{"end of support stated", []content.Component{zlib(content.Component{EndOfSupport: content.NewDate(2024, 11, 12)})}, nil, map[string]bool{"zlib": true}},
		{"no entry, a rule", nil, []content.SupportRule{rule}, map[string]bool{"zlib": false}},
		{"notes only: the SBOM's", []content.Component{zlib(content.Component{Notes: "assessed"})}, nil, map[string]bool{"zlib": false}},
		{"entry of its own, justification only, beside a rule", []content.Component{own(content.Component{Justification: "no end published"})}, []content.SupportRule{rule},
			map[string]bool{"zlib": false, "qtbase": true}},
		{"entry of its own with notes only: the rule's", []content.Component{own(content.Component{Notes: "n"})}, []content.SupportRule{rule},
			map[string]bool{"zlib": false, "qtbase": false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(sbomWith)}})
			p.Components, p.SupportRules, p.SiteSupportRules = tc.components, tc.rules, nil
			inv, _ := inventory.Load(filepath.Dir(p.Source.File), p)
			if len(inv.List) != len(tc.want) {
				t.Fatalf("got %d components, want %d", len(inv.List), len(tc.want))
			}
			for _, c := range inv.List {
				if got := c.OwnAssessment(); got != tc.want[c.Name] {
					t.Errorf("%s (origin %q): OwnAssessment = %v, want %v", c.Name, c.Origin.Label(), got, tc.want[c.Name])
				}
				// One definition with the CSD's source column.
				if got, csd := c.OwnAssessment(), c.Origin.Label() == "Annotation"; got != csd {
					t.Errorf("%s: OwnAssessment = %v, CSD source %q", c.Name, got, c.Origin.Label())
				}
			}
		})
	}
	var c inventory.Component
	c.Support, c.Annotated, c.Origin = "no_longer_maintained", true, inventory.Origin{Kind: inventory.OriginNotice}
	if c.OwnAssessment() {
		t.Error("a notice's support: OwnAssessment = true, want false")
	}
}
