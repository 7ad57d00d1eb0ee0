package lifecycle

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestMaintenanceNoticeStatesLimitedSupport: the Limited Support row names,
// for a version in that stage, the notice the plan and the CSD cite: the
// newest end-of-life or end-of-support notice issued by the page's date
// that names it and states its maintenance, else such a component
// notice. Not a security notice, not one about another version, not one
// issued later, not one without maintenance text. Built, the page's own
// link is used; not built, the data's notice, unlinked; the noun follows
// the notice's kind.
func TestMaintenanceNoticeStatesLimitedSupport(t *testing.T) {
	on := content.NewDate(2026, 1, 19)
	n := func(id, kind, maintenance string, issued content.Date, versions ...string) content.Notice {
		return content.Notice{ID: id, Kind: kind, Maintenance: maintenance, Issued: issued, Versions: versions, Document: content.DocumentControl{ID: "DOC-" + id}}
	}
	p := kind.Product{Product: &content.Product{Notices: []content.Notice{
		n("sa", "security", "fixes", content.NewDate(2026, 1, 12), "3.4"),
		n("ceos", "component_end_of_support", "fixes", content.NewDate(2025, 1, 2), "3.4"),
		n("eol-other", "end_of_life", "fixes", content.NewDate(2024, 1, 1), "4.0"),
		n("eol-later", "end_of_life", "fixes", content.NewDate(2026, 2, 1), "3.4"),
		n("eol-silent", "end_of_life", "", content.NewDate(2025, 6, 1), "3.4"),
	}}}
	if got := maintenanceNotice(p, "3.4", on, nil); len(got) != 1 || got[0].ID != "ceos" || got[0].Noun != "component end-of-support notice" {
		t.Errorf("only the component notice states the maintenance of 3.4 by %s: got %+v", on, got)
	}
	p.Notices = slices.DeleteFunc(p.Notices, func(n content.Notice) bool { return n.ID == "ceos" })
	if got := maintenanceNotice(p, "3.4", on, nil); len(got) != 0 {
		t.Errorf("no notice by %s states the maintenance of 3.4: got %v", on, got)
	}
	p.Notices = append(p.Notices, n("ceos", "component_end_of_support", "fixes", content.NewDate(2025, 1, 2), "3.4"))
	p.Notices = append(p.Notices, n("eol-3.4", "end_of_life", "critical fixes", content.NewDate(2024, 3, 1), "3.3", "3.4"))
	got := maintenanceNotice(p, "3.4", on, nil)
	if len(got) != 1 || got[0].ID != "eol-3.4" || got[0].Href != "" || got[0].DocumentID != "DOC-eol-3.4" || got[0].Noun != "end-of-life notice" {
		t.Errorf("not built: got %+v, want eol-3.4 unlinked with its document ID", got)
	}
	links := map[string]NoticeLink{"eol-3.4": {ID: "eol-3.4", Href: "notices/eol-3.4.html"}}
	if got := maintenanceNotice(p, "3.4", on, links); len(got) != 1 || got[0].Href != "notices/eol-3.4.html" || got[0].Noun != "end-of-life notice" {
		t.Errorf("built: got %+v, want the page's link", got)
	}
	// A newer end-of-support notice stating the maintenance is the one.
	p.Notices = append(p.Notices, n("eos-3.4", "end_of_support", "none", content.NewDate(2025, 1, 1), "3.4"))
	if got := maintenanceNotice(p, "3.4", on, nil); len(got) != 1 || got[0].ID != "eos-3.4" || got[0].Noun != "end-of-support notice" {
		t.Errorf("newer end-of-support notice: got %+v, want eos-3.4", got)
	}
}

// TestAddLimitedGroupsByNotice: versions the same notices name share one
// sentence; a version with other notices, or none, has its own.
func TestAddLimitedGroupsByNotice(t *testing.T) {
	a, b := NoticeLink{ID: "eol-5"}, NoticeLink{ID: "eol-6"}
	var g []LimitedVersions
	g = addLimited(g, "5.2", []NoticeLink{a})
	g = addLimited(g, "5.3", nil)
	g = addLimited(g, "5.4", []NoticeLink{a})
	g = addLimited(g, "6.0", []NoticeLink{b})
	g = addLimited(g, "6.1", nil)
	want := [][]string{{"5.2", "5.4"}, {"5.3", "6.1"}, {"6.0"}}
	if len(g) != len(want) {
		t.Fatalf("got %d groups %+v, want %v", len(g), g, want)
	}
	for i, w := range want {
		if !slices.Equal(g[i].Versions, w) {
			t.Errorf("group %d: %v, want %v", i, g[i].Versions, w)
		}
	}
	if len(g[1].Notices) != 0 {
		t.Errorf("the versions no notice names have notices %v", g[1].Notices)
	}
}
