package vuln_test

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestAdvisoryLeavesOutUnknownIDs: a security notice speaking as of a
// date before one of its vulnerabilities was public (Set.KnownBy leaves
// it out) announces the others, whatever their order.
func TestAdvisoryLeavesOutUnknownIDs(t *testing.T) {
	s := &vuln.Set{Versions: []vuln.Version{{Version: "1.0"}, {Version: "2.0"}}, List: []*vuln.Vulnerability{
		{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0"},
		{ID: "CVE-2024-0001", Version: "2.0", Status: "fixed"},
	}}
	a := s.Advisory(content.Notice{Vulnerabilities: []string{"CVE-2024-0009", "CVE-2024-0001"}})
	var ids []string
	for _, av := range a.Vulnerabilities {
		ids = append(ids, av.ID)
	}
	if !slices.Equal(ids, []string{"CVE-2024-0001"}) || !slices.Equal(a.Affected, []string{"1.0"}) || !slices.Equal(a.Fixed, []string{"2.0"}) {
		t.Errorf("announces %v, affected %v, fixed %v; want [CVE-2024-0001], [1.0], [2.0]", ids, a.Affected, a.Fixed)
	}
}

// TestAdvisoryFixedVersions: the versions a security notice calls fixed
// are those with a fixed entry and those an open or fixed entry names to
// fix it (fixed_in), whether or not they have an entry; planned when not
// yet available; a not-affected entry's fix version fixes nothing of it.
func TestAdvisoryFixedVersions(t *testing.T) {
	versions := []vuln.Version{{Version: "1.0"}, {Version: "2.0"}, {Version: "3.0"}}
	for _, c := range []struct {
		name           string
		list           []*vuln.Vulnerability
		fixed, planned []string
	}{
		{"fixed_in a version without an entry",
			[]*vuln.Vulnerability{{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0"}},
			[]string{"2.0"}, nil},
		{"fixed_in a version not yet available",
			[]*vuln.Vulnerability{{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "3.0", FixPlanned: true}},
			nil, []string{"3.0"}},
		{"a not-affected entry's fixed_in",
			[]*vuln.Vulnerability{{ID: "CVE-2024-0001", Version: "1.0", Status: "affected"}, {ID: "CVE-2024-0001", Version: "2.0", Status: "not_affected", FixedIn: "3.0"}},
			nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &vuln.Set{Versions: versions, List: c.list}
			a := s.Advisory(content.Notice{Vulnerabilities: []string{"CVE-2024-0001"}})
			if !slices.Equal(a.Fixed, c.fixed) || !slices.Equal(a.Planned, c.planned) {
				t.Errorf("fixed %v, planned %v; want %v, %v", a.Fixed, a.Planned, c.fixed, c.planned)
			}
		})
	}
}

// TestAdvisoryFixDates: the date a fix came out is the earliest its
// entries state for that fix version (a fixed entry's own version, else
// fixed_in), never another fix version's; the timeline has it even when
// an entry listed first leaves the date out.
func TestAdvisoryFixDates(t *testing.T) {
	versions := []vuln.Version{{Version: "1.0"}, {Version: "2.0"}, {Version: "3.0"}}
	d := content.NewDate
	s := &vuln.Set{Versions: versions, List: []*vuln.Vulnerability{
		// 1.0 fixed by a patch of its own on 2024-03-01; 2.0 fixed in 3.0
		// on 2024-02-01; 3.0's entry does not state the date.
		{ID: "CVE-2024-0001", Version: "1.0", Status: "fixed", Fixed: d(2024, 3, 1)},
		{ID: "CVE-2024-0001", Version: "2.0", Status: "affected", FixedIn: "3.0", Fixed: d(2024, 2, 1)},
		{ID: "CVE-2024-0002", Version: "1.0", Status: "affected", FixedIn: "3.0"},
		{ID: "CVE-2024-0002", Version: "2.0", Status: "affected", FixedIn: "3.0", Fixed: d(2024, 4, 1)},
	}}
	a := s.Advisory(content.Notice{Vulnerabilities: []string{"CVE-2024-0001", "CVE-2024-0002"}})
	if len(a.Vulnerabilities) != 2 {
		t.Fatalf("%d vulnerabilities; want 2", len(a.Vulnerabilities))
	}
	for _, c := range []struct {
		i    int
		fv   string
		want content.Date
	}{
		{0, "1.0", d(2024, 3, 1)},
		{0, "3.0", d(2024, 2, 1)},
		{0, "2.0", content.Date{}},
		{1, "3.0", d(2024, 4, 1)},
	} {
		if got := a.Vulnerabilities[c.i].FixDate(c.fv); got != c.want {
			t.Errorf("%s: fix date of %s = %s; want %s", a.Vulnerabilities[c.i].ID, c.fv, got, c.want)
		}
	}
	var got []string
	for _, e := range a.Timeline {
		if e.What == "fix_available" {
			got = append(got, e.Date.String()+" "+e.ID+" "+e.Version)
		}
	}
	want := []string{"2024-02-01 CVE-2024-0001 3.0", "2024-03-01 CVE-2024-0001 1.0", "2024-04-01 CVE-2024-0002 3.0"}
	if !slices.Equal(got, want) {
		t.Errorf("fixes in the timeline %q; want %q", got, want)
	}
}
