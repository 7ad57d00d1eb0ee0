package content

import (
	"strings"
	"testing"
)

// relatedHead is a product with two versions, a device part and a
// customer-hosted server part, for the related-system validation cases.
const relatedHead = `schema_version = 2
id = "p"
[[versions]]
version = "1.0"
general_availability = 2024-01-01
[[versions]]
version = "2.0"
general_availability = 2025-01-01
[[parts]]
id = "pump"
name = "Pump"
runs = "device"
[[parts]]
id = "server"
name = "Server"
runs = "customer_hosted"
`

// relatedSystem is one valid related system entry (lines 17-31 after
// relatedHead).
const relatedSystem = `[[related_systems]]
id = "srv"
name = "Server app"
kind = "server_software"
part = "server"
[[related_systems.versions]]
version = "4.2"
device_versions = ["1.0"]
general_availability = 2023-06-01
end_of_support = 2027-06-30
[[related_systems.versions]]
version = "5.3"
device_versions = ["1.0", "2.0"]
general_availability = 2025-01-01
`

// relatedNotice is a notice announcing related versions only (from line
// 32 after relatedHead and relatedSystem).
const relatedNotice = `[[notices]]
id = "eos-srv"
kind = "end_of_support"
issued = 2025-06-01
summary = "S"
operating_systems = ["OS"]
maintenance = "M"
compensating_controls = ["C"]
related_system = "srv"
related_versions = ["4.2"]
[notices.customer_actions]
network_isolation = "N"
backup = "B"
`

