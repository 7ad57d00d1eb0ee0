package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSAFNamesTheFixToCome: built as of 2025-03-09, the day before
// withdrawn's 3.1.1 fixes CVE-2025-99001, the OpenVEX statement said
// "Until version 3.1.1, which is to fix it, is released and installed"
// while the CSAF VEX gave only the data's "Update the probe firmware."
// under none_available: an update that did not exist yet. It now names
// the version to come; from 2025-03-10 the fix is out (vendor_fix) and
// nothing is said to be unreleased.
func TestCSAFNamesTheFixToCome(t *testing.T) {
	const csafFile = ".well-known/csaf/white/2025/sonabeat-3_1_0-vex.json"
	const toCome = "Version 3.1.1, which is to fix it, is not yet released."
	before := buildFixtureAsOf(t, "withdrawn", "2025-03-09", csafFile)
	kindtest.SaysAll(t, "CSAF VEX, 2025-03-09", before,
		`"category": "none_available", "details": "Update the probe firmware. `+toCome+`"`)
	kindtest.SaysNone(t, "CSAF VEX, 2025-03-09", before, `"vendor_fix"`)
	for _, p := range gocsafAdvisoryProblems("https://wrenfield.example/"+csafFile, []byte(before)) {
		t.Errorf("CSAF VEX, 2025-03-09: %s", p)
	}
	openvex := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX, 2025-03-09", openvex, "Until version 3.1.1, which is to fix it, is released and installed")

	after := buildFixtureAsOf(t, "withdrawn", "2025-03-10", csafFile)
	kindtest.SaysAll(t, "CSAF VEX, 2025-03-10", after, `"category": "vendor_fix", "date": "2025-03-10T00:00:00.000Z", "details": "Update the probe firmware."`)
	kindtest.SaysNone(t, "CSAF VEX, 2025-03-10", after, "not yet released", `"none_available"`)
}
