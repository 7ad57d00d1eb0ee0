package inventory

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestNoticesNameStandInComponents: a version without a component list of
// its own takes as its components those a notice about it names, when
// the notice can mean no other of its versions by them (each has a list
// of its own without the component); a notice about two versions without
// lists, or about one whose list holds the component, decides nothing,
// and a version with a list of its own gets none.
func TestNoticesNameStandInComponents(t *testing.T) {
	kernel := Component{Component: sbom.Component{Name: "Linux kernel", Version: "5.15.160", PURL: "pkg:generic/linux@5.15.160"}}
	other := Component{Component: sbom.Component{Name: "busybox", Version: "1.36.1"}}
	ref := content.NoticeComponent{PURL: kernel.PURL}
	for _, tc := range []struct {
		name     string
		notices  []content.Notice
		resolved map[string][]*Component
		own41    []Component // version 4.1's own list; nil: it has none
		want50   map[string][]string
		want51   map[string][]string // version 5.1, a stand-in
	}{
		{name: "a notice about 5.0 alone",
			notices:  []content.Notice{{ID: "eol-5-0", Versions: []string{"5.0"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eol-5-0": {&kernel}},
			want50:   map[string][]string{"Linux kernel": {"eol-5-0"}}},
		{name: "a notice about two versions without lists decides neither",
			notices:  []content.Notice{{ID: "eos", Versions: []string{"5.0", "5.1"}, Components: []content.NoticeComponent{{Name: "busybox", Version: "1.36.1"}}}},
			resolved: map[string][]*Component{"eos": {&other}}},
		{name: "the other version's own list lacks it",
			notices:  []content.Notice{{ID: "eos", Versions: []string{"4.1", "5.0"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eos": {&kernel}}, own41: []Component{other},
			want50: map[string][]string{"Linux kernel": {"eos"}}},
		{name: "the other version's own list holds it",
			notices:  []content.Notice{{ID: "eos", Versions: []string{"4.1", "5.0"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eos": {&kernel}}, own41: []Component{kernel}},
		{name: "the current version is among the notice's versions and holds it",
			notices:  []content.Notice{{ID: "eos", Versions: []string{"5.0", "5.2"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eos": {&kernel}}},
		{name: "a notice about another version only",
			notices:  []content.Notice{{ID: "eol-5-1", Versions: []string{"5.1"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eol-5-1": {&kernel}},
			want51:   map[string][]string{"Linux kernel": {"eol-5-1"}}},
		{name: "a component the notice names that nothing lists",
			notices:  []content.Notice{{ID: "eol-5-0", Versions: []string{"5.0"}, Components: []content.NoticeComponent{ref}}},
			resolved: map[string][]*Component{"eol-5-0": {nil}}},
		{name: "two notices name it, once with both",
			notices: []content.Notice{{ID: "eol-5-0", Versions: []string{"5.0"}, Components: []content.NoticeComponent{ref}},
				{ID: "eos-5-0", Versions: []string{"5.0"}, Components: []content.NoticeComponent{{Name: "Linux kernel", Version: "5.15.160"}, {Name: "busybox", Version: "1.36.1"}}}},
			resolved: map[string][]*Component{"eol-5-0": {&kernel}, "eos-5-0": {&kernel, &other}},
			want50:   map[string][]string{"Linux kernel": {"eol-5-0", "eos-5-0"}, "busybox": {"eos-5-0"}}},
	} {
		cur := &Inventory{List: []Component{kernel}, Noticed: tc.resolved}
		vs := &Versions{Current: "5.2", Inventory: cur, ByVersion: map[string]*Inventory{
			"5.0": {List: cur.List, ListedFor: "5.2"},
			"5.1": {List: cur.List, ListedFor: "5.2"},
			"5.2": cur,
		}}
		if tc.own41 != nil {
			vs.ByVersion["4.1"] = &Inventory{List: tc.own41}
		} else {
			vs.ByVersion["4.1"] = &Inventory{List: cur.List, ListedFor: "5.2"}
		}
		cur.versions = vs
		vs.nameByNotices(tc.notices)
		for v, want := range map[string]map[string][]string{"5.0": tc.want50, "5.1": tc.want51} {
			got := map[string][]string{}
			for _, n := range cur.NamedIn(v) {
				got[n.Name] = n.Notices
			}
			if len(got) != len(want) {
				t.Errorf("%s: version %s: named %v, want %v", tc.name, v, got, want)
				continue
			}
			for name, ids := range want {
				if !slices.Equal(got[name], ids) {
					t.Errorf("%s: version %s: %s named by %v, want %v", tc.name, v, name, got[name], ids)
				}
			}
		}
		if n := cur.NamedIn("5.2"); n != nil || (tc.own41 != nil && cur.NamedIn("4.1") != nil) {
			t.Errorf("%s: a version with a list of its own took named components", tc.name)
		}
	}
}
