package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestRemoteServiceByVersion: versions that state the same remote service
// (with deployment.remote_service, and the same network or none) form one
// run; a version that restates a key starts a new run, and a later one that
// restates it back starts another, since runs are of consecutive versions.
func TestRemoteServiceByVersion(t *testing.T) {
	three := twoVersions + "\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n"
	tests := []struct {
		name, src string
		want      string // each run: its versions, offered, telemetry, other functions, words
	}{
		{"no versions", remoteBase + "[remote_service]\noffered = true\n", "[] Yes Not stated [] ;"},
		{"versions that change nothing", remoteBase + "[remote_service]\noffered = false\ntelemetry = true\n" + twoVersions,
			"[1.0 2.0] No Yes [] ;"},
		{"a version stops the service", remoteBase + "[remote_service]\noffered = true\n" + twoVersions + "[versions.changes.remote_service]\noffered = false\n",
			"[1.0] Yes Not stated [] ;[2.0] No Not stated [] ;"},
		{"a version adds a function", remoteBase + "[remote_service]\nother_functions = [\"none\"]\n" + twoVersions + "[versions.changes.remote_service]\nother_functions = [\"training\"]\n",
			"[1.0] Not stated Not stated [none] ;[2.0] Not stated Not stated [training] ;"},
		{"a version starts recording sessions", remoteBase + "[remote_service]\noffered = true\n" + twoVersions + "[versions.changes.remote_service]\nsessions_recorded = true\n",
			"[1.0] Yes Not stated [] ;[2.0] Yes Not stated [] ;"},
		{"a version changes only the words", remoteBase + "[deployment]\nremote_service = \"By VPN.\"\n" + twoVersions + "[versions.changes.deployment]\nremote_service = \"None.\"\n",
			"[1.0] Not stated Not stated [] By VPN.;[2.0] Not stated Not stated [] None.;"},
		{"a change restated back starts a third run", remoteBase + "[remote_service]\ntelemetry = true\n" + three[:len(twoVersions)] + "[versions.changes.remote_service]\ntelemetry = false\n" + three[len(twoVersions):] + "[versions.changes.remote_service]\ntelemetry = true\n",
			"[1.0] Not stated Yes [] ;[2.0] Not stated No [] ;[3.0] Not stated Yes [] ;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			for _, d := range diags {
				if d.Severity == Error && strings.Contains(d.Path, "remote_service") {
					t.Fatalf("load: %v", d)
				}
			}
			got := ""
			for _, g := range p.RemoteServiceByVersion() {
				got += fmt.Sprintf("%v %s %s %v %s;", g.Versions, g.Offered, g.Telemetry, g.OtherFunctions, g.Words)
			}
			if got != tc.want {
				t.Errorf("runs:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestRemoteServiceGroupTexts: the lead-in names the run's versions, and
// SessionStated counts only the facts of a session, not whether one is
// offered nor the other remote functions.
func TestRemoteServiceGroupTexts(t *testing.T) {
	for _, tc := range []struct {
		versions []string
		want     string
	}{{nil, ""}, {[]string{"4.1.0"}, "Version 4.1.0"}, {[]string{"3.8.2", "4.1.0"}, "Versions 3.8.2 and 4.1.0"}} {
		if got := (RemoteServiceGroup{Versions: tc.versions}).VersionsText(); got != tc.want {
			t.Errorf("VersionsText(%v) = %q, want %q", tc.versions, got, tc.want)
		}
	}
	for _, tc := range []struct {
		r    RemoteService
		want bool
	}{
		{RemoteService{}, false},
		{RemoteService{Offered: True, Telemetry: True, OtherFunctions: []string{"training"}}, false},
		{RemoteService{EnabledAsShipped: False}, true},
		{RemoteService{CustomerControls: True}, true},
		{RemoteService{StartedBy: "customer"}, true},
		{RemoteService{SessionApproval: False}, true},
		{RemoteService{SessionIndicator: True}, true},
		{RemoteService{SessionsRecorded: False}, true},
		{RemoteService{PatientDataVisible: False}, true},
		{RemoteService{Connection: "outbound"}, true},
	} {
		if got := (RemoteServiceGroup{RemoteService: tc.r}).SessionStated(); got != tc.want {
			t.Errorf("SessionStated(%+v) = %v, want %v", tc.r, got, tc.want)
		}
	}
}
