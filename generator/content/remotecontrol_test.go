package content

import (
	"strings"
	"testing"
)

// rcEntry is a [[remote_control]] entry through the service centre part
// of remoteBase, with extra keys appended.
func rcEntry(table, name, extra string) string {
	return "\n[[" + table + "]]\nname = \"" + name + "\"\nby = \"The prescribing physician\"\nsettings = \"The prescribed pressure\"\npart = \"rsc\"\n" + extra
}

// TestRemoteControlFacts: check reports a remote control entry that
// names no part, says who turns it off beside a can_disable that is not
// true, or reaches a device that joins no network; and says nothing where
// the facts agree.
func TestRemoteControlFacts(t *testing.T) {
	noNet := "schema_version = 2\nid = \"p\"\nports = []\n[[interfaces]]\nid = \"usb\"\nkind = \"usb\"\nname = \"USB\"\npurpose = \"Export\"\n"
	tests := []struct {
		name, src string
		want      []string // the diagnostics' starts, in order
	}{
		{"agrees", remoteBase + portOutVPN + rcEntry("remote_control", "Remote pressure", "can_disable = true\ndisabled_by = \"The DME supplier, in the portal\"\n"), nil},
		{"unknown part", remoteBase + portOutVPN + strings.Replace(rcEntry("remote_control", "Remote pressure", ""), `part = "rsc"`, `part = "portal"`, 1),
			[]string{`remote_control[0].part: unknown part "portal" (want one of dev, rsc)`}},
		{"who turns it off, can_disable not written", remoteBase + portOutVPN + rcEntry("remote_control", "Remote pressure", "disabled_by = \"The DME supplier\"\n"),
			[]string{`warning: remote_control[0].disabled_by: remote_control "Remote pressure" says who turns it off, but does not say it can be turned off (can_disable not written)`}},
		{"who turns it off, cannot be turned off", remoteBase + portOutVPN + rcEntry("remote_control", "Remote pressure", "can_disable = false\ndisabled_by = \"The DME supplier\"\n"),
			[]string{`warning: remote_control[0].disabled_by: remote_control "Remote pressure" says who turns it off, but says it cannot be turned off (can_disable = false)`}},
		{"cannot be turned off, no one named", remoteBase + portOutVPN + rcEntry("remote_control", "Remote pressure", "can_disable = false\n"), nil},
		{"missing settings", remoteBase + portOutVPN + strings.Replace(rcEntry("remote_control", "Remote pressure", ""), "settings = \"The prescribed pressure\"\n", "", 1),
			[]string{"remote_control[0].settings: missing required key"}},
		{"two with one name", remoteBase + portOutVPN + rcEntry("remote_control", "Remote pressure", "") + rcEntry("remote_control", "Remote pressure", ""),
			[]string{`remote_control[1].name: duplicate name "Remote pressure"`}},
		{"no network", strings.Replace(noNet, "[[interfaces]]", "[[parts]]\nid = \"rsc\"\nname = \"Device\"\nruns = \"device\"\n\n[[interfaces]]", 1) + rcEntry("remote_control", "Remote pressure", ""),
			[]string{`warning: remote_control[0]: remote_control "Remote pressure" says a person changes the device's settings from another device over a network, but the product joins no network`}},
		{"written empty, no network", strings.Replace(noNet, "ports = []\n", "ports = []\nremote_control = []\n", 1), nil},
		{"a version adds one through an unknown part", remoteBase + portOutVPN + twoVersions + strings.Replace(rcEntry("versions.changes.remote_control_added", "Remote bolus", ""), `part = "rsc"`, `part = "phone"`, 1),
			[]string{`versions[1].changes.remote_control_added[0].part: unknown part "phone"`}},
		{"a version removes one the first does not have", remoteBase + portOutVPN + twoVersions + "[versions.changes]\nremote_control_removed = [\"Remote bolus\"]\n",
			[]string{`versions[1].changes.remote_control_removed[0]`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "remote_control") }, tc.want)
		})
	}
}

// TestRemoteControlVersions: a function a later version adds is no
// function of the earlier version (not stated there, not "none"); one
// written empty says none; the key path of a view's entry is where the
// version wrote it; the plan's groups follow the versions.
func TestRemoteControlVersions(t *testing.T) {
	p, diags := loadParts(t, remoteBase+portOutVPN+twoVersions+rcEntry("versions.changes.remote_control_added", "Remote bolus", "patient_notified = true\n"))
	for _, d := range diags.Errors() {
		if strings.Contains(d.Path, "remote_control") {
			t.Fatal(d)
		}
	}
	first, second := p.At("1.0"), p.At("2.0")
	if len(first.RemoteControl) != 0 || first.States("remote_control") {
		t.Errorf("version 1.0 reads %v, stated %v: want not stated", first.RemoteControl, first.States("remote_control"))
	}
	if len(second.RemoteControl) != 1 || !second.RemoteControl[0].PatientNotified.IsTrue() || second.RemoteControl[0].EnabledAsShipped.Known() {
		t.Fatalf("version 2.0 reads %+v", second.RemoteControl)
	}
	if got, want := second.RemoteControlPath(0), "versions[1].changes.remote_control_added[0]"; got != want {
		t.Errorf("path %q, want %q", got, want)
	}
	g := p.RemoteControlByVersion()
	if len(g) != 2 || g[0].Stated || !g[1].Stated || g[1].VersionsText() != "Version 2.0" || g[1].Entries[0].Name != "Remote bolus" {
		t.Errorf("groups %+v", g)
	}

	// Written empty: stated, and none, for every version; one group.
	p, _ = loadParts(t, strings.Replace(remoteBase, "id = \"p\"\n", "id = \"p\"\nremote_control = []\n", 1)+portOutVPN+twoVersions)
	if !p.At("2.0").States("remote_control") || len(p.At("2.0").RemoteControl) != 0 {
		t.Errorf("remote_control = [] not read as stated and none")
	}
	if g := p.RemoteControlByVersion(); len(g) != 1 || !g[0].Stated || g[0].VersionsText() != "Versions 1.0 and 2.0" {
		t.Errorf("groups %+v", g)
	}

	// Not written at all: the plan says nothing.
	p, _ = loadParts(t, remoteBase+portOutVPN+twoVersions)
	if g := p.RemoteControlByVersion(); g != nil {
		t.Errorf("groups %+v, want none", g)
	}

	// The first version's entry, kept by the second, is written at the top.
	p, _ = loadParts(t, remoteBase+portOutVPN+rcEntry("remote_control", "Remote pressure", "")+twoVersions+"[versions.changes]\nremote_control_removed = [\"Remote pressure\"]\n")
	if got := p.At("1.0").RemoteControlPath(0); got != "remote_control[0]" {
		t.Errorf("path %q", got)
	}
	if rc := p.At("2.0"); len(rc.RemoteControl) != 0 || !rc.States("remote_control") {
		t.Errorf("version 2.0 reads %+v: want stated and none", rc.RemoteControl)
	}
}
