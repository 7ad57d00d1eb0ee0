package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSAFNamesTheFixToCome: built as of 2026-01-20, before monitoring's
// 4.0.1 (general availability 2026-02-09) fixes CVE-2025-67410, with a
// remediation that only says "Upgrade to version 4.0.1.", the CSAF VEX
// must not send readers to an update that does not exist yet: under
// none_available it names the version to come, as the OpenVEX statement's
// "Until version 4.0.1, which is to fix it, is released and installed".
// From 2026-02-09 the fix is out (vendor_fix) and nothing is said to be
// unreleased. (It was shown on withdrawn as of 2025-03-09, whose fix is
// dated by fixed = 2025-03-10: the files now state no fix then at all,
// TestVEXNotDatedAfterTheBuild.)
func TestCSAFNamesTheFixToCome(t *testing.T) {
	const csafFile = ".well-known/csaf/white/2026/sentinel-pm-4_0-vex.json"
	const toCome = "Version 4.0.1, which is to fix it, is not yet released."
	upgrade := kindtest.Replace(`remediation = "Version 4.0.1, planned for release on 9 February 2026, authenticates alarm status messages (TLS with the middleware's certificate). Customers on 3.4 upgrade to 4.0.1."`,
		`remediation = "Upgrade to version 4.0.1."`)
	build := func(asOf, rel string) string {
		return buildFixtureAsOfEdited(t, "monitoring", asOf, "sentinel-pm.toml", upgrade, rel)
	}
	before := build("2026-01-20", csafFile)
	kindtest.SaysAll(t, "CSAF VEX, 2026-01-20", before,
		`"category": "none_available", "details": "Upgrade to version 4.0.1. `+toCome+`"`)
	kindtest.SaysNone(t, "CSAF VEX, 2026-01-20", before, `"vendor_fix"`)
	for _, p := range gocsafAdvisoryProblems("https://vantor.example/"+csafFile, []byte(before)) {
		t.Errorf("CSAF VEX, 2026-01-20: %s", p)
	}
	cdxBefore := build("2026-01-20", "sentinel-pm/vex-4.0.cdx.json")
	kindtest.SaysAll(t, "CycloneDX VEX, 2026-01-20", cdxBefore, `"recommendation": "Upgrade to version 4.0.1. `+toCome+`"`)
	openvex := build("2026-01-20", "sentinel-pm/vex-4.0.openvex.json")
	kindtest.SaysAll(t, "OpenVEX, 2026-01-20", openvex, "Until version 4.0.1, which is to fix it, is released and installed")
	kindtest.SaysNone(t, "OpenVEX, 2026-01-20", openvex, "is not yet released") // the controls' "Until" says it once

	after := build("2026-02-09", csafFile)
	kindtest.SaysAll(t, "CSAF VEX, 2026-02-09", after, `"category": "vendor_fix", "details": "Upgrade to version 4.0.1."`)
	kindtest.SaysNone(t, "CSAF VEX, 2026-02-09", after, "not yet released", `"none_available"`)
}

// TestFixToComeSaidOnce: monitoring's own remediation says "Version
// 4.0.1, planned for release on 9 February 2026, authenticates …". Built
// before that day, its CycloneDX and CSAF files added "Version 4.0.1,
// which is to fix it, is not yet released." beside it, saying twice that
// 4.0.1 is still to come. A remediation naming the version and the day it
// is due is now left to say so alone; one naming only the version keeps
// the sentence (TestCSAFNamesTheFixToCome).
func TestFixToComeSaidOnce(t *testing.T) {
	const own = "Version 4.0.1, planned for release on 9 February 2026, authenticates alarm status messages (TLS with the middleware's certificate). Customers on 3.4 upgrade to 4.0.1."
	for _, rel := range []string{
		"sentinel-pm/vex-4.0.cdx.json", "sentinel-pm/vex-3.4.cdx.json",
		".well-known/csaf/white/2026/sentinel-pm-4_0-vex.json", ".well-known/csaf/white/2026/sentinel-pm-3_4-vex.json",
		".well-known/csaf/white/2026/vms-sa-2026-01.json",
	} {
		got := buildFixtureAsOf(t, "monitoring", "2026-01-20", rel)
		kindtest.SaysAll(t, rel, got, `"`+own+`"`)
		kindtest.SaysNone(t, rel, got, "which is to fix it, is not yet released")
	}
}

// TestOpenVEXNamesTheFixToComeWithoutControls: with no compensating
// controls there is no "Until version 4.0.1, which is to fix it, is
// released" to say that the fix is still to come, and the OpenVEX action
// and the CSD's action cell gave only the data's "Upgrade to version
// 4.0.1.", an update that does not exist yet, where the CycloneDX and
// CSAF files named it as still to come. Both now say so too, until the
// version is out.
func TestOpenVEXNamesTheFixToComeWithoutControls(t *testing.T) {
	const toCome = "Upgrade to version 4.0.1. Version 4.0.1, which is to fix it, is not yet released."
	edit := func(s string) string {
		s = kindtest.Replace(`remediation = "Version 4.0.1, planned for release on 9 February 2026, authenticates alarm status messages (TLS with the middleware's certificate). Customers on 3.4 upgrade to 4.0.1."`,
			`remediation = "Upgrade to version 4.0.1."`)(s)
		i := strings.Index(s, "compensating_controls = [\n  \"Let only the alarm middleware's address")
		j := strings.Index(s[max(i, 0):], "]\n")
		if i < 0 || j < 0 {
			t.Fatal("monitoring: CVE-2025-67410's compensating controls not found")
		}
		return s[:i] + s[i+j+2:]
	}
	build := func(asOf, rel string) string {
		return buildFixtureAsOfEdited(t, "monitoring", asOf, "sentinel-pm.toml", edit, rel)
	}
	for _, rel := range []string{"sentinel-pm/vex-4.0.openvex.json", "sentinel-pm/vex-3.4.openvex.json", "sentinel-pm/csd.md"} {
		before := build("2026-01-20", rel)
		kindtest.SaysAll(t, rel+", 2026-01-20", before, toCome)
		kindtest.SaysNone(t, rel+", 2026-01-20", before, "Until version 4.0.1")
	}
	after := build("2026-02-09", "sentinel-pm/vex-4.0.openvex.json")
	kindtest.SaysNone(t, "OpenVEX, 2026-02-09", after, "not yet released")
}
