package content

import (
	"slices"
	"strings"
	"testing"
)

// platformBase is imaging software on the customer's own PC and server,
// beside a sensor (the device), in two versions: 1.0 and 2.0.
const platformBase = `schema_version = 2
id = "p"

[[parts]]
id = "sensor"
name = "Sensor"
runs = "device"

[[parts]]
id = "pc"
name = "Imaging software"
runs = "customer_device"

[[parts]]
id = "server"
name = "Image database"
runs = "customer_hosted"

[[versions]]
version = "1.0"
general_availability = 2021-01-04
end_of_support = 2027-01-04

[[versions]]
version = "2.0"
general_availability = 2025-01-06
`

// win10 is 1.0's platform: Windows 10 on both parts, ended 2025-10-14.
const win10 = `
[[platforms]]
name = "Windows 10 Pro"
vendor = "Microsoft"
parts = ["pc", "server"]
versions = [{ version = "22H2", end_of_support = 2025-10-14 }]
`

// win11For20 is 2.0's change: Windows 11 instead of Windows 10.
const win11For20 = `
[versions.changes]
platforms_removed = ["Windows 10 Pro"]

[[versions.changes.platforms_added]]
name = "Windows 11 Pro"
parts = ["pc", "server"]
versions = [{ version = "24H2", end_of_support = 2026-10-13 }, { version = "25H2", end_of_support = 2027-10-12 }]
`

// TestPlatformFacts: check refuses a platform on a part the customer
// does not supply (the device, the manufacturer's service: software the
// manufacturer ships is a component), an unknown part and a version
// listed twice; and warns where an infrastructure requirement, a
// recommended control or a notice's operating systems name a platform
// (or platform version) another version lists but theirs does not.
func TestPlatformFacts(t *testing.T) {
	infra := func(table, text string) string {
		return "\n[[" + table + "]]\ncategory = \"server\"\nitem = \"PCs\"\nrequirement = \"" + text + "\"\n"
	}
	tests := []struct {
		name, src string
		want      []string
	}{
		{"agrees", platformBase + win10 + infra("infrastructure", "Windows 10 Pro 22H2 on the PCs.") + win11For20 + infra("versions.changes.infrastructure_changed", "Windows 11 Pro 24H2 or 25H2 on the PCs."), nil},
		{"on the device", platformBase + strings.Replace(win10, `parts = ["pc", "server"]`, `parts = ["sensor"]`, 1),
			[]string{`platforms[0].parts[0]: part "sensor" runs device (on the device): a platform is what the customer supplies`}},
		{"unknown part", platformBase + strings.Replace(win10, `parts = ["pc", "server"]`, `parts = ["laptop"]`, 1),
			[]string{`platforms[0].parts[0]: unknown part "laptop"`}},
		{"a version twice", platformBase + strings.Replace(win10, `versions = [{ version = "22H2", end_of_support = 2025-10-14 }]`, `versions = [{ version = "22H2" }, { version = "22H2" }]`, 1),
			[]string{`platforms[0].versions[1].version: platform "Windows 10 Pro" lists version "22H2" twice`}},
		// 2.0 inherits 1.0's requirement, which names Windows 10, which
		// 2.0 no longer runs on.
		{"a later version inherits text naming a platform it dropped", platformBase + win10 + infra("infrastructure", "Windows 10 Pro 22H2 on the PCs.") + win11For20,
			[]string{`warning: infrastructure[0].requirement: names Windows 10 Pro 22H2, which version 2.0 does not list in its platforms (Windows 11 Pro 24H2, Windows 11 Pro 25H2)`}},
		// 2.0 names a platform version only 1.0 lists; the platform's
		// name, which 2.0 lists, is not reported beside it.
		{"a platform version the version does not list", platformBase + win10 + `
[[platforms]]
name = "Windows 11 Pro"
parts = ["pc"]
versions = [{ version = "23H2", end_of_support = 2025-11-11 }]
` + win11For20[:strings.Index(win11For20, "\n\n[[versions.changes.platforms_added]]")] + `

[[versions.changes.platforms_changed]]
name = "Windows 11 Pro"
parts = ["pc"]
versions = [{ version = "24H2", end_of_support = 2026-10-13 }]
` + infra("versions.changes.infrastructure_added", "Windows 11 Pro 23H2 or later on the PCs."),
			[]string{`warning: versions[1].changes.infrastructure_added[0].requirement: names Windows 11 Pro 23H2, which version 2.0 does not list in its platforms (Windows 11 Pro 24H2)`}},
		{"a recommended control", platformBase + win10 + win11For20 +
			"\n[[versions.changes.recommended_controls_added]]\nid = \"RC-9\"\ncategory = \"patch_management\"\ntitle = \"Windows\"\nrecommendation = \"Keep Windows 10 Pro patched.\"\npriority = \"required\"\n",
			[]string{`warning: versions[1].changes.recommended_controls_added[0].recommendation: names Windows 10 Pro, which version 2.0 does not list`}},
		{"text naming a platform no version lists", platformBase + win10 + infra("infrastructure", "Windows 10 Pro 22H2, or Ubuntu 24.04, on the PCs."), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Path, "platforms") || strings.Contains(d.Message, "platform")
			}, tc.want)
		})
	}
}

