package generator

import (
	"strings"
	"testing"
)

// TestScope78PatchTimelineScope: a timeline by severity stated for the
// cloud only (eprotrial: critical_severity_parts = ["cloud"]) is printed
// for the cloud only in the CSD and on the lifecycle page, never as the
// whole product's, and alone does not make the lifecycle page say the
// versions are supported with security updates; the cloud's own
// patching (parts.patching) replaces "Not stated" in the responsibility
// table. A "fix or mitigation" timeline (wmtstelemetry:
// critical_severity_remedy = "fix_or_mitigation") is printed "fixed or
// mitigated", never "patched"; a regular_cycle with no release_cadence
// is labelled the regular update cycle, not the regular releases.
func TestScope78PatchTimelineScope(t *testing.T) {
	ep := buildFixture(t, "eprotrial")
	csd, life := ep("eprotrial/csd.md"), ep("eprotrial/lifecycle.md")
	const cloudOnly = "within 7 days, for the Veritrial ePRO cloud service only; no such time is stated for the Veritrial ePRO app"
	for _, c := range []struct{ doc, text, want string }{
		{"csd.md", csd, "Vulnerabilities of critical severity patched " + cloudOnly + "."},
		{"csd.md", csd, "| Vulnerability of critical severity | Patched " + cloudOnly + " |"},
		{"csd.md", csd, "| Veritrial ePRO cloud service | Hosted by the manufacturer | Veritrial updates the cloud service continuously. |"},
		{"lifecycle.md", life, "| Released and supported; a vulnerability of critical severity patched " + cloudOnly + "."},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("eprotrial %s lacks %q", c.doc, c.want)
		}
	}
	for _, c := range []struct{ doc, text, bad string }{
		{"csd.md", csd, "patched within 7 days. "},
		{"csd.md", csd, "| Patched within 7 days |"},
		{"lifecycle.md", life, "supported with security updates"},
	} {
		if strings.Contains(c.text, c.bad) {
			t.Errorf("eprotrial %s still says %q", c.doc, c.bad)
		}
	}

	wm := buildFixture(t, "wmtstelemetry")
	csd, life = wm("teletrack/csd.md"), wm("teletrack/lifecycle.md")
	for _, c := range []struct{ doc, text, want string }{
		{"csd.md", csd, "Vulnerabilities of critical severity fixed or mitigated within 60 days."},
		{"csd.md", csd, "| Vulnerability of critical severity | Fixed or mitigated within 60 days |"},
		{"csd.md", csd, "| Regular update cycle | Quarterly: Corvane's service installs"},
		{"lifecycle.md", life, "| Released and supported; a vulnerability of critical severity fixed or mitigated within 60 days."},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("wmtstelemetry %s lacks %q", c.doc, c.want)
		}
	}
	for _, c := range []struct{ doc, text, bad string }{
		{"csd.md", csd, "| Regular releases | Quarterly"},
		{"csd.md", csd, "severity patched"},
		{"lifecycle.md", life, "severity patched"},
		{"lifecycle.md", life, "supported with security updates"},
	} {
		if strings.Contains(c.text, c.bad) {
			t.Errorf("wmtstelemetry %s still says %q", c.doc, c.bad)
		}
	}
}
