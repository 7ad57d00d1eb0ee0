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

// standInProduct is a product whose version 2.0 has a list of its own
// (own) and whose version 1.0, supported until 2027-12-31, has only
// 2.0's list standing in for it, of which notice eol-1-0 names named as
// 1.0's. Notice eos-models concerns the same components of 1.0 but, as
// one about a version without a list beside it would, names none of them
// as 1.0's (inventory.Inventory.Named).
func standInProduct(own []inventory.Component, named []inventory.Component) kind.Product {
	ga := content.NewDate(2025, time.January, 1)
	p := &content.Product{ID: "hand", Name: "Hand",
		Versions: []content.Version{
			{Version: "1.0", GeneralAvailability: ga, EndOfSupport: content.NewDate(2027, time.December, 31)},
			{Version: "2.0", GeneralAvailability: ga.AddDays(30), EndOfSupport: content.NewDate(2029, time.December, 31)},
		},
		Notices: []content.Notice{
			{ID: "eos-models", Kind: "end_of_support", Issued: ga.AddDays(50), Versions: []string{"1.0"}, Document: content.DocumentControl{ID: "H-EOS-M"}},
			{ID: "eol-1-0", Kind: "end_of_support", Issued: ga.AddDays(60), Versions: []string{"1.0"}, Document: content.DocumentControl{ID: "H-EOL-10"}},
		},
	}
	standIn := &inventory.Inventory{List: own, ListedFor: "2.0"}
	noticed := []*inventory.Component{}
	for _, c := range named {
		standIn.Named = append(standIn.Named, inventory.NoticeNamed{Component: c, Notices: []string{"eol-1-0"}})
		noticed = append(noticed, &c)
	}
	current := &inventory.Inventory{List: own, Noticed: map[string][]*inventory.Component{"eos-models": noticed, "eol-1-0": noticed}}
	return kind.Product{Product: p, Inventory: current, VersionOf: "2.0",
		ByVersion: map[string]kind.Product{"1.0": {Product: p, Inventory: standIn, VersionOf: "1.0"}}}
}

// TestNamedComponentsNeedingAttentionInJSON: for a supported version
// without a list of its own, lifecycle.json lists the components notices
// name as its that need attention, as the page does, under a key of
// their own that does not claim to be its whole list, and never under
// components_needing_attention or components_support_not_stated; a
// version with a list of its own keeps those keys and has not the new
// one. An empty list is written only when every named component states
// its support. A named component's notices are those that name it, as
// the page cites them.
func TestNamedComponentsNeedingAttentionInJSON(t *testing.T) {
	component := func(name string, support content.SupportLevel, end content.Date) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: name, Version: "1", PURL: "pkg:generic/" + name + "@1"}, Support: support, EndOfSupport: end}
	}
	kernel := component("kernel", "maintained", content.NewDate(2026, time.December, 31)) // ends before 1.0's support
	libc := component("libc", "maintained", content.NewDate(2030, time.June, 30))
	unknown := component("zlib", "", content.Date{})
	own := []inventory.Component{component("openssl", "abandoned", content.Date{}), libc}
	const named, attention, notStated = "components_named_by_notices_needing_attention", "components_needing_attention", "components_support_not_stated"
	for _, tc := range []struct {
		name  string
		named []inventory.Component
		want  []string // the stand-in version's named key
	}{
		{"one of two named needs attention", []inventory.Component{kernel, libc}, []string{"kernel"}},
		{"the one named needs attention", []inventory.Component{kernel}, []string{"kernel"}},
		{"named, none needs attention, all stated", []inventory.Component{libc}, []string{}},
		{"named, none needs attention, one not stated", []inventory.Component{libc, unknown}, []string{"absent"}},
		{"none named", nil, []string{"absent"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := &kind.Env{Content: &content.Content{Site: &content.Site{}}, AsOf: statedOn, Version: "test"}
			out, err := JSON(env, standInProduct(own, tc.named))
			if err != nil {
				t.Fatal(err)
			}
			var d struct {
				Versions []map[string]json.RawMessage `json:"versions"`
			}
			if err := json.Unmarshal(out, &d); err != nil || len(d.Versions) != 2 {
				t.Fatalf("versions: %v, %d", err, len(d.Versions))
			}
			standIn, listed := d.Versions[0], d.Versions[1]
			raw, ok := standIn[named]
			if got := componentNames(t, raw, ok); !slices.Equal(got, tc.want) {
				t.Errorf("1.0 %s = %q, want %q", named, got, tc.want)
			}
			if ok && len(tc.want) > 0 {
				var cs []struct{ Notices []string }
				if err := json.Unmarshal(raw, &cs); err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(cs[0].Notices, []string{"eol-1-0"}) {
					t.Errorf("1.0's named %s notices = %q, want [eol-1-0], the one naming it", tc.want[0], cs[0].Notices)
				}
			}
			for _, key := range []string{attention, notStated} {
				if _, ok := standIn[key]; ok {
					t.Errorf("1.0, without a list of its own, has %s", key)
				}
			}
			raw, ok = listed[attention]
			if got := componentNames(t, raw, ok); !slices.Equal(got, []string{"openssl"}) {
				t.Errorf("2.0 %s = %q, want [openssl]", attention, got)
			}
			if _, ok := listed[named]; ok {
				t.Errorf("2.0, with a list of its own, has %s", named)
			}
		})
	}
}