// noPlatformErrors fails on an error about the platforms (the test
// products lack what documents need, which is reported too).
func noPlatformErrors(t *testing.T, diags Diagnostics) {
	t.Helper()
	for _, d := range diags.Errors() {
		if strings.Contains(d.Path, "platforms") || strings.Contains(d.Path, "versions") {
			t.Fatal(d)
		}
	}
}

// TestPlatformVersions: a version's platforms follow its changes; the
// parts on ended platforms and the versions past or near their vendor's
// end of support are those of the view, on the date asked.
func TestPlatformVersions(t *testing.T) {
	p, diags := loadParts(t, platformBase+win10+win11For20)
	noPlatformErrors(t, diags)
	first, second := p.At("1.0"), p.At("2.0")
	if got := first.PlatformVersionLabels(); !slices.Equal(got, []string{"Windows 10 Pro 22H2"}) {
		t.Errorf("1.0's platforms %v", got)
	}
	if got := second.PlatformVersionLabels(); !slices.Equal(got, []string{"Windows 11 Pro 24H2", "Windows 11 Pro 25H2"}) {
		t.Errorf("2.0's platforms %v", got)
	}
	for _, c := range []struct {
		name         string
		q            *Product
		on           Date
		ended, near  []string
		partsOnEnded []string
	}{
		{"1.0 before Windows 10's end", first, NewDate(2025, 6, 2), nil, []string{"Windows 10 Pro 22H2"}, nil},
		{"1.0 on Windows 10's end", first, NewDate(2025, 10, 14), []string{"Windows 10 Pro 22H2"}, nil, []string{"pc", "server"}},
		{"2.0 with 24H2 near its end", second, NewDate(2026, 3, 2), nil, []string{"Windows 11 Pro 24H2"}, nil},
		{"2.0 with 24H2 ended, 25H2 not", second, NewDate(2026, 11, 1), []string{"Windows 11 Pro 24H2"}, []string{"Windows 11 Pro 25H2"}, nil},
		{"2.0 with both ended", second, NewDate(2027, 10, 12), []string{"Windows 11 Pro 24H2", "Windows 11 Pro 25H2"}, nil, []string{"pc", "server"}},
	} {
		if got := c.q.PlatformVersionsEnded(c.on); !slices.Equal(got, c.ended) {
			t.Errorf("%s: ended %v, want %v", c.name, got, c.ended)
		}
		if got := c.q.PlatformVersionsEnding(c.on); !slices.Equal(got, c.near) {
			t.Errorf("%s: ending within a year %v, want %v", c.name, got, c.near)
		}
		if got := idsOfParts(c.q.PartsOnEndedPlatforms(c.on)); !slices.Equal(got, c.partsOnEnded) {
			t.Errorf("%s: parts on ended platforms %v, want %v", c.name, got, c.partsOnEnded)
		}
	}
	if got := p.PlatformsFor([]string{"1.0", "2.0"}); len(got) != 2 || got[0].Name != "Windows 10 Pro" || got[1].Name != "Windows 11 Pro" {
		t.Errorf("PlatformsFor(1.0, 2.0) = %+v", got)
	}
}

