package content

import (
	"strings"
	"testing"
)

// remoteBase is a device with a remote-service centre the manufacturer
// hosts; each case adds one port and a [remote_service] table.
const remoteBase = `schema_version = 2
id = "p"

[[parts]]
id = "dev"
name = "Analyzer"
runs = "device"

[[parts]]
id = "rsc"
name = "Service centre"
runs = "manufacturer_hosted"

[[interfaces]]
id = "lan"
kind = "ethernet"
part = "dev"
name = "Ethernet"
purpose = "LAN"

[[interfaces]]
id = "gw"
kind = "virtual_nic"
part = "rsc"
name = "Gateway"
purpose = "VPN"
`

const (
	portOutVPN = `
[[ports]]
number = 443
transport = "tcp"
service = "VPN"
purpose = "Remote service"
direction = "out"
interface = "lan"
peer_part = "rsc"
`
	portInRDP = `
[[ports]]
number = 3389
transport = "tcp"
service = "Remote desktop"
purpose = "Remote service"
direction = "in"
interface = "lan"
peer_part = "rsc"
`
	portHostedOut = `
[[ports]]
number = 22
transport = "tcp"
service = "SSH"
purpose = "Remote service"
direction = "out"
interface = "gw"
peer_part = "dev"
`
	// portInLIS listens for a system that is not the manufacturer's.
	portInLIS = `
[[ports]]
number = 5100
transport = "tcp"
service = "HL7"
purpose = "Orders"
direction = "in"
interface = "lan"
endpoints = ["Hospital LIS"]
`
)

// twoVersions are versions 1.0 and 2.0; 2.0's changes follow.
const twoVersions = `
[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
`

// TestRemoteServiceFacts: check warns where [remote_service] contradicts
// the other facts, and says nothing where they agree or where a fact is
// not stated.
func TestRemoteServiceFacts(t *testing.T) {
	noNet := "schema_version = 2\nid = \"p\"\nports = []\n[[interfaces]]\nid = \"usb\"\nkind = \"usb\"\nname = \"USB\"\npurpose = \"Export\"\n"
	tests := []struct {
		name, src string
		want      []string // the warnings' starts, in order
	}{
		{"outbound, device listens for the manufacturer", remoteBase + portInRDP + "[remote_service]\noffered = true\nconnection = \"outbound\"\n",
			[]string{`warning: remote_service.connection: remote_service.connection = "outbound" says nothing listens for the manufacturer, but ports[0] (p.toml:28) is 3389/tcp (Remote desktop), on which Analyzer accepts connections from Service centre, which the manufacturer hosts`}},
		{"outbound, the hosted part connects to the device", remoteBase + portHostedOut + "[remote_service]\nconnection = \"outbound\"\n",
			[]string{`remote_service.connection = "outbound" says nothing listens for the manufacturer, but ports[0] (p.toml:28) is 22/tcp (SSH), by which Service centre, which the manufacturer hosts, connects to Analyzer`}},
		{"outbound, device opens the VPN", remoteBase + portOutVPN + portInLIS + "[remote_service]\noffered = true\nconnection = \"outbound\"\n", nil},
		{"both, device listens for the manufacturer", remoteBase + portInRDP + "[remote_service]\noffered = true\nconnection = \"both\"\n", nil},
		{"connection not stated, device listens", remoteBase + portInRDP + "[remote_service]\noffered = true\n", nil},
		{"not offered, device listens for the manufacturer", remoteBase + portInRDP + "[remote_service]\noffered = false\n",
			[]string{"warning: remote_service.offered: remote_service.offered = false, but ports[0] (p.toml:28) is 3389/tcp (Remote desktop)"}},
		{"not offered, device opens a connection out", remoteBase + portOutVPN + "[remote_service]\noffered = false\n", nil},
		{"not offered, with facts of a service", remoteBase + portOutVPN + "[remote_service]\noffered = false\nstarted_by = \"customer\"\nsession_approval = true\n",
			[]string{"warning: remote_service.started_by: remote_service.offered = false says the manufacturer has no remote service, but remote_service.started_by describes one",
				"warning: remote_service.session_approval: remote_service.offered = false says"}},
		{"offered, no network", noNet + "[remote_service]\noffered = true\n",
			[]string{"warning: remote_service.offered: remote_service.offered = true, but the product joins no network"}},
		{"not offered, no network", noNet + "[remote_service]\noffered = false\n", nil},
		{"no table", remoteBase + portInRDP, nil},
		{"not offered, with an indicator and patient data", remoteBase + portOutVPN + "[remote_service]\noffered = false\nsession_indicator = true\npatient_data_visible = false\n",
			[]string{"warning: remote_service.session_indicator: remote_service.offered = false says the manufacturer has no remote service, but remote_service.session_indicator describes one",
				"warning: remote_service.patient_data_visible: remote_service.offered = false says"}},
		{"not offered, telemetry and updates: not sessions", remoteBase + portOutVPN + "[remote_service]\noffered = false\ntelemetry = true\nother_functions = [\"software_updates\"]\n", nil},
		{"telemetry, no network", noNet + "[remote_service]\ntelemetry = true\n",
			[]string{"warning: remote_service.telemetry: remote_service.telemetry = true says the device sends the manufacturer data over a network, but the product joins no network"}},
		{"no telemetry, no network", noNet + "[remote_service]\ntelemetry = false\n", nil},
		{"telemetry off as shipped", remoteBase + portOutVPN + "[remote_service]\ntelemetry = true\ntelemetry_as_shipped = false\n", nil},
		{"no telemetry, yet on as shipped", remoteBase + portOutVPN + "[remote_service]\ntelemetry = false\ntelemetry_as_shipped = true\n",
			[]string{"warning: remote_service.telemetry_as_shipped: remote_service.telemetry_as_shipped says whether telemetry is on as shipped, but remote_service says the device sends none (telemetry = false)"}},
		{"telemetry not written, its state as shipped is", remoteBase + portOutVPN + "[remote_service]\ntelemetry_as_shipped = false\n",
			[]string{"warning: remote_service.telemetry_as_shipped: remote_service.telemetry_as_shipped says whether telemetry is on as shipped, but remote_service does not say the device sends any (telemetry not written)"}},
		{"a version adds telemetry, off as shipped", remoteBase + portOutVPN + "[remote_service]\ntelemetry = false\n" + twoVersions + "[versions.changes.remote_service]\ntelemetry = true\ntelemetry_as_shipped = false\n", nil},
		{"updates and training, no network", noNet + "[remote_service]\nother_functions = [\"software_updates\", \"training\"]\n",
			[]string{"warning: remote_service.other_functions: remote_service.other_functions names what the manufacturer does with the device over a network (software updates and training), but the product joins no network"}},
		{"no other function, no network", noNet + "[remote_service]\nother_functions = [\"none\"]\n", nil},
		{"none beside a function", remoteBase + "[remote_service]\nother_functions = [\"none\", \"training\"]\n",
			[]string{`p.toml:28: remote_service.other_functions: expected either "none" alone or the remote functions, found ["none" "training"]`}},
		{"none alone", remoteBase + "[remote_service]\nother_functions = [\"none\"]\n", nil},
		// A version restates a key: the view of that version is checked,
		// and the warning names the key written last for it.
		{"a version stops the service, its sessions still described", remoteBase + portOutVPN + "[remote_service]\noffered = true\nstarted_by = \"customer\"\n" + twoVersions + "[versions.changes.remote_service]\noffered = false\n",
			[]string{"warning: remote_service.started_by: remote_service.offered = false says the manufacturer has no remote service, but remote_service.started_by describes one"}},
		{"a version connects outbound only beside a listening port", remoteBase + portInRDP + "[remote_service]\noffered = true\nconnection = \"both\"\n" + twoVersions + "[versions.changes.remote_service]\nconnection = \"outbound\"\n",
			[]string{`warning: versions[1].changes.remote_service.connection: remote_service.connection = "outbound" says nothing listens for the manufacturer, but in version 2.0, ports[0]`}},
		{"versions that change nothing: one warning", remoteBase + portInRDP + "[remote_service]\noffered = true\nconnection = \"outbound\"\n" + twoVersions,
			[]string{`warning: remote_service.connection: remote_service.connection = "outbound" says nothing listens for the manufacturer, but ports[0]`}},
		{"a version stops a service the first did not describe", remoteBase + portOutVPN + "[remote_service]\noffered = true\n" + twoVersions + "[versions.changes.remote_service]\noffered = false\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "remote_service") }, tc.want)
		})
	}
}

