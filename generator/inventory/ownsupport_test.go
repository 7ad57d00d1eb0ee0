package inventory_test

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestStatesOwnSupport: the lifecycle page singles out the components
// whose support the manufacturer assesses itself. It took every
// component a [[components]] entry matched, so Kestrel CT's .NET Runtime,
// whose entry gives only notes, was said to be Halvorsen's own
// assessment while its level and end of support come from the SBOM (the
// CSD's source column says so). Only an entry that states the level or
// the end of support counts; notes, a justification alone, the SBOM and
// the rules do not.
func TestStatesOwnSupport(t *testing.T) {
	sbomWith := `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
		"properties": [{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2024-11-12"}, {"name": "jspgen:support:level", "value": "no_longer_maintained"}]}`
	rule := content.SupportRule{ID: "generic", PURL: "pkg:generic/*", Name: "*", Level: "maintained", EndOfSupport: content.NewDate(2030, 1, 1)}
	zlib := func(c content.Component) content.Component {
		c.Name, c.Version = "zlib", "1.3.1"
		return c
	}
	other := func(c content.Component) content.Component {
		c.Name, c.Version, c.PURL = "qtbase", "6.8.3", "pkg:generic/qtbase@6.8.3"
		return c
	}
	for _, tc := range []struct {
		name       string
		components []content.Component
		rules      []content.SupportRule
		want       map[string]bool // component name → StatesOwnSupport
	}{
		{"notes only: the SBOM's", []content.Component{zlib(content.Component{Notes: "assessed"})}, nil, map[string]bool{"zlib": false}},
		{"level stated", []content.Component{zlib(content.Component{Support: "no_longer_maintained", Notes: "assessed"})}, nil, map[string]bool{"zlib": true}},
		{"end of support stated", []content.Component{zlib(content.Component{EndOfSupport: content.NewDate(2024, 11, 12)})}, nil, map[string]bool{"zlib": true}},
		{"justification only", []content.Component{zlib(content.Component{Justification: "the maker publishes none"})}, nil, map[string]bool{"zlib": false}},
		{"no entry, a rule", nil, []content.SupportRule{rule}, map[string]bool{"zlib": false}},
		{"entry of its own with notes only: a rule's", []content.Component{other(content.Component{Notes: "from the rule"})}, []content.SupportRule{rule},
			map[string]bool{"zlib": false, "qtbase": false}},
		{"entry of its own stating the level", []content.Component{other(content.Component{Support: "maintained"})}, []content.SupportRule{rule},
			map[string]bool{"zlib": false, "qtbase": true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(sbomWith)}})
			p.Components, p.SupportRules, p.SiteSupportRules = tc.components, tc.rules, nil
			inv, _ := inventory.Load(filepath.Dir(p.Source.File), p)
			if len(inv.List) != len(tc.want) {
				t.Fatalf("got %d components, want %d", len(inv.List), len(tc.want))
			}
			for _, c := range inv.List {
				if got := c.StatesOwnSupport(); got != tc.want[c.Name] {
					t.Errorf("%s (origin %q): StatesOwnSupport = %v, want %v", c.Name, c.Origin.Label(), got, tc.want[c.Name])
				}
			}
		})
	}
	// A notice's statement about a component is not its [[components]] entry.
	var c inventory.Component
	c.Support, c.Annotated, c.Origin = "no_longer_maintained", true, inventory.Origin{Kind: inventory.OriginNotice}
	if c.StatesOwnSupport() {
		t.Error("a notice's support: StatesOwnSupport = true, want false")
	}
}
