package content

import (
	"fmt"
	"slices"
)

// RemoteControl is one way a person away from the device changes its
// clinical settings, or starts or stops its therapy, from another device
// over a network: a sleep physician changing a home CPAP's pressure in the
// manufacturer's cloud portal, a caregiver's remote bolus, a physician
// titrating a ventilator from a central station. It is the customer's
// users' (or the patient's carers') use of the device, not the
// manufacturer's: the manufacturer's own remote changes are
// remote_service.other_functions' configuration. A paired app or remote
// control at the device's side is not one. The list [[remote_control]]
// not written is not stated; remote_control = [] says the device has no
// such function over a network (its own parts may still send it therapy
// or configuration: RemoteControlInProductText).
type RemoteControl struct {
	Name             string `toml:"name" jsp:"required" doc:"Short name of the function (\"Remote pressure changes\", \"Remote bolus\"); a version's changes name it by this."`
	By               string `toml:"by" jsp:"required" doc:"Who can use it, by role: the prescribing physician, the DME supplier's staff, a caregiver the patient invites, an ICU physician at a central station."`
	Settings         string `toml:"settings" jsp:"required" doc:"Which clinical settings they can change, or which therapy actions they can start or stop, and within which limits (\"the prescribed pressure and mode; therapy cannot be started or stopped remotely\")."`
	Part             string `toml:"part" jsp:"required" doc:"ID of the part of [[parts]] through which they do it: the part they work in (a cloud portal's part, a central station) or that relays their request."`
	Authentication   string `toml:"authentication" doc:"How the remote user is authenticated, and what authorises the change (an account with a second factor, a prescription on file, a confirmation of each request). Not written: the documents say it is not stated."`
	DeviceChecks     string `toml:"device_checks" doc:"What the device checks before it applies a remote change, and when it applies it (a signature, its own limits, at the start of the next therapy session). Not written: not stated."`
	PatientNotified  Tri    `toml:"patient_notified" doc:"Whether the patient, or the user at the device, is told of a remote change (a message on the device's screen or in the patient's app). Not written: not stated."`
	EnabledAsShipped Tri    `toml:"enabled_as_shipped" doc:"Whether the function is on as the device is shipped, before anyone changes a setting. Not written: not stated."`
	CanDisable       Tri    `toml:"can_disable" doc:"Whether it can be turned off (for one patient's device or all of a customer's). Not written: not stated."`
	DisabledBy       string `toml:"disabled_by" doc:"Who turns it off, and how. Only with can_disable = true."`
}

// RemoteControlGroup is a run of the product's versions that state the
// same remote control: what the security plan, which covers every version,
// says once for all of them.
type RemoteControlGroup struct {
	// Versions are the versions of the run, oldest first; empty for a
	// product that lists no versions.
	Versions []string
	// Stated: the versions' data write remote_control (an empty list
	// says the device has none over a network); Entries are its entries.
	Stated  bool
	Entries []RemoteControl
}

// RemoteControlByVersion groups the product's versions by the remote
// control each states, consecutive equal versions together. A product
// that states it for no version gives nil, and the plan says nothing.
func (p *Product) RemoteControlByVersion() []RemoteControlGroup {
	var out []RemoteControlGroup
	stated := false
	for _, vv := range p.diagramVersions() {
		q := vv.q
		g := RemoteControlGroup{Stated: len(q.RemoteControl) > 0 || q.States("remote_control"), Entries: q.RemoteControl}
		stated = stated || g.Stated
		if n := len(out); n > 0 && out[n-1].Stated == g.Stated && slices.Equal(out[n-1].Entries, g.Entries) {
			out[n-1].Versions = append(out[n-1].Versions, vv.version)
			continue
		}
		if vv.version != "" {
			g.Versions = []string{vv.version}
		}
		out = append(out, g)
	}
	if !stated {
		return nil
	}
	return out
}

// VersionsText names the group's versions for a lead-in: "Version 2.1",
// "Versions 2.0 and 2.1"; "" without versions.
func (g RemoteControlGroup) VersionsText() string {
	return RemoteServiceGroup{Versions: g.Versions}.VersionsText()
}

// remoteControlFacts checks [[remote_control]] and each version's changes
// of it: names unique (a version's changes name entries by them), the
// part each names exists, disabled_by beside a can_disable that is not
// true, and, in each version's view, an entry on a product that joins no
// network (nothing can reach it from afar).
func (v *productValidator) remoteControlFacts() {
	p := v.p
	v.unique("remote_control", "name", len(p.RemoteControl), func(i int) string { return p.RemoteControl[i].Name })
	// an entry a version writes names a part of that version's
	eachWrittenList(p, "remote_control", p.RemoteControl, remoteControlAdded, remoteControlChanged, v.remoteControlEntries)
	seen := map[string]bool{}
	for _, vv := range p.distinctViews() {
		q := vv.q
		if len(q.RemoteControl) == 0 || !q.NoNetwork() {
			continue
		}
		for _, w := range everyRemoteControl(p) {
			if !slices.Contains(q.RemoteControl, w.entry) || seen[w.path] {
				continue
			}
			seen[w.path] = true
			v.warnf(w.path, "remote_control %q says a person changes the device's settings from another device over a network, but the product joins no network (ports written empty, no network interface): nothing can reach it from afar; correct one of them", w.entry.Name)
		}
	}
}

// remoteControlEntries checks the entries of one list at path, written
// for the view q (the product as written, or the version whose changes
// write them).
func (v *productValidator) remoteControlEntries(q *Product, path string, list []RemoteControl) {
	for i, rc := range list {
		at := fmt.Sprintf("%s[%d]", path, i)
		if rc.Part != "" {
			v.checkPartOf(q, at+".part", rc.Part)
		}
		if rc.DisabledBy != "" && !rc.CanDisable.IsTrue() {
			state := "does not say it can be turned off (can_disable not written)"
			if rc.CanDisable.IsFalse() {
				state = "says it cannot be turned off (can_disable = false)"
			}
			v.warnf(at+".disabled_by", "remote_control %q says who turns it off, but %s: write can_disable = true, or remove disabled_by", rc.Name, state)
		}
	}
}

// everyRemoteControl lists the remote control entries of every version:
// the first version's, then each one a later version adds or changes,
// with the key path each is written at.
func everyRemoteControl(p *Product) []written[RemoteControl] {
	return everyWritten(p, "remote_control", p.RemoteControl, remoteControlAdded, remoteControlChanged)
}

func remoteControlAdded(c VersionChanges) []RemoteControl   { return c.RemoteControlAdded }
func remoteControlChanged(c VersionChanges) []RemoteControl { return c.RemoteControlChanged }

// RemoteControlNames names the product's remote control functions for a
// sentence ("Remote pressure changes and Remote bolus").
func (p *Product) RemoteControlNames() string {
	names := make([]string, len(p.RemoteControl))
	for i, rc := range p.RemoteControl {
		names[i] = rc.Name
	}
	return AndList(names)
}

// RemoteControlPath is the key path at which this view's remote control
// entry i is written: remote_control[j], or the _added or _changed entry
// of the last version up to this view's that wrote it.
func (p *Product) RemoteControlPath(i int) string {
	base := p.Base()
	at := writtenAt(everyRemoteControl(base), p.RemoteControl[i], p.versionsUpTo(base.Versions))
	return AtOr(at, fmt.Sprintf("remote_control[%d]", i))
}