// TestRemoteServiceDecode: a value outside the vocabulary is refused at
// its key with file:line, and the facts read back as written.
func TestRemoteServiceDecode(t *testing.T) {
	_, diags := loadParts(t, remoteBase+"[remote_service]\nconnection = \"tunnel\"\n")
	found := false
	for _, d := range diags {
		if d.Path == "remote_service.connection" && d.Severity == Error {
			found = true
			if s := d.String(); !strings.Contains(s, "p.toml:28") || !strings.Contains(s, "tunnel") || !strings.Contains(s, "outbound") {
				t.Errorf("got %q; want file:line, the value found and those expected", s)
			}
		}
	}
	if !found {
		t.Fatalf("no error for connection = \"tunnel\": %v", diags)
	}
	p, _ := loadParts(t, remoteBase+"[remote_service]\noffered = true\nstarted_by = \"either\"\nenabled_as_shipped = false\n")
	r := p.RemoteService
	if !r.Stated() || !r.Offered.IsTrue() || !r.EnabledAsShipped.IsFalse() || r.CustomerControls.Known() || !r.CustomerStarts().IsTrue() || r.ManufacturerConnectsIn() {
		t.Errorf("read %+v", r)
	}
	if p, _ := loadParts(t, remoteBase); p.RemoteService.Stated() || p.RemoteService.CustomerStarts().Known() {
		t.Errorf("no table read as %+v", p.RemoteService)
	}
	// A version replaces the keys it writes and keeps the others.
	p, _ = loadParts(t, remoteBase+"[remote_service]\noffered = true\ntelemetry = true\nother_functions = [\"training\", \"software_updates\"]\n"+twoVersions+"[versions.changes.remote_service]\ntelemetry = false\nother_functions = [\"none\"]\n")
	first, second := p.RemoteService, p.At("2.0").RemoteService
	if !first.Telemetry.IsTrue() || first.NoOtherFunction() || first.OtherFunctionsText() != "training and software updates" {
		t.Errorf("version 1.0 read as %+v", first)
	}
	if !second.Offered.IsTrue() || !second.Telemetry.IsFalse() || !second.NoOtherFunction() || second.OtherFunctionsText() != "" || !second.OtherStated() {
		t.Errorf("version 2.0 read as %+v", second)
	}
}