func TestRelatedSystemValidation(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // "line: path: message prefix"; "" when no related-system diagnostic is expected
	}{
		{"valid, hosted by its part", relatedHead + relatedSystem, ""},
		{"valid, runs without a part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, `runs = "manufacturer_hosted"`, 1), ""},
		{"valid, runs agrees with its part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, "part = \"server\"\nruns = \"customer_hosted\"", 1), ""},
		{"another maker's, neither runs nor part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, `maker = "Dexcom, Inc."`, 1), ""},
		{"another maker's, with a part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, "part = \"server\"\nmaker = \"Dexcom, Inc.\"", 1), "21: related_systems[0].part: a system of another maker (Dexcom, Inc.) is not a part of the product"},
		{"neither runs nor part", relatedHead + strings.Replace(relatedSystem, "part = \"server\"\n", "", 1), "17: related_systems[0].runs: missing: say who hosts it"},
		{"unknown part", relatedHead + strings.Replace(relatedSystem, `"server"`, `"nowhere"`, 1), `21: related_systems[0].part: unknown part "nowhere" (want one of the [[parts]] IDs: pump, server)`},
		{"runs disagrees with its part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, "part = \"server\"\nruns = \"manufacturer_hosted\"", 1), `22: related_systems[0].runs: runs "manufacturer_hosted", but its part "server" runs "customer_hosted"`},
		{"runs on the device", relatedHead + strings.Replace(relatedSystem, `part = "server"`, `part = "pump"`, 1), "21: related_systems[0].part: a related system is not the device itself"},
		{"runs on the device, said in runs and part", relatedHead + strings.Replace(relatedSystem, `part = "server"`, "part = \"pump\"\nruns = \"device\"", 1), "22: related_systems[0].runs: a related system is not the device itself"},
		{"customer infrastructure", relatedHead + strings.Replace(relatedSystem, `part = "server"`, `runs = "customer_infrastructure"`, 1), "21: related_systems[0].runs: a related system is a system of the manufacturer"},
		{"bad kind", relatedHead + strings.Replace(relatedSystem, `"server_software"`, `"server"`, 1), `20: related_systems[0].kind: want one of server_software, update_service, cloud_service, other; got "server"`},
		{"unknown device version", relatedHead + strings.Replace(relatedSystem, `["1.0", "2.0"]`, `["1.0", "3.0"]`, 1), `29: related_systems[0].versions[1].device_versions[1]: unknown version "3.0" (want one of 1.0, 2.0)`},
		{"duplicate version", relatedHead + strings.Replace(relatedSystem, `"5.3"`, `"4.2"`, 1), `28: related_systems[0].versions[1].version: duplicate version "4.2"`},
		{"milestones backwards", relatedHead + strings.Replace(relatedSystem, "end_of_support = 2027-06-30", "end_of_support = 2022-06-30", 1), "26: related_systems[0].versions[0].end_of_support: End of support (2022-06-30) is before General availability (2023-06-01)"},
		{"not_applicable end of support", relatedHead + strings.Replace(relatedSystem, "end_of_support = 2027-06-30", `end_of_support = "not_applicable"`, 1), ""},
		{"version without a version string", relatedHead + strings.Replace(relatedSystem, "version = \"4.2\"\n", "", 1), "22: related_systems[0].versions[0].version: missing required key"},

		{"notice about a related version", relatedHead + relatedSystem + relatedNotice, ""},
		{"notice names an unknown related system", relatedHead + relatedSystem + strings.Replace(relatedNotice, `related_system = "srv"`, `related_system = "cloud"`, 1), `39: notices[0].related_system: unknown related system "cloud" (want one of the [[related_systems]] IDs: srv)`},
		{"notice names an unknown related version", relatedHead + relatedSystem + strings.Replace(relatedNotice, `["4.2"]`, `["4.1"]`, 1), `40: notices[0].related_versions[0]: unknown version "4.1" of related system "srv" (want one of 4.2, 5.3)`},
		{"related version without end of support", relatedHead + relatedSystem + strings.Replace(relatedNotice, `["4.2"]`, `["5.3"]`, 1), "40: notices[0].related_versions[0]: Server app 5.3 has no end_of_support date for this end-of-support notice to announce"},
		{"end-of-life notice for a related version without end of life", relatedHead + relatedSystem + strings.Replace(relatedNotice, `"end_of_support"`, `"end_of_life"`, 1), "40: notices[0].related_versions[0]: Server app 4.2 has no end_of_life date for this end-of-life notice to announce"},
		{"related notice giving N70's 24 months, but less than the plan's", relatedHead + relatedSystem + relatedNotice + "[end_of_life]\nnotice_months = 30\n",
			"34: warning: notices[0].issued: issued 2025-06-01, 24 months before Server app 4.2's end of support on 2027-06-30; end_of_life.notice_months commits to 30"},
		{"related versions without the system", relatedHead + relatedSystem + strings.Replace(relatedNotice, "related_system = \"srv\"\n", "", 1), "31: notices[0].related_system: missing: related_versions are versions of the related system"},
		{"related system without versions", relatedHead + relatedSystem + strings.Replace(relatedNotice, "related_versions = [\"4.2\"]\n", "", 1), "31: notices[0].related_versions: missing: the versions of Server app"},
		{"component notice names a related system", relatedHead + relatedSystem + strings.Replace(relatedNotice, `"end_of_support"`, `"component_end_of_support"`, 1), "39: notices[0].related_system: a component_end_of_support notice does not announce a related system's versions"},
		{"stop milestone dated by the related version", relatedHead + relatedSystem + relatedNotice + "[[notices.stops]]\nwhat = \"updates\"\nmilestone = \"end_of_support\"\n", ""},
		{"stop milestone dated by the device versions", strings.Replace(relatedHead, "2024-01-01", "2024-01-01\nend_of_life = 2026-01-01\nend_of_support = 2027-06-30", 1) + relatedSystem + strings.Replace(relatedNotice, "related_system", "versions = [\"1.0\"]\nrelated_system", 1) + "[[notices.stops]]\nwhat = \"updates\"\nmilestone = \"end_of_life\"\n", ""},
		{"stop milestone the related version lacks", relatedHead + relatedSystem + relatedNotice + "[[notices.stops]]\nwhat = \"updates\"\nmilestone = \"end_of_life\"\n", "46: notices[0].stops[0].milestone: Server app 4.2 has no end_of_life date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			diags := validateInDir(t, tc.src, nil)
			var got []string
			for _, d := range diags {
				got = append(got, strings.TrimPrefix(d.String(), d.File+":"))
			}
			if tc.want == "" {
				for _, g := range got {
					if strings.Contains(g, "related_") {
						t.Errorf("unexpected diagnostic: %s", g)
					}
				}
				if strings.Contains(tc.src, "[[notices]]") {
					for _, g := range got {
						if strings.Contains(g, "notices[0].versions") || strings.Contains(g, "notices[0].stops[") {
							t.Errorf("unexpected notice diagnostic: %s", g)
						}
					}
				}
				return
			}
			for _, g := range got {
				if strings.HasPrefix(g, tc.want) {
					return
				}
			}
			t.Errorf("no diagnostic starting with\n  p.toml:%s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
		})
	}
}

