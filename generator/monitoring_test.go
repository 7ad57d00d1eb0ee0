package generator

import (
	"strings"
	"testing"
)

// buildMonitoring builds testdata/monitoring: a networked patient
// monitoring system in hospital wards and ICUs. Bedside monitors
// (embedded Linux) and a telemetry receiver are wired to the hospital's
// monitoring VLAN; body-worn transmitters reach the receiver only by a
// proprietary WMTS radio (608–614 MHz, no IP); central stations (Windows)
// at the nurses' stations show every patient; a monitoring server of two
// virtual machines the hospital hosts keeps 72 hours of waveforms, sends
// vital signs to the EHR (HL7 v2 ORU, ADT in) and alarms to another
// maker's alarm middleware, which sends alarm status back. No remote
// service; the hospital's biomedical engineering team installs updates.
// Version 3.4 is in limited support with its end of support set, 4.0
// current with none set, and 4.0.1, planned to fix an uncontrolled
// vulnerability in the alarm forwarding (advisory VMS-SA-2026-01), is not
// yet generally available on the documents' dates.
func buildMonitoring(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "monitoring")
}

// TestMonitoringCheckIsClean: the fixture has no error, and only the
// warnings its file's header explains, each true of the data.
func TestMonitoringCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "monitoring", "", nil)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "versions[1]: version 4.0 is in Support and its end_of_life is not set, but major components have lost or will lose their support"),
			strings.HasPrefix(line, "versions[2]: version 4.0.1 will be in Support from 2026-02-09 and its end_of_life is not set, but major components have lost or will lose their support"),
			strings.HasPrefix(line, "threats: threat model has no threat for the"),
			strings.HasPrefix(line, "controls: no control in the FDA category"),
			strings.HasPrefix(line, "architecture: no \"Security use case views\" architecture view"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}
