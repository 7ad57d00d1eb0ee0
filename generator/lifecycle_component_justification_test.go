package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleComponentGivesItsJustification: the lifecycle page's
// components table printed "Not announced" for the analyzer software,
// maintained, and dropped its justification ("supported as long as
// version 2.1.0"), which the CSD's support table and the plan give: the
// justification was printed only beside no support level. Without an end
// date, the row now gives the justification, with a level or without
// one, as the CSD does, and "Not stated" where nothing is said (the data
// do not say whether the supplier announced an end).
func TestLifecycleComponentGivesItsJustification(t *testing.T) {
	const row = "| CA-600 analyzer software | 2.1.0 | Actively maintained | "
	const why = "Corvane's own software, supported as long as version 2.1.0."
	page := buildFixture(t, "analyzer")("corvane-ca600/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page, row+why+" |")
	kindtest.SaysNoneBecause(t, "lifecycle.md", page, "the justification says when support ends", row+"Not stated")

	const justification = "justification = \"" + why + "\"\n"
	for _, c := range []struct {
		name, old, new, want string
	}{
		{"no justification", justification, "", row + "Not stated |"},
		{"no level", "support = \"maintained\"\n" + justification, justification, "| CA-600 analyzer software | 2.1.0 | Not stated | " + why + " |"},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", kindtest.Replace(c.old, c.new))
			kindtest.SaysAll(t, "lifecycle.md", files["corvane-ca600/lifecycle.md"], c.want)
		})
	}
}
