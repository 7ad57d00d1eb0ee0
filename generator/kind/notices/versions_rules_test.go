package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestIssuedBy: a notice may point to a document only once it has been
// issued (on or before the notice's date) and only if it has document
// control at all.
func TestIssuedBy(t *testing.T) {
	on := content.NewDate(2024, 6, 6)
	for _, tc := range []struct {
		name string
		c    content.DocumentControl
		want bool
	}{
		{"issued before", content.DocumentControl{ID: "D-1", ReleaseDate: content.NewDate(2024, 1, 1)}, true},
		{"issued on the day", content.DocumentControl{ID: "D-1", ReleaseDate: on}, true},
		{"issued after", content.DocumentControl{ID: "D-1", ReleaseDate: content.NewDate(2024, 6, 7)}, false},
		{"first issued before, revised after", content.DocumentControl{ID: "D-1", ReleaseDate: content.NewDate(2025, 1, 1),
			History: []content.Revision{{Date: content.NewDate(2023, 1, 1)}}}, true},
		{"no document control, dated before", content.DocumentControl{ReleaseDate: content.NewDate(2024, 1, 1)}, false},
		{"no document control, dated after", content.DocumentControl{ReleaseDate: content.NewDate(2025, 1, 1)}, false},
	} {
		if got := issuedBy(tc.c, on); got != tc.want {
			t.Errorf("%s: issuedBy %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestComponentsInVersions: a component notice errs at each version it
// names whose components lack a component it names that another version
// has; a component no version has is the inventory's to report, a
// version whose components are not stated decides nothing, and a notice
// about versions (not components) is not checked.
func TestComponentsInVersions(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example) // versions 3.8.2, 4.1.0, 4.2.1
	comp := func(name string) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: name, Version: "1"}}
	}
	invs := map[string]*inventory.Inventory{
		"3.8.2": {List: []inventory.Component{comp("liba")}},
		"4.1.0": {List: []inventory.Component{comp("libb")}},
		"4.2.1": {}, // components not stated
	}
	p.ByVersion = map[string]kind.Product{}
	for v, inv := range invs {
		q := p
		q.Inventory, q.VersionOf = inv, v
		p.ByVersion[v] = q
	}
	named := func(names ...string) []content.NoticeComponent {
		var out []content.NoticeComponent
		for _, n := range names {
			out = append(out, content.NoticeComponent{Name: n, Version: "1"})
		}
		return out
	}
	all := []string{"3.8.2", "4.1.0", "4.2.1"}
	for _, tc := range []struct {
		name    string
		notices []content.Notice
		want    []string
	}{
		{"each version lacking a component another has", []content.Notice{
			{ID: "eos", Kind: "end_of_support", Versions: all, Components: named("liba", "libb")}, // not a component notice: not checked
			{ID: "ceos", Kind: "component_end_of_support", Versions: all, Components: named("liba", "libz", "libb")},
		}, []string{
			"notices[1].versions[0]: version 3.8.2 does not contain libb 1",
			"notices[1].versions[1]: version 4.1.0 does not contain liba 1",
		}},
		{"a version without stated components first decides nothing, the next still checked", []content.Notice{
			{ID: "ceos", Kind: "component_end_of_support", Versions: []string{"4.2.1", "3.8.2"}, Components: named("libb")},
		}, []string{
			"notices[0].versions[1]: version 3.8.2 does not contain libb 1",
		}},
		{"only the versions that contain it", []content.Notice{
			{ID: "ceos", Kind: "component_end_of_support", Versions: []string{"3.8.2", "4.2.1"}, Components: named("liba")},
		}, nil},
		{"a notice about versions alone", []content.Notice{
			{ID: "eos", Kind: "end_of_life", Versions: all, Components: named("liba")},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p
			q.Notices = tc.notices
			var got []string
			for _, d := range componentsInVersions(q) {
				got = append(got, d.Path+": "+d.Message)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n  %s", len(got), len(tc.want), strings.Join(got, "\n  "))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("error %d: %q, want it to start %q", i, got[i], w)
				}
			}
		})
	}
}

// TestSecurityNoticeNoFixPlanned: a security notice says which affected
// versions get no fix only when their entries say none is planned (not
// for a released or unstated fix), and links a CSAF twin only when it
// names known vulnerabilities.
func TestSecurityNoticeNoFixPlanned(t *testing.T) {
	c := kindtest.LoadExample(t)
	env := kindtest.Env(c, exampleAsOf)
	for _, tc := range []struct {
		fix  content.FixPlan
		want bool
	}{{"none_planned", true}, {"released", false}, {"", false}} {
		t.Run("fix="+string(tc.fix), func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			n := 0
			for _, v := range p.Vulnerabilities.List {
				if v.ID == "CVE-2024-1086" && v.Status == "affected" {
					v.Fix = tc.fix
					n++
				}
			}
			if n == 0 {
				t.Fatal("the example has no affected CVE-2024-1086 entry")
			}
			for _, notice := range p.Notices {
				if notice.ID != "sa-2024-02" {
					continue
				}
				v := securityView(env, p, notice)
				none := 0
				for _, r := range v.Remediations {
					if strings.HasPrefix(r, "No fix is planned") {
						none++
						if r != "No fix is planned for versions 3.8.2 and 4.1.0." {
							t.Errorf("remediation %q", r)
						}
					}
				}
				if (none == 1) != tc.want || none > 1 {
					t.Errorf("%d remediations say no fix is planned, want it said: %v (%q)", none, tc.want, v.Remediations)
				}
				return
			}
			t.Fatal("no notice sa-2024-02")
		})
	}
	p, _ := kindtest.Product(t, c, kindtest.Example)
	v := securityView(env, p, content.Notice{ID: "sa-none", Kind: "security", Issued: content.NewDate(2025, 1, 1), Document: content.DocumentControl{ID: "MIS-SA-X"}})
	if len(v.Vulnerabilities) != 0 || v.CSAF != "" {
		t.Errorf("a notice naming no known vulnerability: %d vulnerabilities, CSAF twin %q; want none", len(v.Vulnerabilities), v.CSAF)
	}
}