// TestRulePlatformSupport: a supported version whose part runs only on
// platform versions past their vendor's end of support is a warning at
// the platform's versions; not when one of them is still supported, when
// one states no end of support (not stated is not ended), when the
// version's own support has ended, nor before the platform's end.
func TestRulePlatformSupport(t *testing.T) {
	for _, c := range []struct {
		name, src string
		on        Date
		want      []string
	}{
		{"1.0 supported, Windows 10 ended", platformBase + win10 + win11For20, NewDate(2026, 3, 2),
			[]string{`warning: platforms[0].versions: software 1.0 is supported until 2027-01-04, but every platform version it supports for Imaging software and Image database is past its vendor's end of support (Windows 10 Pro 22H2 on 2025-10-14)`}},
		{"before Windows 10's end", platformBase + win10 + win11For20, NewDate(2025, 10, 13), nil},
		{"1.0's own support ended too", platformBase + win10 + win11For20, NewDate(2027, 1, 4), nil},
		{"one part also on a supported platform", platformBase + win10 + `
[[platforms]]
name = "Windows Server"
parts = ["server"]
versions = [{ version = "2019", end_of_support = 2029-01-09 }]
` + win11For20, NewDate(2026, 3, 2),
			[]string{`warning: platforms[0].versions: software 1.0 is supported until 2027-01-04, but every platform version it supports for Imaging software is past`}},
		{"an end of support not stated", platformBase + strings.Replace(win10, `, end_of_support = 2025-10-14`, "", 1) + win11For20, NewDate(2026, 3, 2), nil},
		{"2.0 once both Windows 11 versions ended", platformBase + win10 + win11For20, NewDate(2027, 10, 12),
			[]string{`warning: versions[1].changes.platforms_added[0].versions: software 2.0 is in Support on 2027-10-12 with no end of support announced, but every platform version it supports for Imaging software and Image database is past`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, diags := loadParts(t, c.src)
			noPlatformErrors(t, diags)
			wantDiagnostics(t, RulePlatformSupport(p.At("2.0"), c.on), func(Diagnostic) bool { return true }, c.want)
		})
	}
}

// TestNoticeOperatingSystemsFromPlatforms: an end-of-support notice must
// name the operating systems of its versions, unless those versions list
// their platforms (the notice then lists them).
func TestNoticeOperatingSystemsFromPlatforms(t *testing.T) {
	notice := `
[[notices]]
id = "eos-1.0"
kind = "end_of_support"
issued = 2025-06-02
summary = "Support of 1.0 ends."
versions = ["1.0"]
maintenance = "Technical support until the end of support."
compensating_controls = []
stops = [{ what = "updates", milestone = "end_of_support" }]
upgrade_paths = [{ kind = "software_only", to_version = "2.0", description = "Install 2.0." }]
customer_actions = { network_isolation = "Isolate the PCs.", backup = "Back up the database." }
document = { id = "N-1", revision = "A", release_date = 2025-06-02, owner = "PSL" }
`
	missing := "warning: notices[0].operating_systems: not written"
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"platforms listed", platformBase + win10 + notice, false},
		{"no platforms", platformBase + notice, true},
		{"only a later version lists them", platformBase + win11For20 + notice, true},
	} {
		_, diags := loadParts(t, c.src)
		got := slices.ContainsFunc(diags, func(d Diagnostic) bool { return strings.Contains(d.String(), missing) })
		if got != c.want {
			t.Errorf("%s: reported missing operating_systems %v, want %v (%v)", c.name, got, c.want, diags.Errors())
		}
	}
	// Written, the notice's operating systems are held to its versions'
	// platforms: 1.0 does not run on Windows 11.
	for _, c := range []struct {
		os   string
		want []string
	}{
		{"Windows 10 Pro 22H2 on the customer's PCs", nil},
		{"Windows 11 Pro 24H2 on the customer's PCs", []string{`warning: notices[0].operating_systems[0]: names Windows 11 Pro 24H2, which version 1.0 does not list in its platforms (Windows 10 Pro 22H2)`}},
	} {
		_, diags := loadParts(t, platformBase+win10+win11For20+strings.Replace(notice, "versions = [\"1.0\"]\n", "versions = [\"1.0\"]\noperating_systems = [\""+c.os+"\"]\n", 1))
		wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "operating_systems") }, c.want)
	}
}

// CustomerHostedParts: the parts of the ports given that run on a host
// the customer keeps (a server, a virtual machine, its cloud tenancy),
// whose upkeep's traffic the ports do not cover; not the customer's own
// PCs (OwnDeviceParts), the device or the manufacturer's service.
func TestCustomerHostedParts(t *testing.T) {
	p := &Product{Parts: []Part{
		{ID: "sensor", Runs: "device"},
		{ID: "pc", Runs: "customer_device"},
		{ID: "server", Runs: "customer_hosted"},
		{ID: "viewer", Runs: "customer_hosted", Hosting: "cloud_tenancy"},
		{ID: "cloud", Runs: "manufacturer_hosted"},
	}}
	port := func(part string) Port { return Port{Number: 443, Part: part} }
	for _, c := range []struct {
		name  string
		ports []Port
		want  []string
	}{
		{"a server and a tenancy", []Port{port("viewer"), port("server"), port("pc")}, []string{"server", "viewer"}},
		{"the PC's, the device's and the cloud's ports", []Port{port("pc"), port("sensor"), port("cloud")}, nil},
		{"no ports", nil, nil},
	} {
		if got := idsOfParts(p.CustomerHostedParts(c.ports)); !slices.Equal(got, c.want) {
			t.Errorf("%s: CustomerHostedParts = %v, want %v", c.name, got, c.want)
		}
	}
}
