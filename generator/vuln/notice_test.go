package vuln_test

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// loadEdited loads the example's vulnerabilities after edit changed the
// product; it returns the set, the diagnostics and the index of the
// security notice.
func loadEdited(t *testing.T, edit func(p *content.Product, sec int)) (*vuln.Set, content.Diagnostics, *content.Product, int) {
	t.Helper()
	c, p := exampleProduct(t)
	sec := slices.IndexFunc(p.Notices, content.Notice.Security)
	if sec < 0 {
		t.Fatal("the example has no security notice")
	}
	if edit != nil {
		edit(p, sec)
	}
	inv, _ := inventory.Load(c.Dir, p.Current(content.NewDate(2026, 3, 2)))
	s, d := vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
	return s, d, p, sec
}

// TestSecurityNoticeExample: the example's advisory for CVE-2024-1086
// takes its versions and timeline from the vulnerability's entries.
func TestSecurityNoticeExample(t *testing.T) {
	s, d, p, sec := loadEdited(t, nil)
	if len(d) > 0 {
		t.Fatalf("diagnostics: %v", d)
	}
	n := p.Notices[sec]
	if got, want := n.Versions, []string{"3.8.2", "4.1.0"}; !slices.Equal(got, want) {
		t.Errorf("the notice's versions = %v; want the affected %v (set by Load)", got, want)
	}
	a := s.Advisory(n)
	if !slices.Equal(a.Affected, []string{"3.8.2", "4.1.0"}) || !slices.Equal(a.Fixed, []string{"4.2.1"}) {
		t.Errorf("affected %v, fixed %v; want [3.8.2 4.1.0] and [4.2.1]", a.Affected, a.Fixed)
	}
	var got []string
	for _, e := range a.Timeline {
		got = append(got, e.Date.String()+" "+e.What)
	}
	want := []string{
		"2024-01-31 disclosed", "2024-05-30 discovered",
		"2024-06-06 communication", "2024-06-06 communication", "2024-06-20 communication",
		"2025-05-12 fix_available", "2025-05-12 communication",
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if fd := a.Vulnerabilities[0].FixDate("4.2.1"); fd != content.NewDate(2025, 5, 12) {
		t.Errorf("fix date of 4.2.1 = %s; want 2025-05-12", fd)
	}
}

// TestSecurityNoticeChecks: a security notice may name only known
// vulnerabilities that some version is affected by or investigating; the
// error is at the notice's key, with file and line.
func TestSecurityNoticeChecks(t *testing.T) {
	tests := []struct {
		name   string
		ids    []string
		issued content.Date // zero: 2025-02-01, after every vulnerability was known
		want   string       // "" = no diagnostic about the notice
	}{
		{"affected in some versions", []string{"CVE-2024-1086"}, content.Date{}, ""},
		{"affected and fixed", []string{"CVE-2024-6119"}, content.Date{}, ""},
		{"under investigation only", []string{"CVE-2025-0395"}, content.Date{}, ""},
		{"unknown ID", []string{"CVE-2099-0001"}, content.Date{}, `unknown vulnerability "CVE-2099-0001": no version's known vulnerabilities ([[vulnerabilities]] or the imported VEX) have it (known: CVE-2023-52160, CVE-2024-0727, CVE-2024-1086, `},
		{"not affected anywhere", []string{"CVE-2024-0727"}, content.Date{}, "CVE-2024-0727 gives this security notice nothing to announce: no version is affected or under investigation (4.1.0 not affected)"},
		{"second of two", []string{"CVE-2024-1086", "CVE-2024-2961"}, content.Date{}, "CVE-2024-2961 gives this security notice nothing to announce"},
		// Known on 2025-01-22 (discovered): a notice of the day before cannot announce it.
		{"issued before it was known", []string{"CVE-2025-0395"}, content.NewDate(2025, 1, 21), "this notice was issued on 2025-01-21, before CVE-2025-0395 was known (its earliest discovered, disclosed or communication date is 2025-01-22 in version 4.1.0)"},
		// CVE-2024-1086, learnt of on 2024-05-30, has entries in several
		// versions: one error.
		{"issued before it was known, several versions", []string{"CVE-2024-1086"}, content.NewDate(2024, 5, 1), "this notice was issued on 2024-05-01, before CVE-2024-1086 was known (its earliest discovered, disclosed or communication date is 2024-05-30 in version"},
		{"issued the day it was known", []string{"CVE-2025-0395"}, content.NewDate(2025, 1, 22), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, d, p, sec := loadEdited(t, func(p *content.Product, sec int) {
				p.Notices[sec].Vulnerabilities = tc.ids
				p.Notices[sec].Issued = cmp.Or(tc.issued, content.NewDate(2025, 2, 1))
			})
			var about []content.Diagnostic
			for _, x := range d {
				if strings.HasPrefix(x.Path, "notices[") {
					about = append(about, x)
				}
			}
			if tc.want == "" {
				if len(about) > 0 {
					t.Errorf("unexpected diagnostics: %v", about)
				}
				return
			}
			if len(about) != 1 {
				t.Fatalf("want one diagnostic containing %q; got %v", tc.want, about)
			}
			x := about[0]
			wantPath := "notices[" + strconv.Itoa(sec) + "].vulnerabilities[" + strconv.Itoa(len(tc.ids)-1) + "]"
			if !strings.Contains(x.Message, tc.want) || x.Path != wantPath || !strings.HasSuffix(x.File, "halcyon-lvp7.toml") || x.Line == 0 || x.Severity != content.Error {
				t.Errorf("got %s (path %s, line %d); want an error at %s with a line, containing %q", x, x.Path, x.Line, wantPath, tc.want)
			}
			if x.Line != p.Source.Line(wantPath) {
				t.Errorf("line %d; want the line of %s, %d", x.Line, wantPath, p.Source.Line(wantPath))
			}
		})
	}
}

