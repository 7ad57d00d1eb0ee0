package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSAFNotDatedAfterTheBuild: withdrawn built as of 2025-03-09, the
// day before 3.1.1 fixes CVE-2025-99001 (fixed = 2025-03-10), wrote
// 3.1.0's CSAF VEX with current_release_date 2025-03-10 and a revision 2
// of that day, "Fix for CVE-2025-99001 released.", while its remediation
// said the fix was not yet released; the ROLIE feed and changes.csv
// dated it then too. Built then, its history ends with the last change
// by then (current release 2025-02-17: version 2, as 3.1.0 has stated
// CVE-2024-6135 fixed since its release on 2025-01-20, from its
// fixed_in); built on the fix's day it is revision 3 of that day.
func TestCSAFNotDatedAfterTheBuild(t *testing.T) {
	const csafFile = ".well-known/csaf/white/2025/sonabeat-3_1_0-vex.json"
	early := buildFixtureAsOf(t, "withdrawn", "2025-03-09", csafFile)
	kindtest.SaysAll(t, "CSAF VEX on 2025-03-09", early,
		`"current_release_date": "2025-02-17T00:00:00.000Z"`,
		`"revision_history": [ { "date": "2025-01-20T00:00:00.000Z", "number": "1", "summary": "Initial version: known vulnerabilities of Wrenfield SonaBeat 3.1.0." }, { "date": "2025-02-17T00:00:00.000Z", "number": "2", "summary": "CVE-2025-99001 added." } ], "status": "final", "version": "2"`)
	kindtest.SaysNone(t, "CSAF VEX on 2025-03-09", early, "2025-03-10", "Fix for CVE-2025-99001 released.")
	for _, p := range gocsafAdvisoryProblems("https://wrenfield.example/"+csafFile, []byte(early)) {
		t.Errorf("CSAF VEX on 2025-03-09: %s", p)
	}
	changes := buildFixtureAsOf(t, "withdrawn", "2025-03-09", ".well-known/csaf/white/changes.csv")
	kindtest.SaysAll(t, "changes.csv on 2025-03-09", changes, `"2025/sonabeat-3_1_0-vex.json","2025-02-17T00:00:00.000Z"`)
	kindtest.SaysNone(t, "changes.csv on 2025-03-09", changes, `"2025/sonabeat-3_1_0-vex.json","2025-03-10`)
	feed := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "feed.xml")
	kindtest.SaysAll(t, "feed on 2025-03-09", feed, "Known vulnerabilities of Wrenfield SonaBeat 3.1.0 urn:uuid:34b67d5d-83e4-5f65-9874-002a418b1a2b 2025-02-17T00:00:00Z CSAF 2.0 vex document SONABEAT-3.1.0-VEX, version 2.")
	kindtest.SaysNone(t, "feed on 2025-03-09", feed, "SONABEAT-3.1.0-VEX, version 3")

	late := buildFixtureAsOf(t, "withdrawn", "2025-03-10", csafFile)
	kindtest.SaysAll(t, "CSAF VEX on 2025-03-10", late,
		`"current_release_date": "2025-03-10T00:00:00.000Z"`,
		`{ "date": "2025-03-10T00:00:00.000Z", "number": "3", "summary": "Fix for CVE-2025-99001 released." } ], "status": "final", "version": "3"`)
	for _, p := range gocsafAdvisoryProblems("https://wrenfield.example/"+csafFile, []byte(late)) {
		t.Errorf("CSAF VEX on 2025-03-10: %s", p)
	}
}
