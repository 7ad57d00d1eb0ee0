package content

import (
	"strings"
	"testing"
)

// TestTelemetryPurposesChecks: telemetry_purposes is checked as
// telemetry_as_shipped is (a warning without telemetry = true, in each
// version's view), and an empty list or a purpose named twice is an
// error wherever it is written.
func TestTelemetryPurposesChecks(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // the diagnostics' starts, in order
	}{
		{"telemetry for product improvement", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"product_improvement\"]\n", nil},
		{"telemetry for both", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"maintenance\", \"product_improvement\"]\n", nil},
		{"telemetry, purposes not written", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\n", nil},
		{"no telemetry, yet purposes", remoteBase + portOutVPN + "[remote_service]\ntelemetry = false\ntelemetry_purposes = [\"product_improvement\"]\n",
			[]string{"warning: remote_service.telemetry_purposes: remote_service.telemetry_purposes says what telemetry is for, but remote_service says the device sends none (telemetry = false): write telemetry = true, or remove the key"}},
		{"telemetry not written, purposes are", remoteBase + portOutVPN + "[remote_service]\ntelemetry_purposes = [\"maintenance\"]\n",
			[]string{"warning: remote_service.telemetry_purposes: remote_service.telemetry_purposes says what telemetry is for, but remote_service does not say the device sends any (telemetry not written)"}},
		{"an empty list", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = []\n",
			[]string{"remote_service.telemetry_purposes: an empty list names no purpose of the telemetry: name what it is for (maintenance, product_improvement), or leave the key out"}},
		{"a purpose twice", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"product_improvement\", \"maintenance\", \"product_improvement\"]\n",
			[]string{`remote_service.telemetry_purposes[2]: "product_improvement" is listed twice`}},
		{"a version adds telemetry for product improvement", remoteBase + portOutVPN + "[remote_service]\ntelemetry = false\n" + twoVersions + "[versions.changes.remote_service]\ntelemetry = true\ntelemetry_purposes = [\"product_improvement\"]\n", nil},
		{"a version stops the telemetry, its purposes kept", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"maintenance\"]\n" + twoVersions + "[versions.changes.remote_service]\ntelemetry = false\n",
			[]string{"warning: remote_service.telemetry_purposes: remote_service.telemetry_purposes says what telemetry is for, but remote_service says the device sends none (telemetry = false)"}},
		{"a version names a purpose twice", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\n" + twoVersions + "[versions.changes.remote_service]\ntelemetry_purposes = [\"maintenance\", \"maintenance\"]\n",
			[]string{`versions[1].changes.remote_service.telemetry_purposes[1]: "maintenance" is listed twice`}},
		{"a version writes an empty list", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"maintenance\"]\n" + twoVersions + "[versions.changes.remote_service]\ntelemetry_purposes = []\n",
			[]string{"versions[1].changes.remote_service.telemetry_purposes: an empty list names no purpose of the telemetry"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "telemetry_purposes") }, tc.want)
		})
	}
}

// TestTelemetryPurposesDecode: a purpose outside the vocabulary is
// refused at its key.
func TestTelemetryPurposesDecode(t *testing.T) {
	_, diags := loadParts(t, remoteBase+"[remote_service]\ntelemetry = true\ntelemetry_purposes = [\"clinical\"]\n")
	for _, d := range diags {
		if d.Path == "remote_service.telemetry_purposes[0]" && d.Severity == Error && strings.Contains(d.Message, "maintenance, product_improvement") {
			return
		}
	}
	t.Fatalf("no error for telemetry_purposes = [\"clinical\"]: %v", diags)
}

// TestTelemetryPurposeWords: what the documents say the telemetry is for,
// and whether it answers RMOT-2's question (data for maintenance). Not
// written, telemetry keeps its documented meaning, maintenance; written
// beside telemetry = true, the purposes decide.
func TestTelemetryPurposeWords(t *testing.T) {
	tests := []struct {
		name        string
		r           RemoteService
		text        string
		maintenance Tri
	}{
		{"telemetry, purposes not written", RemoteService{Telemetry: True}, "for maintenance", True},
		{"product improvement only", RemoteService{Telemetry: True, TelemetryPurposes: []string{"product_improvement"}}, "for product improvement", False},
		{"maintenance only", RemoteService{Telemetry: True, TelemetryPurposes: []string{"maintenance"}}, "for maintenance", True},
		{"both, in the product's order", RemoteService{Telemetry: True, TelemetryPurposes: []string{"product_improvement", "maintenance"}}, "for product improvement and maintenance", True},
		{"no telemetry", RemoteService{Telemetry: False}, "for maintenance", False},
		{"no telemetry, purposes written (check warns)", RemoteService{Telemetry: False, TelemetryPurposes: []string{"product_improvement"}}, "for maintenance", False},
		{"telemetry not written, purposes written (check warns)", RemoteService{TelemetryPurposes: []string{"product_improvement"}}, "for maintenance", Unstated},
		{"nothing written", RemoteService{}, "for maintenance", Unstated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.TelemetryPurposeText(); got != tc.text {
				t.Errorf("TelemetryPurposeText() = %q, want %q", got, tc.text)
			}
			if got := tc.r.TelemetryForMaintenance(); got != tc.maintenance {
				t.Errorf("TelemetryForMaintenance() = %v, want %v", got, tc.maintenance)
			}
		})
	}
	if !(RemoteService{TelemetryPurposes: []string{"maintenance"}}).OtherStated() {
		t.Error("telemetry_purposes alone is not read as stated")
	}
}

// TestTelemetryPurposesSplitVersions: versions whose telemetry differs
// only in its purposes are told apart in the security plan.
func TestTelemetryPurposesSplitVersions(t *testing.T) {
	p, _ := loadParts(t, remoteBase+portOutVPN+"[remote_service]\ntelemetry = true\n"+twoVersions+"[versions.changes.remote_service]\ntelemetry_purposes = [\"product_improvement\"]\n")
	groups := p.RemoteServiceByVersion()
	if len(groups) != 2 {
		t.Fatalf("got %d groups %+v; want one per version", len(groups), groups)
	}
	if a, b := groups[0].TelemetryPurposeText(), groups[1].TelemetryPurposeText(); a != "for maintenance" || b != "for product improvement" {
		t.Errorf("groups say %q and %q", a, b)
	}
}
