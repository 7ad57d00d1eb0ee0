package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestPatchingScope: critical_severity_parts limits the timeline by
// severity to the parts it names (printed "for the X only; no such time
// is stated for the Y"); naming every part is the whole product's
// timeline; critical_severity_remedy = "fix_or_mitigation" is printed
// "fixed or mitigated", never "patched", and, like a scoped timeline,
// does not alone make the versions "supported with security updates".
// An unknown part, one named twice, an empty list and either key without
// critical_severity_days are errors.
func TestPatchingScope(t *testing.T) {
	const src = `schema_version = 2
id = "p"

[[parts]]
id = "app"
name = "Trial app"
runs = "customer_device"

[[parts]]
id = "cloud"
name = "Trial cloud service"
runs = "manufacturer_hosted"

[postmarket.patching]
`
	tests := []struct {
		name, keys   string
		clause, done string
		updates      bool
		want         []string
	}{
		{"not scoped", "critical_severity_days = 7", "", "patched", true, nil},
		{"cloud only", "critical_severity_days = 7\ncritical_severity_parts = [\"cloud\"]",
			", for the Trial cloud service only; no such time is stated for the Trial app", "patched", false, nil},
		{"every part", "critical_severity_days = 7\ncritical_severity_parts = [\"app\", \"cloud\"]", "", "patched", true, nil},
		{"fix or mitigation", "critical_severity_days = 60\ncritical_severity_remedy = \"fix_or_mitigation\"", "", "fixed or mitigated", false, nil},
		{"patch written", "critical_severity_days = 60\ncritical_severity_remedy = \"patch\"", "", "patched", true, nil},
		{"unknown part", "critical_severity_days = 7\ncritical_severity_parts = [\"portal\"]", "", "patched", true,
			[]string{`postmarket.patching.critical_severity_parts[0]: unknown part "portal"`}},
		{"named twice", "critical_severity_days = 7\ncritical_severity_parts = [\"cloud\", \"cloud\"]",
			", for the Trial cloud service only; no such time is stated for the Trial app", "patched", false,
			[]string{`critical_severity_parts[1]: "cloud" is listed twice`}},
		{"empty list", "critical_severity_days = 7\ncritical_severity_parts = []", "", "patched", true,
			[]string{`critical_severity_parts: an empty list names no part`}},
		{"parts without days", "critical_severity_parts = [\"cloud\"]", ", for the Trial cloud service only; no such time is stated for the Trial app", "patched", false,
			[]string{`critical_severity_parts: names the parts critical_severity_days is stated for, but critical_severity_days is not written`}},
		{"remedy without days", "critical_severity_remedy = \"fix_or_mitigation\"", "", "fixed or mitigated", false,
			[]string{`critical_severity_remedy: says what critical_severity_days promises, but critical_severity_days is not written`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, src+tc.keys+"\n")
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Path, "critical_severity_parts") || strings.Contains(d.Path, "critical_severity_remedy")
			}, tc.want)
			if got := p.SeverityScopeClause(); got != tc.clause {
				t.Errorf("SeverityScopeClause = %q; want %q", got, tc.clause)
			}
			if got := p.Postmarket.Patching.SeverityDone(); got != tc.done {
				t.Errorf("SeverityDone = %q; want %q", got, tc.done)
			}
			if got := p.SeverityMeansUpdates(); got != tc.updates {
				t.Errorf("SeverityMeansUpdates = %v; want %v", got, tc.updates)
			}
		})
	}
}

// TestPatchingScopeRemedyValues: critical_severity_remedy takes patch or
// fix_or_mitigation only.
func TestPatchingScopeRemedyValues(t *testing.T) {
	p := &Product{}
	_, diags, _ := DecodeTOML("p.toml", []byte("schema_version = 2\nid = \"p\"\n[postmarket.patching]\ncritical_severity_days = 7\ncritical_severity_remedy = \"mitigated\"\n"), p)
	if !strings.Contains(fmt.Sprint(diags), "critical_severity_remedy") {
		t.Errorf("an unknown remedy decodes without an error: %v", diags)
	}
}
