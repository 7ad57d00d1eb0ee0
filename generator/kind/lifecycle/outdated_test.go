package lifecycle

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOutdatedDocumentsWarn: a document released before the version
// current on the build's date describes the older version, as released;
// check asks for a new revision. So does a page whose stated stages have
// changed, or that a later notice is missing from. Both ways.
func TestOutdatedDocumentsWarn(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	ctl := content.DocumentControl{ID: "X-1", Revision: "A", ReleaseDate: content.NewDate(2025, 1, 15)} // 4.1.0 current, 4.2.1 not yet
	for _, tc := range []struct {
		name     string
		asOf     content.Date
		ctl      content.DocumentControl
		outdated bool   // Outdated warns
		stages   string // StagesChanged warns with this, "" not at all
	}{
		{"released before the current version", content.NewDate(2026, 2, 16), ctl, true, "4.1.0 is in Limited Support, not Support"},
		{"built on its release date", ctl.ReleaseDate, ctl, false, ""},
		{"released on the current version's release", content.NewDate(2026, 2, 16), content.DocumentControl{ID: "X-1", Revision: "B", ReleaseDate: content.NewDate(2026, 2, 16)}, false, ""},
		{"no release date", content.NewDate(2026, 2, 16), content.DocumentControl{ID: "X-1"}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := kindtest.Env(c, tc.asOf)
			if got := len(kind.Outdated(env, p, "csd", "CSD", tc.ctl)) > 0; got != tc.outdated {
				t.Errorf("Outdated warns %v, want %v", got, tc.outdated)
			}
			d := kind.StagesChanged(env, p, "lifecycle", "lifecycle page", tc.ctl, true, false)
			if tc.stages == "" && len(d) > 0 {
				t.Errorf("StagesChanged warns %v", d)
			}
			if tc.stages != "" && (len(d) != 1 || !strings.Contains(d[0].Message, tc.stages) || d[0].Path != "documents.lifecycle.release_date") {
				t.Errorf("StagesChanged = %v, want one warning at documents.lifecycle.release_date saying %q", d, tc.stages)
			}
		})
	}
}

// TestPageListsNoticesIssuedByItsDate: the lifecycle page and
// lifecycle.json speak as of the page's release; a notice first issued
// later is not on that revision, and check asks for a new one. A notice
// issued before it stays listed, even when revised after it.
func TestPageListsNoticesIssuedByItsDate(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		name           string
		issued, revise bool // issued after the page; its revision released after the page
		listed         bool
	}{
		{"issued and revised before the page", false, false, true},
		{"issued before, revised after the page", false, true, true},
		{"issued after the page", true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			n := &p.Notices[0]
			after := p.Documents.Lifecycle.ReleaseDate.AddMonths(1)
			if tc.issued {
				n.Issued = after
			}
			if tc.revise {
				n.Document.ReleaseDate = after
			}
			env := kindtest.Env(c, content.NewDate(2026, 6, 16))
			listed := false
			for _, l := range view(env, p).Notices {
				listed = listed || l.ID == n.ID
			}
			js, err := JSON(env, p)
			if err != nil {
				t.Fatal(err)
			}
			inJSON := strings.Contains(string(js), `"id": "`+n.ID+`"`)
			d := kind.StagesChanged(env, p, "lifecycle", "lifecycle page", p.Documents.Lifecycle, true, false)
			warned := len(d) > 0 && strings.Contains(d[0].Message, "notice "+n.ID+" was issued on")
			if listed != tc.listed || inJSON != tc.listed || warned == tc.listed {
				t.Errorf("listed %v, in lifecycle.json %v, warned %v; want listed %v", listed, inJSON, warned, tc.listed)
			}
		})
	}
}

// TestPageCitesTheNoticeRevisionOfItsDate: a notice revised after the
// page is cited, on the page and in lifecycle.json, at the revision
// current on the page's date; one revised before, at its current one.
func TestPageCitesTheNoticeRevisionOfItsDate(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		name    string
		revised bool // a new revision released after the page
		want    string
	}{
		{"revised before the page", false, "B"},
		{"revised after the page", true, "A"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			n := &p.Notices[0]
			page := p.Documents.Lifecycle.ReleaseDate
			first := page.AddMonths(-2)
			n.Issued = first
			n.Document.History = []content.Revision{{Revision: "A", Date: first, Summary: "First issue."}}
			n.Document.Revision, n.Document.ReleaseDate = "B", page.AddMonths(-1)
			if tc.revised {
				n.Document.ReleaseDate = page.AddMonths(1)
			}
			n.Document.History = append(n.Document.History, content.Revision{Revision: "B", Date: n.Document.ReleaseDate, Summary: "Revised."})
			env := kindtest.Env(c, content.NewDate(2026, 6, 16))
			var got string
			for _, l := range view(env, p).Notices {
				if l.ID == n.ID {
					got = l.Revision
				}
			}
			js, err := JSON(env, p)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Notices []struct{ ID, Revision string }
			}
			if err := json.Unmarshal(js, &doc); err != nil {
				t.Fatal(err)
			}
			inJSON := ""
			for _, jn := range doc.Notices {
				if jn.ID == n.ID {
					inJSON = jn.Revision
				}
			}
			if got != tc.want || inJSON != tc.want {
				t.Errorf("the page cites revision %q, lifecycle.json %q; want %s", got, inJSON, tc.want)
			}
		})
	}
}
