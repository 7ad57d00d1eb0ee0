package content

import (
	"strings"
	"testing"
)

// cloudBase is a product whose first version uses one cloud service;
// version 2.0's changes are appended by each case.
const cloudBase = `schema_version = 2
id = "p"

[cloud]
statement = "Uses the portal."

[[cloud.services]]
name = "Portal"
provider = "Maker"
purpose = "Reports."
endpoints = ["portal.example"]
required = false

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

// TestVersionCloudServices: a version adds, changes and removes cloud
// services (by name) like settings and accounts; At(v) applies them, the
// versions before keep theirs, and a change naming a service the previous
// version lacks (or already has), or a bad endpoint, is reported at its
// own key path and line.
func TestVersionCloudServices(t *testing.T) {
	names := func(p *Product, v string) string {
		var out []string
		for _, s := range p.At(v).Cloud.Services {
			out = append(out, s.Name+"="+strings.Join(s.Endpoints, ",")+"@"+s.At)
		}
		return strings.Join(out, "; ")
	}
	const v1 = "Portal=portal.example@cloud.services[0]"
	valid := []struct {
		name, changes, want string
	}{
		{"nothing changed", "", v1},
		{"service added", "[[versions.changes.cloud_services_added]]\nname = \"CDS Hooks\"\nprovider = \"Maker\"\npurpose = \"Cards.\"\nendpoints = [\"cds.example\"]\n",
			v1 + "; CDS Hooks=cds.example@versions[1].changes.cloud_services_added[0]"},
		{"service changed", "[[versions.changes.cloud_services_changed]]\nname = \"Portal\"\nprovider = \"Maker\"\npurpose = \"Reports and cards.\"\nendpoints = [\"portal.example\", \"cds.example\"]\n",
			"Portal=portal.example,cds.example@versions[1].changes.cloud_services_changed[0]"},
		{"service removed", "cloud_services_removed = [\"Portal\"]\n", ""},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, cloudBase+tc.changes)
			for _, d := range diags {
				if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "cloud")) {
					t.Errorf("valid change reported: %v", d)
				}
			}
			if got := names(p, "2.0"); got != tc.want {
				t.Errorf("At(2.0):\n got %s\nwant %s", got, tc.want)
			}
			if got := names(p, "1.0"); got != v1 {
				t.Errorf("At(1.0) changed by 2.0's changes: %s", got)
			}
		})
	}
	// Removing the only service leaves 2.0 stating it uses none, not
	// leaving its services unstated.
	p, _ := loadParts(t, cloudBase+"cloud_services_removed = [\"Portal\"]\n")
	if s := p.At("2.0").Cloud.Services; s == nil || !p.At("2.0").States("cloud.services") {
		t.Errorf("2.0 removed its only service: services %v (nil: not stated), want an empty list stated", s)
	}

	invalid := []struct {
		name, changes string
		line          int // of the key reported, in cloudBase+changes (which starts at 22)
		want          string
	}{
		{"removes an unknown service", "cloud_services_removed = [\"Portal\", \"Telemetry\"]\n", 22,
			`versions[1].changes.cloud_services_removed[1]: removes "Telemetry", which the previous version does not have`},
		{"changes an unknown service", "[[versions.changes.cloud_services_changed]]\nname = \"Telemetry\"\nprovider = \"Maker\"\npurpose = \"Logs.\"\n", 23,
			`versions[1].changes.cloud_services_changed[0].name: changes "Telemetry", which the previous version does not have (add it with cloud_services_added)`},
		{"adds a service it has", "[[versions.changes.cloud_services_added]]\nname = \"Portal\"\nprovider = \"Maker\"\npurpose = \"Reports.\"\n", 23,
			`versions[1].changes.cloud_services_added[0].name: adds "Portal", which the previous version already has (change it with cloud_services_changed)`},
		{"added service approving any host", "[[versions.changes.cloud_services_added]]\nname = \"CDS\"\nprovider = \"Maker\"\npurpose = \"Cards.\"\nendpoints = [\"*\"]\n", 26,
			`versions[1].changes.cloud_services_added[0].endpoints[0]: want the approved endpoints; got "*"`},
		{"added service without its provider", "[[versions.changes.cloud_services_added]]\nname = \"CDS\"\npurpose = \"Cards.\"\n", 22,
			`versions[1].changes.cloud_services_added[0].provider: missing`},
		{"a removed service cannot be changed by the next version", "cloud_services_removed = [\"Portal\"]\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n[[versions.changes.cloud_services_changed]]\nname = \"Portal\"\nprovider = \"Maker\"\npurpose = \"Reports.\"\n", 28,
			`versions[2].changes.cloud_services_changed[0].name: changes "Portal", which the previous version does not have`},
		{"duplicate service names beside a change by name", "cloud_services_removed = [\"Portal\"]\n", 0, `cloud.services[1].name: duplicate name "portal"`},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			src := cloudBase + tc.changes
			if tc.line == 0 { // a second service of the same name
				src = strings.Replace(src, "[[versions]]", "[[cloud.services]]\nname = \"portal\"\nprovider = \"Other\"\npurpose = \"Other.\"\n\n[[versions]]", 1)
				tc.line = 15
			}
			_, diags := loadParts(t, src)
			checkReported(t, diags, tc.want, tc.line)
		})
	}
}

// TestVersionCloudServicesStated: services a later version adds to a
// product whose file does not write [[cloud.services]] state nothing of
// the versions before it (their documents must not read "uses none"),
// while that version and the ones after it state theirs.
func TestVersionCloudServicesStated(t *testing.T) {
	src := strings.Replace(cloudBase, "[[cloud.services]]\nname = \"Portal\"\nprovider = \"Maker\"\npurpose = \"Reports.\"\nendpoints = [\"portal.example\"]\nrequired = false\n", "", 1) +
		"[[versions.changes.cloud_services_added]]\nname = \"CDS\"\nprovider = \"Maker\"\npurpose = \"Cards.\"\n" +
		"[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\nsbom_files = [\"x.json\"]\n"
	p, _ := loadParts(t, src)
	for _, tc := range []struct {
		version string
		stated  bool
	}{{"1.0", false}, {"2.0", true}, {"3.0", true}} {
		if got := p.At(tc.version).States("cloud.services"); got != tc.stated {
			t.Errorf("At(%s).States(cloud.services) = %v, want %v", tc.version, got, tc.stated)
		}
	}
	if p.Base().States("cloud.services") {
		t.Errorf("the product as written (the first version's facts) states services only a later version adds")
	}
	// A list a version writes flat (logging.events as
	// logging_events_added) is stated too.
	p, _ = loadParts(t, cloudBase+"[[versions.changes.logging_events_added]]\nevent = \"Sign-in\"\nlogged = true\n")
	if !p.At("2.0").States("logging.events") {
		t.Errorf("logging_events_added does not state logging.events")
	}
}
