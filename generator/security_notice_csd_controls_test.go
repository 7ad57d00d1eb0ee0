package generator

import (
	"regexp"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSecurityNoticeNamesCSDControlsOnlyWhereThereAreSome: a security
// notice's compensating controls were to be put in place "in addition to
// those of the customer security documentation" whenever the CSD was
// built, also for a product whose CSD recommends no control (as the
// lifecycle notices already checked). The insulin pump's CSD recommends
// RC-01 to RC-03: the clause stays; with none, it goes.
func TestSecurityNoticeNamesCSDControlsOnlyWhereThereAreSome(t *testing.T) {
	const clause = "in addition to those of the customer security documentation"
	notice := buildFixture(t, "insulinpump")("lumen-aid/notices/sa-2025-01.md")
	kindtest.SaysAll(t, "sa-2025-01.md", notice, clause)

	controls := regexp.MustCompile(`(?s)\[\[(versions\.changes\.)?recommended_controls(_added)?\]\].*?\n\n`)
	files, _ := buildFixtureEdited(t, "insulinpump", "lumen-aid.toml", func(s string) string { return controls.ReplaceAllString(s, "") })
	kindtest.SaysNoneBecause(t, "sa-2025-01.md without controls", files["lumen-aid/notices/sa-2025-01.md"], "the CSD recommends no control", clause)
}