// TestNoticeBeforeDisclosure: a security notice, published, issued before
// the vulnerability it names was publicly disclosed would disclose it
// first, and speaking as of its release it lists only what is public:
// an error at the notice's entry, which names the fix when the notice is
// the disclosure. On the disclosure it is accepted.
func TestNoticeBeforeDisclosure(t *testing.T) {
	for _, tc := range []struct {
		disclosed content.Date
		want      bool
	}{{content.NewDate(2024, 7, 1), true}, {content.NewDate(2024, 6, 6), false}} {
		_, diags, _, sec := loadEdited(t, func(p *content.Product, sec int) {
			if p.Notices[sec].Issued != content.NewDate(2024, 6, 6) || p.Vulns[0].ID != "CVE-2024-1086" {
				t.Fatal("the example's advisory is not the one this test expects")
			}
			for i := range p.Vulns {
				if p.Vulns[i].ID == "CVE-2024-1086" {
					p.Vulns[i].Disclosed = tc.disclosed
				}
			}
		})
		var got []string
		for _, x := range diags {
			if x.Severity == content.Error && strings.Contains(x.Message, "was publicly disclosed") {
				got = append(got, x.Path+": "+x.Message)
			}
		}
		path := fmt.Sprintf("notices[%d].vulnerabilities[0]: ", sec)
		switch {
		case tc.want && (len(got) != 1 || !strings.HasPrefix(got[0], path+"this notice was issued on 2024-06-06, before CVE-2024-1086 was publicly disclosed (2024-07-01 in version") ||
			!strings.Contains(got[0], "if this notice is the disclosure, write disclosed = 2024-06-06")):
			t.Errorf("disclosed %s: errors %q; want one at %s", tc.disclosed, got, path)
		case !tc.want && len(got) > 0:
			t.Errorf("disclosed %s: errors %q; want none", tc.disclosed, got)
		}
	}
}

// TestAdvisoryOpenEntries: a security notice describes a vulnerability
// by its first entry still open (affected or under investigation), not
// by a version already fixed or not affected listed before it, and lists
// as open only those entries; with none open, the first entry.
func TestAdvisoryOpenEntries(t *testing.T) {
	s := &vuln.Set{Versions: []vuln.Version{{Version: "1.0"}, {Version: "2.0"}, {Version: "3.0"}}, List: []*vuln.Vulnerability{
		{ID: "CVE-2024-0001", Version: "1.0", Status: "fixed"},
		{ID: "CVE-2024-0001", Version: "2.0", Status: "under_investigation"},
		{ID: "CVE-2024-0001", Version: "3.0", Status: "affected"},
		{ID: "CVE-2024-0002", Version: "1.0", Status: "not_affected"},
		{ID: "CVE-2024-0002", Version: "2.0", Status: "fixed"},
	}}
	a := s.Advisory(content.Notice{Vulnerabilities: []string{"CVE-2024-0001", "CVE-2024-0002"}})
	if len(a.Vulnerabilities) != 2 {
		t.Fatalf("%d vulnerabilities; want 2", len(a.Vulnerabilities))
	}
	versions := func(es []*vuln.Vulnerability) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Version)
		}
		return out
	}
	for i, want := range []struct {
		first string
		open  []string
	}{{"2.0", []string{"2.0", "3.0"}}, {"1.0", nil}} {
		av := a.Vulnerabilities[i]
		if got := av.First().Version; got != want.first {
			t.Errorf("%s: first entry %s; want %s", av.ID, got, want.first)
		}
		if got := versions(av.Open()); !slices.Equal(got, want.open) {
			t.Errorf("%s: open %v; want %v", av.ID, got, want.open)
		}
	}
}
