package generator

import (
	"regexp"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDAttentionTableGivesContingenciesNotConcerns: the implant 5.0
// CSD's table of components that need attention, led by "and what
// Cardiova does about it", printed each notice's concern (why the
// component is a concern) in its Contingency column, the .NET one with
// no label at all (notes a notice gave, inventory.SupportNotice), and the
// general contingency was then voided for 5.0, whose security updates
// had stopped, so no row gave any action. Now a concern is labelled as
// the notice's, each row ends with its contingency, what remains is the
// maintenance notice's when the general contingency is void, and the
// lead and section 13 promise only the contingency stated. (Every
// lifecycle notice must state its maintenance, so the case where none
// does is in kind/csd: TestCSDAttentionContingencyWithoutMaintenance.)
func TestCSDAttentionTableGivesContingenciesNotConcerns(t *testing.T) {
	const (
		csd        = "cardiorhythm/5.0/csd.md"
		lead       = "before the end of support of version `5.0` (2027-09-30), with the contingency stated for each, if any:\n"
		s13        = "[5.2 Components that need attention](#5-2-components-that-need-attention), with the contingency stated for each, if any.\n"
		dotnet     = "| Notice CV-AUR-EOS-50 says: Microsoft ended .NET 6 support on 12 November 2024."
		linux      = "| Notice CV-AUR-EOS-50 says: The Linux 5.15 long-term kernel's support ends on 31 December 2026, before 5.0's end of support. "
		remainsRow = "What remains for version `5.0`: see below. |"
		remains    = "no release of version `5.0` replaces these components. What remains for version `5.0`, as notice CV-AUR-EOS-50 states: Version 5.0 gets no release of its own from its end of life"
		noneRow    = "None stated for version `5.0`: see below. |"
		generalRow = "before 5.0's end of support. The general contingency below. |"
	)
	stops := regexp.MustCompile(`(?m)^\[\[notices\.stops\]\]\nwhat = "(updates|security_updates)"\nmilestone = "end_of_life"\ndetails = .*\n\n`)
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		says, never []string
	}{
		{"security updates stopped, the notice states what remains", nil,
			[]string{lead, s13, dotnet, linux + remainsRow, remains}, []string{"does about it", "does about each", "| Microsoft ended .NET 6", "| Notice CV-AUR-EOS-50: ", noneRow}},
		{"nothing stopped: the general contingency holds", func(s string) string { return stops.ReplaceAllString(s, "") },
			[]string{lead, dotnet, linux + "The general contingency below. |", generalRow}, []string{remainsRow, noneRow, "replaces these components"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var md string
			if tc.edit == nil {
				md = buildFixture(t, "implant")(csd)
			} else {
				files, _ := buildFixtureEdited(t, "implant", "cardiorhythm.toml", tc.edit)
				md = files[csd]
			}
			kindtest.SaysAll(t, "the implant 5.0 CSD", md, tc.says...)
			kindtest.SaysNone(t, "the implant 5.0 CSD", md, tc.never...)
		})
	}
}
