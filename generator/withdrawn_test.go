package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWithdrawnVersionIsNotSupported: testdata/withdrawn is a home fetal
// Doppler whose firmware 3.1.0 was withdrawn from the field and replaced
// by 3.1.1. The lifecycle page and lifecycle.json say so, why, and what
// to install; no document calls 3.1.0 supported or current.
func TestWithdrawnVersionIsNotSupported(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	life := read("sonabeat/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"The current software version is `3.1.1`",
		"| 3.1.0 | SB-3 | Withdrawn | None: withdrawn, install version `3.1.1` |",
		"**Version `3.1.0` was withdrawn from the field on 10 March 2025.** It let an unpaired phone read the probe's recordings (CVE-2025-99001); field safety corrective action FSCA-2025-02. It must no longer be installed: devices running it are to be updated to version `3.1.1`.")
	kindtest.SaysNone(t, "lifecycle.md", life, "| 3.1.0 | SB-3 | Support |", "### Version 3.1.0")
	plan := read("sonabeat/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "| 3.1.0 | All models | 2025-01-20 | Withdrawn |", "| 3.0.0, 3.1.1 |")
	kindtest.SaysNone(t, "security-plan.md", plan, "`3.1.0`, also supported on", "| 3.0.0, 3.1.0, 3.1.1 |")
	kindtest.SaysAll(t, "lifecycle.json", read("sonabeat/lifecycle.json"),
		`"withdrawn": "2025-03-10"`, `"replaced_by": "3.1.1"`, `"withdrawal_reason": "It let an unpaired phone`)
}

// TestWithdrawnVersionAsTarget: check warns when a notice still offers
// the withdrawn version as an upgrade or a vulnerability names it as the
// fix, and not when both name its replacement.
func TestWithdrawnVersionAsTarget(t *testing.T) {
	warnings := func(edit func(string) string) string {
		_, res := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", edit)
		var b strings.Builder
		for _, w := range res.Warnings {
			b.WriteString(w.String() + "\n")
		}
		return b.String()
	}
	upgrade := "notices[0].upgrade_paths[0].to_version: version 3.1.0 was withdrawn on 2025-03-10"
	fix := "vulnerabilities[0].fixed_in: version 3.1.0 was withdrawn on 2025-03-10"
	kindtest.SaysNone(t, "check", warnings(func(s string) string { return strings.Replace(s, "First release.", "First release of the probe.", 1) }), upgrade, fix)
	got := warnings(func(s string) string {
		s = strings.Replace(s, `to_version = "3.1.1"`, `to_version = "3.1.0"`, 1)
		return strings.Replace(s, "fixed_in = \"3.1.1\"\nfixed = 2025-03-10", "fixed_in = \"3.1.0\"\nfixed = 2025-01-20", 1)
	})
	kindtest.SaysAll(t, "check", got, upgrade+": the notice sends customers to a version they must not install; revise the notice to offer 3.1.1", fix)
}

// TestWithdrawnVersionStageAndCSD: the CSD of the current version said
// only "Withdrawn" in its section 13 table, so a hospital still running
// 3.1.0 and reading 3.1.1's CSD was not told to stop installing it; the
// stage tables of the plan and the lifecycle page, which list the IMDRF
// N70 stages, explained no "Withdrawn" and the plan put 3.1.0 in no row.
func TestWithdrawnVersionStageAndCSD(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	const para = "**Version `3.1.0` was withdrawn from the field on 10 March 2025.** It let an unpaired phone read the probe's recordings (CVE-2025-99001); field safety corrective action FSCA-2025-02. It must no longer be installed: devices running it are to be updated to version `3.1.1`."
	kindtest.SaysAll(t, "csd.md", read("sonabeat/csd.md"), "| 3.1.0 | Withdrawn | 2025-01-20 |", para)
	kindtest.SaysAll(t, "lifecycle.md", read("sonabeat/lifecycle.md"),
		"| Withdrawn | Withdrawal from the field | Not an IMDRF N70 stage: a version withdrawn from the field (a recall or field safety corrective action) must no longer be installed, whatever its milestones say, and devices running it are updated to the version that replaces it. |")
	kindtest.SaysAll(t, "security-plan.md", read("sonabeat/security-plan.md"),
		"| Withdrawn | Withdrawal from the field | Must no longer be installed, whatever its milestones say; devices running it are updated to the version that replaces it. | 3.1.0 (2025-03-10; replaced by 3.1.1) |")
	// A product with no withdrawn version has no such row.
	kindtest.SaysNone(t, "linac lifecycle.md", buildFixture(t, "linac")("solstra-lx/lifecycle.md"), "| Withdrawn |")
}
