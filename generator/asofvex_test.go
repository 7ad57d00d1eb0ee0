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
// 2025-02-17) and say the fix is still to come; built on the fix's day,
// they are dated by it and say no such thing.
func TestVEXNotDatedAfterTheBuild(t *testing.T) {
	early := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2025-03-09", early, `"timestamp": "2025-02-17T00:00:00Z"`,
		"Until version 3.1.1, which is to fix it, is released and installed")
	kindtest.SaysNone(t, "OpenVEX on 2025-03-09", early, "2025-03-10")
	earlyCDX := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/vex-3.1.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2025-03-09", earlyCDX, `"timestamp": "2025-02-17T00:00:00Z"`,
		`"recommendation": "Update the probe firmware. Version 3.1.1, which is to fix it, is not yet released."`)
	kindtest.SaysNone(t, "CycloneDX VEX on 2025-03-09", earlyCDX, "2025-03-10", `"update"`)

	late := buildFixtureAsOf(t, "withdrawn", "2025-03-10", "sonabeat/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX on 2025-03-10", late, `"timestamp": "2025-03-10T00:00:00Z"`,
		"Until version 3.1.1, which fixes it, is installed")
	kindtest.SaysNone(t, "OpenVEX on 2025-03-10", late, "is to fix it")
	lateCDX := buildFixtureAsOf(t, "withdrawn", "2025-03-10", "sonabeat/vex-3.1.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX on 2025-03-10", lateCDX, `"timestamp": "2025-03-10T00:00:00Z"`,
		`"recommendation": "Update the probe firmware."`, `"update"`)
	kindtest.SaysNone(t, "CycloneDX VEX on 2025-03-10", lateCDX, "not yet released")
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
