package csd

import (
	"maps"
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDStandInListJudgesNoneOfTheVersions: Dosewise 2.2.1 has no
// component list of its own; 2.3.0's stands in. Where that list flagged
// a component (here nginx, its supplier support made to end before
// 2.2.1's end of support), 2.2.1's CSD printed it as needing attention
// in 2.2.1 ("Yes", before the version's end of support), while the
// lifecycle page said which of 2.2.1's components need attention is not
// stated: another version's list shows neither that a component is in
// the version nor that it is not. The CSD now says the same as the page
// whether the list flags some or none, and points to 5.4 for that list's
// support; the current version, with its own list, still judges its own.
func TestCSDStandInListJudgesNoneOfTheVersions(t *testing.T) {
	const (
		notStated = "Version `2.2.1` has no component list of its own in the product data, which lists version `2.3.0`'s components, so which of version `2.2.1`'s components need attention is not stated. The support of each component on version `2.3.0`'s list is in [5.4 Software support](#5-4-software-support), for comparison only."
		row       = "| nginx | 1.28.0 | Actively maintained | 2026-06-30 | Yes |"
		judged    = "Judged on the components listed for version"
		pointer   = "are listed in [5.2 Components that need attention]"
	)
	for _, tc := range []struct {
		name         string
		flag         bool
		old, current []string // said by 2.2.1's CSD, by 2.3.0's
		oldNever     []string
	}{
		{"the list flags a component", true, []string{notStated}, []string{row, pointer}, []string{row, judged, pointer}},
		{"the list flags none", false, []string{notStated}, nil, []string{judged, pointer}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := csdLoadExample(t)
			kp, _ := kindtest.Product(t, c, "dosewise")
			kp.Documents.Versions = "supported" // a CSD of 2.2.1 beside 2.3.0's
			old := kp.ByVersion["2.2.1"].Inventory
			if old == nil || old.ListedFor != "2.3.0" {
				t.Fatalf("the example's Dosewise 2.2.1 no longer borrows 2.3.0's list: %+v", old)
			}
			if tc.flag {
				for _, list := range [][]inventory.Component{kp.Inventory.List, old.List} {
					i := slices.IndexFunc(list, func(c inventory.Component) bool { return c.Name == "nginx" })
					if i < 0 {
						t.Fatal("the example's Dosewise lists no nginx")
					}
					list[i].EndOfSupport = content.NewDate(2026, 6, 30)
				}
			}
			env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, kp)
			csds := map[string]string{}
			for _, d := range prep.Documents {
				csds[d.Path] = kindtest.Render(t, env, kp, d)
			}
			md, ok := csds[kind.VersionPath("2.2.1", "csd")]
			if !ok {
				t.Fatalf("no CSD of version 2.2.1 in %v (as of %s)", slices.Collect(maps.Keys(csds)), env.AsOf)
			}
			kindtest.SaysAll(t, "the CSD of 2.2.1", md, tc.old...)
			kindtest.SaysNone(t, "the CSD of 2.2.1", md, tc.oldNever...)
			if tc.current != nil {
				kindtest.SaysAll(t, "the CSD of 2.3.0", csds["csd"], tc.current...)
			}
		})
	}
}
