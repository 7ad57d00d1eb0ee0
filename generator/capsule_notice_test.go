package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

const (
	capsuleNotice = "lumacap/notices/eos-1.6.md"
	capsuleTwin   = ".well-known/csaf/white/2024/ne-lc-n-001.json"
	capsuleFile   = "lumacap.toml"
)

// TestCapsuleNoticeSaysCapsulesAreReplaced: the LumaCap capsule's
// software is never updated once made (field_updatable = false). The
// lifecycle page said at end of support that its units are replaced, not
// upgraded; the end-of-support notice for 1.6, which tells the hospital
// how to move on, and its CSAF twin said nothing of the capsule. They now
// say it after the upgrade paths, and say nothing of it when the capsule
// is not so, when it is implanted (whether to replace it is then the
// physician's decision), or when the notice offers no upgrade path.
func TestCapsuleNoticeSaysCapsulesAreReplaced(t *testing.T) {
	const replaced = "Units of the LumaCap capsule are to be replaced, not upgraded: a unit's software is never updated after manufacture."
	// The partial path replaces the workstation: whether the capsules
	// stay in use with 2.0 the data do not say (n_rtls_notice_tags_test.go).
	const undecided = "The software of the LumaCap capsule is never updated after manufacture; whether units in use with software "
	read := buildFixture(t, "capsule")
	kindtest.SaysAll(t, capsuleNotice, read(capsuleNotice),
		"| Partial | software 2.0 (planned) | Norrvik service replaces the 1.6 reading workstation with a 2.0 workstation. |\n\n"+undecided+"`1.6` stay in use with software `2.0` is not stated.\n\n## 11.")
	kindtest.SaysAll(t, capsuleTwin, read(capsuleTwin), `2.0 workstation.\n`+undecided+`1.6 stay in use with software 2.0 is not stated."`)
	// nor does the lifecycle page decide it (TestLifecycleFieldEnd)
	lc := read("lumacap/lifecycle.md")
	kindtest.SaysAll(t, "lumacap/lifecycle.md", lc, "The software of the LumaCap capsule is never updated after manufacture: a unit keeps the software it was made with. |")
	kindtest.SaysNone(t, "lumacap/lifecycle.md", lc, replaced)

	for _, tc := range []struct{ name, old, new string }{
		{"updatable capsule", "field_updatable = false\n", ""},
		{"implanted capsule", "field_updatable = false\n", "field_updatable = false\nimplanted = true\n"},
		{"no upgrade path", `upgrade_paths = [{ kind = "partial", to_version = "2.0", description = "Norrvik service replaces the 1.6 reading workstation with a 2.0 workstation." }]`, "upgrade_paths = []"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "capsule", capsuleFile, kindtest.Replace(tc.old, tc.new))
			kindtest.SaysNone(t, capsuleNotice, files[capsuleNotice], "Units of", undecided)
			kindtest.SaysNone(t, capsuleTwin, files[capsuleTwin], "Units of", undecided)
		})
	}
}

// TestCapsuleNoticeGivesNoLaterReleaseAsPlanned: the notice of
// 2024-03-28 offered 2.0 as "planned; general availability 2025-02-03",
// the day 2.0 came out, which the data do not say was planned in March
// 2024. The notice and its CSAF twin now say planned alone. Its only path
// to 2.0 is partial (the reading workstation is replaced), so 2.0 is not
// said to run on the customer's LC-2 either.
func TestCapsuleNoticeGivesNoLaterReleaseAsPlanned(t *testing.T) {
	read := buildFixture(t, "capsule")
	notice, twin := read(capsuleNotice), read(capsuleTwin)
	kindtest.SaysAll(t, capsuleNotice, notice,
		"Affected only while it runs software 1.6; the later software 2.0 (planned), which this notice does not concern, is offered only by an upgrade path that replaces hardware (see the upgrade paths below).",
		"| Partial | software 2.0 (planned) |")
	kindtest.SaysAll(t, capsuleTwin, twin, "- Partial, to software 2.0 (planned): Norrvik service")
	kindtest.SaysNone(t, capsuleNotice, notice, "2025-02-03")
	kindtest.SaysNone(t, capsuleTwin, twin, "2025-02-03")
}
