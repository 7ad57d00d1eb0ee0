package kind

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestVersionControl: another version's document gets its own number and
// keeps the revisions about every version and about itself, and the
// current revision, but not a revision about another version only.
func TestVersionControl(t *testing.T) {
	c := content.DocumentControl{ID: "CSD-001", Revision: "D", History: []content.Revision{
		{Revision: "A", Summary: "first release"},
		{Revision: "B", Summary: "4.1.0 login", Versions: []string{"4.1.0"}},
		{Revision: "C", Summary: "4.2.1 features", Versions: []string{"4.2.1"}},
		{Revision: "D", Summary: "annual review"},
	}}
	revisions := func(c content.DocumentControl) string {
		var out []string
		for _, r := range c.History {
			out = append(out, r.Revision)
		}
		return strings.Join(out, "")
	}
	for _, tc := range []struct{ version, id, want string }{
		{"4.1.0", "CSD-001-4.1.0", "ABD"},
		{"4.2.1", "CSD-001-4.2.1", "ACD"},
		{"3.8.2", "CSD-001-3.8.2", "AD"},
	} {
		got := VersionControl(c, tc.version)
		if got.ID != tc.id || revisions(got) != tc.want {
			t.Errorf("VersionControl(%s) = %s with revisions %s; want %s with %s", tc.version, got.ID, revisions(got), tc.id, tc.want)
		}
	}
	// The current revision stays even when it names another version.
	c.History[3].Versions = []string{"4.2.1"}
	if got := revisions(VersionControl(c, "4.1.0")); got != "ABD" {
		t.Errorf("current revision dropped: %s", got)
	}
	if revisions(c) != "ABCD" {
		t.Errorf("the current version's document control was changed: %s", revisions(c))
	}
}

// TestIssuedByLeavesOutTheCSDOfEveryVersion: a document released before
// the CSD was first issued names no CSD, about any version: CSDOf goes
// with CSD.
func TestIssuedByLeavesOutTheCSDOfEveryVersion(t *testing.T) {
	p := &content.Product{}
	p.Documents.CSD.ReleaseDate = content.NewDate(2026, 1, 1)
	b := Built{CSD: true, CSDOf: map[string]string{"2.1": "csd", "2.0": "2.0/csd"}}
	before := b.IssuedBy(p, content.NewDate(2025, 6, 1))
	if before.CSD || before.CSDOf != nil {
		t.Errorf("released before the CSD: CSD %v, CSDOf %v; want false, nil", before.CSD, before.CSDOf)
	}
	after := b.IssuedBy(p, content.NewDate(2026, 2, 1))
	if !after.CSD || len(after.CSDOf) != 2 {
		t.Errorf("released after the CSD: CSD %v, CSDOf %v; want true and both versions", after.CSD, after.CSDOf)
	}
}
