package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXNotDatedAfterTheBuild: withdrawn's 3.1.0 is affected by
// CVE-2025-99001, whose fix 3.1.1 (fixed = 2025-03-10) came out the day
// after a build as of 2025-03-09. That build dated both VEX files
// 2025-03-10, after the build that wrote them, and the CycloneDX file
// said only "Update the probe firmware." with no update out. Built then,
// they speak as of the newest date stated by then (discovered,
// 2025-02-17) and, as a document released that day does (vuln.Set.KnownBy),
// state no fix: the data dates the remediation and fixed_in by the
// fix's release, so the files no longer say "Update the probe firmware."
// or name 3.1.1 (until this change: "Update the probe firmware. Until
// version 3.1.1, which is to fix it, is released and installed: …").
// Built on the fix's day, they are dated by it and offer the update.
func TestVEXNotDatedAfterTheBuild(t *testing.T) {
	early := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2025-03-09", early, `"timestamp": "2025-02-17T00:00:00Z"`,
		`"status": "affected", "action_statement": "Compensating controls: Keep the probe switched off when not recording."`)
	kindtest.SaysNone(t, "OpenVEX on 2025-03-09", early, "2025-03-10", "3.1.1", "Update the probe firmware")
	earlyCDX := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/vex-3.1.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2025-03-09", earlyCDX, `"timestamp": "2025-02-17T00:00:00Z"`,
		`"workaround": "Keep the probe switched off when not recording."`, `"state": "exploitable"`)
	kindtest.SaysNone(t, "CycloneDX VEX on 2025-03-09", earlyCDX, "2025-03-10", `"update"`, `"recommendation"`, "3.1.1")

	late := buildFixtureAsOf(t, "withdrawn", "2025-03-10", "sonabeat/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2025-03-10", late, `"timestamp": "2025-03-10T00:00:00Z"`,
		"Update the probe firmware. Until version 3.1.1, which fixes it, is installed")
	kindtest.SaysNone(t, "OpenVEX on 2025-03-10", late, "is to fix it")
	lateCDX := buildFixtureAsOf(t, "withdrawn", "2025-03-10", "sonabeat/vex-3.1.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2025-03-10", lateCDX, `"timestamp": "2025-03-10T00:00:00Z"`,
		`"recommendation": "Update the probe firmware."`, `"update"`)
	kindtest.SaysNone(t, "CycloneDX VEX on 2025-03-10", lateCDX, "not yet released")
}

// TestVEXStatusAsOfTheBuild: with marketsplit's CVE-2026-41007 in 3.0
// assessed affected on 2026-02-25 (a status that changed after it became
// public on 2026-02-16), a build as of 2026-02-20 published it as
// affected, with the update to 3.1 as the response, in the OpenVEX,
// CycloneDX and CSAF files, and check warned that they "state the
// vulnerability as this file has it". The data does not say what the
// status was before its assessment: the files now say under
// investigation, as the documents released then do (vuln.Set.KnownBy),
// and check's warning is gone (TestFutureDatesWarn). From the
// assessment on they say affected again.
func TestVEXStatusAsOfTheBuild(t *testing.T) {
	assessed := kindtest.Replace("disclosed = 2026-02-16\n", "disclosed = 2026-02-16\nassessed = 2026-02-25\n")
	const csafFile = ".well-known/csaf/white/2026/dentasense-3_0-vex.json"
	build := func(asOf, rel string) string {
		return buildFixtureAsOfEdited(t, "marketsplit", asOf, "dentasense.toml", assessed, rel)
	}
	before := build("2026-02-20", "dentasense/vex-3.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2026-02-20", before, `"status": "under_investigation"`, `"timestamp": "2026-02-16T00:00:00Z"`)
	kindtest.SaysNone(t, "OpenVEX on 2026-02-20", before, `"affected"`, "2026-02-25")
	beforeCDX := build("2026-02-20", "dentasense/vex-3.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2026-02-20", beforeCDX, `"state": "in_triage"`)
	kindtest.SaysNone(t, "CycloneDX VEX on 2026-02-20", beforeCDX, `"exploitable"`, `"update"`)
	beforeCSAF := build("2026-02-20", csafFile)
	kindtest.SaysAll(t, "CSAF VEX on 2026-02-20", beforeCSAF, `"under_investigation": [`)
	kindtest.SaysNone(t, "CSAF VEX on 2026-02-20", beforeCSAF, `"known_affected"`, `"vendor_fix"`, "2026-02-25")
	for _, p := range gocsafAdvisoryProblems("https://orvella.example/"+csafFile, []byte(beforeCSAF)) {
		t.Errorf("CSAF VEX on 2026-02-20: %s", p)
	}

	after := build("2026-02-25", "dentasense/vex-3.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2026-02-25", after, `"status": "affected"`, `"timestamp": "2026-02-25T00:00:00Z"`)
	kindtest.SaysNone(t, "OpenVEX on 2026-02-25", after, "under_investigation")
	afterCDX := build("2026-02-25", "dentasense/vex-3.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2026-02-25", afterCDX, `"state": "exploitable"`, `"update"`)
	afterCSAF := build("2026-02-25", csafFile)
	kindtest.SaysAll(t, "CSAF VEX on 2026-02-25", afterCSAF, `"known_affected": [`, `"vendor_fix"`)
}

// TestProductPageCurrentVersionPerMarket: marketsplit's 3.1 is out in
// the United States, and in the European Union only from 2026-06-01.
// The product page and the index said "Current version 3.1" for every
// market; they now word it as the lifecycle page does, and once 3.1 is
// out everywhere (and for a product without per-market releases) name
// the version alone.
func TestProductPageCurrentVersionPerMarket(t *testing.T) {
	const split = "Current version 3.1 in the United States; in the European Union it is 3.0 until the release of 3.1 there on 1 June 2026 Lifecycle stage"
	before := buildFixtureAsOf(t, "marketsplit", "2026-03-02", "dentasense/index.html")
	kindtest.SaysAll(t, "marketsplit product page on 2026-03-02", before, split)
	kindtest.SaysNone(t, "marketsplit product page on 2026-03-02", before, "Current version 3.1 Lifecycle stage")
	index := buildFixtureAsOf(t, "marketsplit", "2026-03-02", "index.html")
	kindtest.SaysAll(t, "marketsplit index on 2026-03-02", index, split)

	after := buildFixtureAsOf(t, "marketsplit", "2026-06-01", "dentasense/index.html")
	kindtest.SaysAll(t, "marketsplit product page on 2026-06-01", after, "Current version 3.1 Lifecycle stage")
	kindtest.SaysNone(t, "marketsplit product page on 2026-06-01", after, "in the European Union it is")

	single := buildFixtureAsOf(t, "withdrawn", "2025-03-10", "sonabeat/index.html")
	kindtest.SaysAll(t, "withdrawn product page", single, "Current version 3.1.1 Lifecycle stage")
}
