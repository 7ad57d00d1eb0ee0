package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSterilizerStageOfVersionPastEndOfLifeUndecided: the Vaporex 800's
// version 6.9 states only its general availability and an end of life in
// 2022; whether it is in Limited Support or already at End of Support is
// not decided. The documents say so, print its end of support as "Not
// stated" (not "Not announced", whose key promises months of notice), do
// not list it among the versions supported on the page's date, and the
// MDS2 form, which covers the versions supported on its release date,
// does not cover it.
func TestSterilizerStageOfVersionPastEndOfLifeUndecided(t *testing.T) {
	read := buildFixture(t, "sterilizer")
	const undecided = "Limited Support or End of Support (end of support not stated)"
	life := read("vaporex800/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle", life,
		"| 6.9 | Vaporex 800 | "+undecided+" |",
		"| 6.9 | "+undecided+" | 2019-03-04 | Not stated | Not stated | 2022-12-31 | Not stated | Not stated |")
	kindtest.SaysNone(t, "lifecycle", life,
		"| 6.9 | Vaporex 800 | Limited Support |", "### Version 6.9", "Version `6.9` is in this stage")
	csd := read("vaporex800/csd.md")
	kindtest.SaysAll(t, "CSD", csd,
		"| 6.9 | "+undecided+" | 2019-03-04 | Not stated | Not stated | 2022-12-31 | Not stated | Not stated |")
	kindtest.SaysNone(t, "CSD", csd, "versions `6.9` and `7.4`")
	mds2 := read("vaporex800/mds2.md")
	kindtest.SaysNone(t, "MDS2", mds2, "6.9 (general availability 2019-03-04", "milestones of 6.9 and 7.4")
}
