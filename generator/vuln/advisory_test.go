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
