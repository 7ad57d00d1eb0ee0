package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRtlsNoticeDoesNotReplaceTagsOnASoftwareOnlyPath: the Wayfind tags
// are never updated once made (field_updatable = false), and the 3.6
// end-of-support notice's only upgrade path is software_only (same
// hardware). The notice and its CSAF twin said right under that path
// that the tags' units are to be replaced, which the data do not decide
// (the rtls review, finding 1). They now say the tags' software is never
// updated and that whether the tags in use stay in use is not stated;
// a full replacement path, which replaces every unit, still says they
// are replaced.
func TestRtlsNoticeDoesNotReplaceTagsOnASoftwareOnlyPath(t *testing.T) {
	const (
		notice   = "wayfind/notices/eos-3.6.md"
		twin     = ".well-known/csaf/white/2024/lum-wf-eos-001.json"
		replaced = "Units of the Wayfind tags are to be replaced, not upgraded"
		path     = `upgrade_paths = [{ kind = "software_only", to_version = "4.1",`
	)
	read := buildFixture(t, "rtls")
	kindtest.SaysAll(t, notice, read(notice),
		"after the hospital approves it. |\n\nThe software of the Wayfind tags is never updated after manufacture; whether units in use with software `3.6` stay in use with software `4.1` is not stated.\n\n## 11.")
	kindtest.SaysAll(t, twin, read(twin),
		`The software of the Wayfind tags is never updated after manufacture; whether units in use with software 3.6 stay in use with software 4.1 is not stated."`)
	kindtest.SaysNoneBecause(t, notice, read(notice), "a software_only path keeps the tags", replaced)
	kindtest.SaysNoneBecause(t, twin, read(twin), "a software_only path keeps the tags", replaced)

	files, _ := buildFixtureEdited(t, "rtls", "wayfind.toml", kindtest.Replace(path, `upgrade_paths = [{ kind = "full_replacement", target = "Wayfind 4.1 system",`))
	kindtest.SaysAll(t, notice+" (full replacement)", files[notice], replaced+": a unit's software is never updated after manufacture.")
	kindtest.SaysNone(t, notice+" (full replacement)", files[notice], "is not stated.\n\n## 11.")
}

// TestFixedfwNoticeStillReplacesP1Patches: ThermaLink's partial path leads
// to release 2.0, which runs on the P2 patch and not on the P1 that
// carries the patch under 1.0 (its radio's models): the data decide that
// the patches are replaced, and the notice still says so. Written on
// every model, the patch's radio no longer ties the patch to P1, and
// the notice no longer decides it.
func TestFixedfwNoticeStillReplacesP1Patches(t *testing.T) {
	const (
		notice   = "thermalink/notices/eol-1.0.md"
		replaced = "Units of the ThermaLink patch are to be replaced, not upgraded: a unit's software is never updated after manufacture."
	)
	kindtest.SaysAll(t, notice, buildFixture(t, "fixedfw")(notice), replaced)
	files, _ := buildFixtureEdited(t, "fixedfw", "thermalink.toml", kindtest.Replace(`models = ["P1", "P2"]`+"\n", ""))
	kindtest.SaysNone(t, notice+" (radio on every model)", files[notice], replaced)
	kindtest.SaysAll(t, notice+" (radio on every model)", files[notice], "The software of the ThermaLink patch is never updated after manufacture; whether units in use with software `1.0` stay in use with software `2.0` is not stated.")
}
