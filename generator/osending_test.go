package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentLosingSupportSoonNeedsAttention: a version whose end of
// support is not announced, with no notice promised
// (end_of_life.notice_months), has no date to compare its components'
// ends with; one whose supplier support ends within the 24 months of
// notice IMDRF N70 asks for (the horizon check warns by) still needs
// attention. The apheresis machine's Linux kernel 5.15 loses its support
// on 2026-12-31, a month after the documents' date (2026-12-01): the
// CSD's 5.2 and the lifecycle page list it with its date, without saying
// whether it ends before the version's, and check warns of it. Moved past
// 2028-12-01, it is not listed, and the documents say so as before.
func TestComponentLosingSupportSoonNeedsAttention(t *testing.T) {
	read := buildFixture(t, "apheresis")
	csd, life := read("aph9/csd.md"), read("aph9/lifecycle.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"whose supplier support ends on or before 2028-12-01, within the 24 months of notice IMDRF N70 asks for before an end of support",
		"whether one whose support ends later ends before it is not stated; a component whose supplier support ends after 2028-12-01 is not listed:",
		"| Linux kernel | 5.15 | Not stated | 2026-12-31 | Not stated | Not stated |",
		"Components their supplier no longer maintains, or whose supplier support ends by 2028-12-01, are listed in [5.2 Components that need attention]")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the kernel's support ends within 24 months",
		"No component is stated to be no longer maintained or abandoned by its supplier")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"The one component listed for it needs attention; the version's end of support is not announced, so the components listed are those whose supplier support has ended or ends by 2028-12-01",
		"| Linux kernel | 5.15 | Not stated | 2026-12-31 | Not stated |\n")
	kindtest.SaysNoneBecause(t, "lifecycle.md", life, "the kernel's support ends within 24 months",
		"This page singles out none of its components", "announced for a later date")

	// The same kernel supported until 2029: past the horizon, not listed.
	files, _ := buildFixtureEdited(t, "apheresis", "aph9.toml", func(s string) string {
		return strings.Replace(s, "end_of_support = 2026-12-31 # FORCED", "end_of_support = 2029-06-30 # FORCED", 1)
	})
	csd, life = files["aph9/csd.md"], files["aph9/lifecycle.md"]
	kindtest.SaysAll(t, "edited csd.md", csd,
		"No component is stated to be no longer maintained or abandoned by its supplier, and no component's announced end of supplier support has passed.")
	kindtest.SaysNoneBecause(t, "edited csd.md", csd, "the kernel's support ends after 2028-12-01", "| Linux kernel | 5.15 | Not stated | 2029-06-30 | Not stated |", "2028-12-01")
	kindtest.SaysAll(t, "edited lifecycle.md", life, "This page singles out none of its components (1 listed)",
		"One of its components has an end of supplier support announced for a later date",
		"| Linux kernel | 5.15 | Not stated | 2029-06-30 |\n")
	kindtest.SaysNoneBecause(t, "edited lifecycle.md", life, "the kernel's support ends after 2028-12-01", "2028-12-01")
}