func TestRelatedSystemFacts(t *testing.T) {
	p := &Product{
		Parts: []Part{{ID: "pump", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted", Patching: "Hospital IT patches monthly"}},
		Ports: []Port{{Number: 443, Part: "server"}, {Number: 53, Part: "pump"}},
		RelatedSystems: []RelatedSystem{
			{ID: "a", Name: "A", Kind: "server_software", Part: "server"},
			{ID: "b", Name: "B", Kind: "update_service", Runs: "manufacturer_hosted", PatchPolicy: "Weekly"},
			{ID: "c", Name: "C", Kind: "cloud_service", Runs: "manufacturer_hosted"},
		},
	}
	a, b, c := p.RelatedSystems[0], p.RelatedSystems[1], p.RelatedSystems[2]
	if got := p.RelatedHosting(a); got != "customer_hosted" {
		t.Errorf("hosting from the part: %q", got)
	}
	if got := p.RelatedPatchedBy(a); got != "Hospital IT patches monthly" {
		t.Errorf("patched by from the part: %q", got)
	}
	if got := p.RelatedPatchedBy(b); got != "Weekly" {
		t.Errorf("patched by from the policy: %q", got)
	}
	if got := p.RelatedPatchedBy(c); got != "" { // runs = manufacturer_hosted names nobody (custinfra)
		t.Errorf("patched by from runs: %q", got)
	}
	if ports := p.RelatedPorts(a); len(ports) != 1 || ports[0].Number != 443 {
		t.Errorf("ports of the part: %+v", ports)
	}
	if ports := p.RelatedPorts(b); len(ports) != 0 {
		t.Errorf("a system without a part has no ports: %+v", ports)
	}
	if got := RelatedKind("update_service").Phrase(); got != "an update service" {
		t.Errorf("phrase: %q", got)
	}
	n := Notice{Kind: "end_of_support", RelatedSystem: "a", RelatedVersions: []string{"4.2"}, relatedName: "A"}
	if got := n.DisplayTitle(); got != "End-of-Support Notice: A 4.2" {
		t.Errorf("title of a related-only notice: %q", got)
	}
	n.Versions = []string{"1.0"}
	if got := n.DisplayTitle(); got != "End-of-Support Notice: software 1.0; A 4.2" {
		t.Errorf("title of a notice about both: %q", got)
	}
}

// TestRelatedNoticeLeadFromTheFirstNotice: the notice customers had of a
// related version's end of support is that of the first notice about it;
// a formal notice on the day after one 25 months ahead is not warned
// about, and a notice on the day that nothing announced before is.
func TestRelatedNoticeLeadFromTheFirstNotice(t *testing.T) {
	onTheDay := strings.NewReplacer(`id = "eos-srv"`, `id = "eos-srv-day"`, "issued = 2025-06-01", "issued = 2027-06-30").Replace(relatedNotice)
	const warning = "notices[1].issued: issued 2027-06-30, on the day of Server app 4.2's end of support on 2027-06-30; IMDRF N70 asks for at least 24 months' notice"
	for _, tc := range []struct {
		name, src string
		warns     bool
	}{
		{"after a notice 25 months ahead", relatedHead + relatedSystem + relatedNotice + onTheDay, false},
		{"the only notice", relatedHead + relatedSystem + onTheDay, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			var all []string
			for _, d := range validateInDir(t, tc.src, nil) {
				all = append(all, d.String())
				if strings.Contains(d.String(), warning) || strings.Contains(d.String(), strings.Replace(warning, "notices[1]", "notices[0]", 1)) {
					got = true
				}
			}
			if got != tc.warns {
				t.Errorf("lead-time warning %v, want %v:\n  %s", got, tc.warns, strings.Join(all, "\n  "))
			}
		})
	}
}

// TestRelatedNoticeDatesEveryVersion: each related version a notice
// names is judged by its own first notice, after one the notice is not
// the first about (and a notice about another version is not that first
// notice).
func TestRelatedNoticeDatesEveryVersion(t *testing.T) {
	withEOS := strings.Replace(relatedSystem, "general_availability = 2025-01-01", "general_availability = 2025-01-01\nend_of_support = 2028-01-01", 1)
	second := strings.NewReplacer(`id = "eos-srv"`, `id = "eos-srv-2"`, "issued = 2025-06-01", "issued = 2026-06-01", `["4.2"]`, `["4.2", "5.3"]`).Replace(relatedNotice)
	warnCases(t, "warning: notices[1].issued: issued 2026-06-01, 19 months before Server app 5.3's end of support on 2028-01-01; IMDRF N70 asks for at least 24 months' notice", []warnCase{
		{"a version first announced beside one announced before", relatedHead + withEOS + relatedNotice + second, true},
	})
	// A notice without an issue date (reported as missing) gave no
	// notice: the one after it is the first.
	undated := strings.Replace(relatedNotice, "issued = 2025-06-01\n", "", 1)
	late := strings.NewReplacer(`id = "eos-srv"`, `id = "eos-srv-2"`, "issued = 2025-06-01", "issued = 2026-06-01").Replace(relatedNotice)
	warnCases(t, "warning: notices[1].issued: issued 2026-06-01, 12 months before Server app 4.2's end of support on 2027-06-30", []warnCase{
		{"after a notice without an issue date", relatedHead + relatedSystem + undated + late, true},
	})
	// N70's 24 months keep a plan's promise of 12, or of 24.
	warnCases(t, "warning: notices[0].issued", []warnCase{
		{"24 months, 12 promised", relatedHead + relatedSystem + relatedNotice + "[end_of_life]\nnotice_months = 12\n", false},
		{"24 months, 24 promised", relatedHead + relatedSystem + relatedNotice + "[end_of_life]\nnotice_months = 24\n", false},
	})
}
