package generator

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// csafVEXDates is what a CSAF VEX document says about its own dates and
// its vulnerabilities' dates.
type csafVEXDates struct {
	Document struct {
		Tracking struct {
			Initial  string `json:"initial_release_date"`
			Current  string `json:"current_release_date"`
			Revision []struct {
				Date, Number, Summary string
			} `json:"revision_history"`
		} `json:"tracking"`
	} `json:"document"`
	Vulnerabilities []csafVEXVuln `json:"vulnerabilities"`
}

type csafVEXVuln struct {
	CVE       string `json:"cve"`
	Discovery string `json:"discovery_date"`
	Release   string `json:"release_date"`
}

// TestCSAFVEXNotReleasedBeforeDisclosure: a version's CSAF VEX (TLP:WHITE,
// published to everyone) is first released, and names a vulnerability,
// no earlier than its public disclosure. A vulnerability the manufacturer
// learnt of before its coordinated disclosure dated the document at its
// discovery: the monitoring system's VEX of 3.4 and 4.0 said "Initial
// version" on 2025-12-15 (in the 2025 folder), four weeks before advisory
// VMS-SA-2026-01 disclosed CVE-2025-67410 on 2026-01-12, then "publicly
// disclosed" as a revision; ResultRoute 5.2.0's on 2025-08-04, before
// CVE-2025-41803's disclosure on 2025-09-15; Cortexa FX 2.2's said
// "CVE-2026-28114 added" on 2026-09-21, eight days before its disclosure.
// Every CSAF VEX of the fixtures with vulnerabilities disclosed after
// their discovery is held to the rule.
func TestCSAFVEXNotReleasedBeforeDisclosure(t *testing.T) {
	want := map[string]map[string]string{ // fixture → file → revision history
		"monitoring": {
			".well-known/csaf/white/2026/sentinel-pm-3_4-vex.json": "1 2026-01-12 Initial version: known vulnerabilities of Vantor Sentinel Patient Monitoring System 3.4.",
			".well-known/csaf/white/2026/sentinel-pm-4_0-vex.json": "1 2026-01-12 Initial version: known vulnerabilities of Vantor Sentinel Patient Monitoring System 4.0.",
		},
		"healthit": {
			".well-known/csaf/white/2025/resultroute-5_2_0-vex.json": "1 2025-09-15 Initial version: known vulnerabilities of Ardent ResultRoute 5.2.0.\n" +
				"2 2025-10-01 Fix for CVE-2025-41803 released.",
		},
		"selfhosted": {
			".well-known/csaf/white/2025/cortexa-fx-2_2-vex.json": "1 2025-04-07 Initial version: known vulnerabilities of Cortexa FX 2.2.\n" +
				"2 2025-08-13 CVE-2025-53859 added.\n" +
				"3 2026-03-19 CVE-2026-32711 added.\n" +
				"4 2026-06-15 Fix for CVE-2024-24790 released.\n" +
				"5 2026-09-29 CVE-2026-28114 added.",
			".well-known/csaf/white/2026/cortexa-fx-2_3-vex.json": "1 2026-06-15 Initial version: known vulnerabilities of Cortexa FX 2.3.\n" +
				"2 2026-09-29 CVE-2026-28114 added.",
		},
	}
	for _, fixture := range []string{"monitoring", "healthit", "selfhosted"} {
		t.Run(fixture, func(t *testing.T) { vexDatesOf(t, fixture, want[fixture]) })
	}
}

// vexDatesOf holds each CSAF VEX of the fixture (file → revision history
// as "number date summary" lines) to its history and to the rule.
func vexDatesOf(t *testing.T, fixture string, want map[string]string) {
	site := buildFixture(t, fixture)
	for rel, history := range want {
		var doc csafVEXDates
		if err := json.Unmarshal([]byte(site(rel)), &doc); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		tr := doc.Document.Tracking
		var lines []string
		for _, r := range tr.Revision {
			lines = append(lines, fmt.Sprintf("%s %s %s", r.Number, r.Date[:10], r.Summary))
		}
		if got := strings.Join(lines, "\n"); got != history {
			t.Errorf("%s: revision history\n%s\nwant\n%s", rel, got, history)
		}
		if len(tr.Revision) > 0 && tr.Initial != tr.Revision[0].Date {
			t.Errorf("%s: initial_release_date %s, not the first revision's %s", rel, tr.Initial, tr.Revision[0].Date)
		}
		// The general rule: no vulnerability is in the document
		// before its disclosure.
		for _, v := range doc.Vulnerabilities {
			if v.Release == "" {
				continue
			}
			if v.Release > tr.Current {
				t.Errorf("%s: current release %s, before %s's disclosure %s", rel, tr.Current, v.CVE, v.Release)
			}
			for _, r := range tr.Revision {
				if r.Date < v.Release && strings.Contains(r.Summary, v.CVE) {
					t.Errorf("%s: revision %s on %s names %s, disclosed %s", rel, r.Number, r.Date[:10], v.CVE, v.Release[:10])
				}
			}
			if first := tr.Initial; first < v.Release && !slices.ContainsFunc(doc.Vulnerabilities, func(w csafVEXVuln) bool {
				return max(w.Discovery, w.Release) <= first
			}) {
				t.Errorf("%s: first released %s, before any of its vulnerabilities was public (%s on %s)", rel, first[:10], v.CVE, v.Release[:10])
			}
		}
	}
}
