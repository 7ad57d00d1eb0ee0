package lifecycle

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// statedOn is the date the hand-built products' lifecycle.json speaks as
// of; their one version, 1.0, is supported then.
var statedOn = content.NewDate(2026, time.January, 1)

// handProduct is a product with one supported version, 1.0, whose
// inventory is inv.
func handProduct(inv *inventory.Inventory) kind.Product {
	p := &content.Product{ID: "hand", Name: "Hand", Versions: []content.Version{{Version: "1.0", GeneralAvailability: content.NewDate(2025, time.January, 1)}}}
	return kind.Product{Product: p, Inventory: inv, VersionOf: "1.0"}
}

// handJSON is p's lifecycle.json, its top-level keys and its version
// 1.0's.
func handJSON(t *testing.T, p kind.Product) (doc, version map[string]json.RawMessage) {
	t.Helper()
	env := &kind.Env{Content: &content.Content{Site: &content.Site{}}, AsOf: statedOn, Version: "test"}
	out, err := JSON(env, p)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Versions []map[string]json.RawMessage `json:"versions"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &d); err != nil || len(d.Versions) != 1 {
		t.Fatalf("versions: %v, %d", err, len(d.Versions))
	}
	return doc, d.Versions[0]
}

func handComponent(name string, support content.SupportLevel, annotated bool) inventory.Component {
	return inventory.Component{Component: sbom.Component{Name: name, Version: "1"}, Support: support, Annotated: annotated}
}

// componentNames are the names of the components a key lists, or
// "absent" when it is left out.
func componentNames(t *testing.T, raw json.RawMessage, present bool) []string {
	t.Helper()
	if !present {
		return []string{"absent"}
	}
	var cs []struct{ Name string }
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	names := []string{}
	for _, c := range cs {
		names = append(names, c.Name)
	}
	return names
}

// TestComponentsKeyNotStated: lifecycle.json's "components" is left out
// when the current version's components are not stated (no SBOM file,
// no [[components]]), where [] would read as "none"; [] only where the
// data list components (or an SBOM file listing none) and annotate none.
func TestComponentsKeyNotStated(t *testing.T) {
	for _, tc := range []struct {
		name string
		inv  *inventory.Inventory
		want []string
	}{
		{"nothing listed, no SBOM file: not stated", &inventory.Inventory{}, []string{"absent"}},
		{"an SBOM file listing none", &inventory.Inventory{SBOMs: []inventory.SBOMFile{{Path: "sbom.cdx.json"}}}, []string{}},
		{"listed, none annotated", &inventory.Inventory{List: []inventory.Component{handComponent("zlib", "", false)}}, []string{}},
		{"one annotated", &inventory.Inventory{List: []inventory.Component{handComponent("zlib", "maintained", true), handComponent("musl", "", false)}}, []string{"zlib"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, _ := handJSON(t, handProduct(tc.inv))
			raw, ok := doc["components"]
			if got := componentNames(t, raw, ok); !slices.Equal(got, tc.want) {
				t.Errorf("components = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAttentionNotClaimedOverUnknownSupport: a version whose components
// include one stating neither a support level nor an end of supplier
// support has no empty components_needing_attention (which reads "none
// needs attention"), and lists those components under
// components_support_not_stated, as the page says their support is not
// stated.
func TestAttentionNotClaimedOverUnknownSupport(t *testing.T) {
	for _, tc := range []struct {
		name                string
		list                []inventory.Component
		attention, notKnown []string
	}{
		{"every support stated, none needs attention", []inventory.Component{handComponent("zlib", "maintained", false)}, []string{}, []string{"absent"}},
		{"no support stated", []inventory.Component{handComponent("zlib", "", false), handComponent("musl", "", false)}, []string{"absent"}, []string{"zlib", "musl"}},
		{"some stated, none needs attention", []inventory.Component{handComponent("zlib", "maintained", false), handComponent("musl", "", false)}, []string{"absent"}, []string{"musl"}},
		{"one needs attention, one not stated", []inventory.Component{handComponent("zlib", "abandoned", false), handComponent("musl", "", false)}, []string{"zlib"}, []string{"musl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, v := handJSON(t, handProduct(&inventory.Inventory{List: tc.list}))
			raw, ok := v["components_needing_attention"]
			if got := componentNames(t, raw, ok); !slices.Equal(got, tc.attention) {
				t.Errorf("components_needing_attention = %q, want %q", got, tc.attention)
			}
			raw, ok = v["components_support_not_stated"]
			if got := componentNames(t, raw, ok); !slices.Equal(got, tc.notKnown) {
				t.Errorf("components_support_not_stated = %q, want %q", got, tc.notKnown)
			}
		})
	}
}

// TestRelatedRunsNotStated: a related system whose hosting the data do
// not state has no "runs" key (an empty string is not one of its
// values); one that states it gives it.
func TestRelatedRunsNotStated(t *testing.T) {
	for _, tc := range []struct {
		name    string
		runs    content.PartRuns
		want    string
		present bool
	}{
		{"not stated", "", "", false},
		{"stated", "customer_hosted", "customer_hosted", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := handProduct(&inventory.Inventory{})
			p.RelatedSystems = []content.RelatedSystem{{ID: "cuff", Name: "Cuff", Kind: "other", Runs: tc.runs, Maker: "Other Co"}}
			doc, _ := handJSON(t, p)
			var related []map[string]json.RawMessage
			if err := json.Unmarshal(doc["related_systems"], &related); err != nil || len(related) != 1 {
				t.Fatalf("related_systems: %v, %d", err, len(related))
			}
			raw, ok := related[0]["runs"]
			var got string
			if ok {
				json.Unmarshal(raw, &got)
			}
			if ok != tc.present || got != tc.want {
				t.Errorf("runs = %q (present %v), want %q (present %v)", got, ok, tc.want, tc.present)
			}
		})
	}
}

// TestComponentAssessmentCarried: a component's justification of its
// support and the source of its supplier's policy, which the CSD prints
// and the annotated SBOM carries, are in lifecycle.json under the same
// property names; a component stating neither has neither.
func TestComponentAssessmentCarried(t *testing.T) {
	justified := handComponent("zephyr", "", true)
	justified.Justification, justified.SupportSource = "No end of support is published for a non-LTS release.", "https://example.com/policy"
	for _, tc := range []struct {
		name string
		c    inventory.Component
		want []jsonProperty
	}{
		{"justification and source", justified, []jsonProperty{{sbom.PropertyJustification, justified.Justification}, {sbom.PropertySource, justified.SupportSource}}},
		{"a level only", handComponent("okhttp", "maintained", true), []jsonProperty{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, _ := handJSON(t, handProduct(&inventory.Inventory{List: []inventory.Component{tc.c}}))
			var cs []struct{ Properties []jsonProperty }
			if err := json.Unmarshal(doc["components"], &cs); err != nil || len(cs) != 1 {
				t.Fatalf("components: %v, %d", err, len(cs))
			}
			if !slices.Equal(cs[0].Properties, tc.want) {
				t.Errorf("properties = %+v, want %+v", cs[0].Properties, tc.want)
			}
		})
	}
}
