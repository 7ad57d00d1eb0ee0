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
// the withdrawn version as an upgrade, and when a remediation text names
// it as the fix. fixed_in naming it is true (it is the first version with
// the fix) and no longer warned about: check used to ask for a fixed_in
// naming the replacement, which would call 3.1.0 affected in the VEX.
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
	remedy := "vulnerabilities[0].remediation: names version 3.1.0, which was withdrawn on 2025-03-10"
	none := warnings(func(s string) string { return strings.Replace(s, "First release.", "First release of the probe.", 1) })
	kindtest.SaysNone(t, "check", none, upgrade, remedy, "fixed_in: version 3.1.0 was withdrawn")
	got := warnings(func(s string) string {
		s = strings.Replace(s, `to_version = "3.1.1"`, `to_version = "3.1.0"`, 1)
		return strings.Replace(s, `remediation = "Update the probe firmware."`, `remediation = "Update the probe firmware to 3.1.0."`, 1)
	})
	kindtest.SaysAll(t, "check", got, upgrade+": the notice sends customers to a version they must not install; revise the notice to offer 3.1.1",
		remedy+": from then the documents and VEX add that it was withdrawn and to install 3.1.1")
}

// TestWithdrawnFixVersion: the Zephyr fix for 3.0.0 first shipped in
// 3.1.0 (fixed_in), which was withdrawn on 2025-03-10. 3.0.0's CSD
// (2025-08-01) said "Until version 3.1.0, which fixes it, is installed",
// its OpenVEX action the same, the CSAF vendor_fix nothing of the
// withdrawal: all sent 3.0.0's users to a version they must not install.
// From the withdrawal they name 3.1.1; a notice issued before it still
// says what was true then.
func TestWithdrawnFixVersion(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	const withdrawn = "Version 3.1.0, the first with the fix, was withdrawn on 2025-03-10: install version 3.1.1."
	csd := read("sonabeat/3.0.0/csd.md")
	kindtest.SaysAll(t, "3.0.0 csd.md", csd, "| Update the probe firmware. "+withdrawn+" Until version 3.1.1, which fixes it, is installed: Keep the probe switched off when not recording. |")
	kindtest.SaysNone(t, "3.0.0 csd.md", csd, "Until version 3.1.0")
	kindtest.SaysAll(t, "vex-3.0.0.openvex.json", read("sonabeat/vex-3.0.0.openvex.json"), `"action_statement": "Update the probe firmware. `+withdrawn, `"timestamp": "2025-03-10T00:00:00Z"`)
	kindtest.SaysAll(t, "vex-3.0.0.cdx.json", read("sonabeat/vex-3.0.0.cdx.json"), `"recommendation": "Update the probe firmware. `+withdrawn, `"update"`)
	csaf := read(".well-known/csaf/white/2024/sonabeat-3_0_0-vex.json")
	kindtest.SaysAll(t, "CSAF VEX", csaf, `"details": "Update the probe firmware. `+withdrawn+`"`, `"category": "vendor_fix"`,
		`"summary": "Version 3.1.0, which had the fix for CVE-2024-6135, withdrawn: its remediation names version 3.1.1."`)

	// An uncontrolled risk's CSD paragraph, and security notices about
	// the vulnerability issued before and after the withdrawal.
	notice := func(id, issued string) string {
		return "\n[[notices]]\nid = \"" + id + "\"\nkind = \"security\"\nissued = " + issued + "\nsummary = \"Zephyr in firmware 3.0.0.\"\nvulnerabilities = [\"CVE-2024-6135\"]\n" +
			"document = { id = \"WH-" + id + "\", revision = \"A\", release_date = " + issued + ", owner = \"Engineering lead\", approvals = [{ role = \"Chief executive\", name = \"K. Albers\", date = " + issued + " }], history = [{ revision = \"A\", date = " + issued + ", summary = \"First release.\" }] }\n"
	}
	edited, _ := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", func(s string) string {
		s = strings.Replace(s, "risk = \"controlled\"\ndiscovered = 2024-07-01", "risk = \"uncontrolled\"\ndiscovered = 2024-07-01", 1)
		return s + notice("sa-before", "2025-02-20") + notice("sa-after", "2025-04-01")
	})
	kindtest.SaysAll(t, "3.0.0 csd.md", edited["sonabeat/3.0.0/csd.md"],
		"Software `3.1.0`, the first with the fix, was withdrawn on 10 March 2025; `3.1.1` replaced it. Until software `3.1.1`, which fixes it, is installed:")
	kindtest.SaysNone(t, "3.0.0 csd.md", edited["sonabeat/3.0.0/csd.md"], "Until software `3.1.0`")
	after := edited["sonabeat/notices/sa-after.md"]
	kindtest.SaysAll(t, "sa-after.md", after, "| 3.0.0 | CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | Uncontrolled | 3.1.0, withdrawn 2025-03-10; install 3.1.1 |",
		"- Fixed in: `3.1.1`.", "- Withdrawn: `3.1.0`, which had the fix, was withdrawn from the field on 10 March 2025; it must not be installed: install `3.1.1` instead.")
	kindtest.SaysNone(t, "sa-after.md", after, "- Fixed in: `3.1.0`")
	before := edited["sonabeat/notices/sa-before.md"]
	kindtest.SaysAll(t, "sa-before.md", before, "| 3.0.0 | CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | Uncontrolled | 3.1.0 |", "- Fixed in: `3.1.0`.")
	kindtest.SaysNone(t, "sa-before.md", before, "withdrawn", "3.1.1")
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
		"| Withdrawn | Withdrawal from the field | Not an IMDRF N70 stage: a version withdrawn from the field (a recall or field safety corrective action) must no longer be installed, whatever its milestones say, and devices running it are to be updated to the version that replaces it. |")
	kindtest.SaysAll(t, "security-plan.md", read("sonabeat/security-plan.md"),
		"| Withdrawn | Withdrawal from the field | Must no longer be installed, whatever its milestones say; devices running it are to be updated to the version that replaces it. | 3.1.0 (2025-03-10; replaced by 3.1.1) |")
	// A product with no withdrawn version has no such row.
	kindtest.SaysNone(t, "linac lifecycle.md", buildFixture(t, "linac")("solstra-lx/lifecycle.md"), "| Withdrawn |")
}

// TestWithdrawnSBOMCountIsTheFiles: the product file's [[components]]
// names Alamofire and OkHttp (the phone app's), which no SBOM file of
// 3.1.1 lists; the inventory adds them as components of their own. The
// CSD said "The SBOM lists 4 components" beside a file table giving
// sbom-3.1.1.cdx.json 2, and its key facts "4 components" next to that
// file's link: the published SBOM holds 2. It now says which 2 come
// from the product data alone. Version 3.0.0's CSD, whose components
// are all in its SBOM, keeps "The SBOM lists".
func TestWithdrawnSBOMCountIsTheFiles(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	csd := read("sonabeat/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| [sbom-3.1.1.cdx.json](sbom-3.1.1.cdx.json) | CycloneDX 1.5 (JSON) | SonaBeat probe firmware 3.1.1, supplied by Wrenfield Health GmbH | 2 |",
		"| Software bill of materials | 4 components (2 listed in the product data only, not in the SBOM file) | [sbom-3.1.1.cdx.json]",
		"The SBOM and the product data list 4 components (2 of them in the product data only, not in the SBOM) from 2 suppliers")
	kindtest.SaysNone(t, "csd.md", csd, "The SBOM lists 4 components", "| Software bill of materials | 4 components | ")
	old := read("sonabeat/3.0.0/csd.md")
	kindtest.SaysAll(t, "3.0.0/csd.md", old, "The SBOM lists 2 components from 2 suppliers.", "| Software bill of materials | 2 components | ")
	kindtest.SaysNone(t, "3.0.0/csd.md", old, "product data only")
}

// TestWithdrawnSBOMFileNamesItsVersion: the withdrawn 3.1.0 has no CSD, so
// its SBOM is published from the asset folder. The product page listed it
// as "SBOM sbom-3.1.0.cdx.json" beside "Version 3.0.0: SBOM …", leaving a
// hospital reader to guess which version it describes and whether that
// version may still be run. It now names the version and its stage.
func TestWithdrawnSBOMFileNamesItsVersion(t *testing.T) {
	read := buildFixture(t, "withdrawn")
	page := read("sonabeat/index.html")
	kindtest.SaysAll(t, "sonabeat/index.html", page, `<a href="sbom-3.1.0.cdx.json">Version 3.1.0 (Withdrawn): SBOM sbom-3.1.0.cdx.json</a>`)
	kindtest.SaysNone(t, "sonabeat/index.html", page, `">SBOM sbom-3.1.0.cdx.json<`)
	// The current version's SBOM keeps the label its CSD gives it.
	kindtest.SaysAll(t, "sonabeat/index.html", page, `<a href="sbom-3.1.1.cdx.json">SBOM (CycloneDX 1.5 JSON, 2 components)</a>`)
}
