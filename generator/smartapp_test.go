package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/smartapp is a SMART on FHIR sepsis-risk app launched inside the
// hospital's EHR, scored in the maker's cloud (its product file's header
// says what it holds).

// TestSmartAppFirewallRules: only outbound HTTPS crosses the hospital's
// firewall, to the app, the scoring API and the CDS Hooks service; the
// admin console that only Veridane's support staff reach (DF-07 comes from
// a workstation in the manufacturer's zone) got a rule telling the
// hospital to let its network reach it.
func TestSmartAppFirewallRules(t *testing.T) {
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/csd.md", "sepsisguard/2.3/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"No port in [3.2 Network ports](#3-2-network-ports) listens on the hospital network.",
			"| 1 | Allow | Hospital network | app.sepsisguard.example | 443/TCP |",
			"| 2 | Allow | Clinician workstation (EHR client) | api.sepsisguard.example | 443/TCP |",
			"| admin.sepsisguard.example | Veridane support staff's admin console; reachable only from Veridane's network. |")
		kindtest.SaysNone(t, rel, csd, "| Allow | Hospital network | admin.sepsisguard.example")
	}
	kindtest.SaysAll(t, "sepsisguard/csd.md", read("sepsisguard/csd.md"),
		"| 3 | Allow | EHR | cds.sepsisguard.example | 443/TCP |")
	kindtest.SaysNone(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"), "| Allow | Hospital network | cds.sepsisguard.example", "from the EHR to cds.sepsisguard.example")
}

// TestSmartAppAccountsAndEHR: the clinicians' identities are the EHR's,
// managed by the hospital; the EHR is another maker's system whose support
// that maker decides, never a stage of Veridane's.
func TestSmartAppAccountsAndEHR(t *testing.T) {
	read := buildFixture(t, "smartapp")
	csd := read("sepsisguard/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Clinician | User | SMART on FHIR launch:",
		"created and removed by the hospital in the EHR, and the hospital's EHR security point that lets the user launch the app. | Hospital |",
		"| Veridane support engineer | Administrator |",
		"**Epic EHR** is a system of Epic Systems Corporation.",
		"| Epic February 2024 | 2.3, 3.0 | 2024-02-15 | Not stated | Not stated | Not stated | Not stated |")
	kindtest.SaysAll(t, "lifecycle.md", read("sepsisguard/lifecycle.md"),
		"Epic EHR is a system of Epic Systems Corporation; the Veridane SepsisGuard works with the versions below, whose support Epic Systems Corporation decides.",
		"The product runs only where Veridane Health, Inc. hosts it, so the customer can neither patch it nor isolate it on its own network")
	notice := read("sepsisguard/notices/eol-2.3.md")
	kindtest.SaysAll(t, "eol-2.3.md", notice,
		"No part of the Veridane SepsisGuard is on the customer's network: the SepsisGuard cloud service is hosted by the manufacturer. There is nothing of the product to isolate there.",
		"| Veridane Health, Inc. stops running the affected versions for its customers (switch-off) | 2027-03-31 |",
		"### 9.4 Backup\n\nNothing of the Veridane SepsisGuard runs at the customer: Veridane Health, Inc. hosts it, so there is nothing of it for the customer to back up. What becomes of the customer's data when Veridane Health, Inc. stops running the affected versions is in [5.1 Switch-off of the hosted service and the customer's data](#5-1-switch-off-of-the-hosted-service-and-the-customer-s-data).")
}

// TestSmartAppCloudServicePerVersion: 3.0 added the CDS Hooks endpoint to
// the cloud service (versions.changes.cloud_services_changed), so 2.3's
// CSD lists the two host names 2.3 has and 3.0's the three; each MDS2
// form derives MPII-3.7 and CONN-6 from its own version's entry.
func TestSmartAppCloudServicePerVersion(t *testing.T) {
	read := buildFixture(t, "smartapp")
	kindtest.SaysAll(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"),
		"| SepsisGuard cloud service | Veridane, on Microsoft Azure | Scoring and the SMART app's web UI. | PHI, PII | app.sepsisguard.example; api.sepsisguard.example | Yes |")
	kindtest.SaysNone(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"), "cds.sepsisguard.example")
	kindtest.SaysAll(t, "sepsisguard/csd.md", read("sepsisguard/csd.md"),
		"| SepsisGuard cloud service | Veridane, on Microsoft Azure | Scoring, the SMART app's web UI and the CDS Hooks service. | PHI, PII | app.sepsisguard.example; api.sepsisguard.example; cds.sepsisguard.example | Yes |")
	kindtest.SaysAll(t, "sepsisguard/2.3/mds2.csv", read("sepsisguard/2.3/mds2.csv"),
		"derived,cloud.services[0].data lists PHI or PII (SepsisGuard cloud service)",
		"derived,cloud.services[0].required is true for SepsisGuard cloud service")
	kindtest.SaysAll(t, "sepsisguard/mds2.csv", read("sepsisguard/mds2.csv"),
		"derived,versions[1].changes.cloud_services_changed[0].data lists PHI or PII (SepsisGuard cloud service)",
		"derived,versions[1].changes.cloud_services_changed[0].required is true for SepsisGuard cloud service")
}

// TestSmartAppFixedInPlace: Veridane fixed CVE-2026-21190 in the service
// that runs 2.3 on 2026-01-06, under the same version number, long after
// 2.3's release. The 2.3 SBOM, made at release, still listed .NET 8.0.2,
// and the CSAF and VEX files said that this .NET 8.0.2 in 2.3 was fixed:
// a scanner reads the vulnerable component version as fixed. check
// fails while the SBOM holding the component is dated before the fix,
// warns when it states no date, and accepts one updated to what 2.3 runs
// now (the fixture's, dated 2026-01-06, listing 8.0.12), whose VEX files
// then name 8.0.12 and never 8.0.2.
func TestSmartAppFixedInPlace(t *testing.T) {
	const sbomFile = "sepsisguard/sepsisguard-2.3.cdx.json"
	const same = "CVE-2026-21190 is fixed in version 2.3 on 2026-01-06, after 2.3 was released (2024-03-04), under the same version number, yet the component it names, pkg:nuget/Microsoft.NETCore.App@8.0.12, is listed by sepsisguard-2.3.cdx.json"
	for _, tc := range []struct {
		name string
		edit func(string) string
		want string // "" for nothing
	}{
		{"updated SBOM dated on the fix", nil, ""},
		{"SBOM dated after the fix", func(s string) string {
			return strings.Replace(s, `"timestamp": "2026-01-06T00:00:00Z"`, `"timestamp": "2026-02-01T00:00:00Z"`, 1)
		}, ""},
		{"SBOM dated before the fix", func(s string) string {
			return strings.Replace(s, `"timestamp": "2026-01-06T00:00:00Z"`, `"timestamp": "2025-06-01T00:00:00Z"`, 1)
		}, same + ", made 2025-06-01, before the fix: it lists 2.3 as released"},
		{"SBOM states no date", func(s string) string {
			return strings.Replace(s, `"timestamp": "2026-01-06T00:00:00Z",`, "", 1)
		}, same + ", which states no date (metadata.timestamp)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range strings.Split(fixtureCheck(t, "smartapp", sbomFile, tc.edit), "\n") {
				if strings.Contains(l, "under the same version number") {
					got = append(got, l)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("check said %q; want nothing", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], "vulnerabilities[0].versions[0]: "+tc.want)):
				t.Errorf("check said %q; want one at vulnerabilities[0].versions[0]: %s", got, tc.want)
			}
		})
	}
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/vex-2.3.cdx.json", "sepsisguard/vex-2.3.openvex.json", ".well-known/csaf/white/2025/sepsisguard-2_3-vex.json"} {
		kindtest.SaysAll(t, rel, read(rel), "pkg:nuget/Microsoft.NETCore.App@8.0.12")
		kindtest.SaysNone(t, rel, read(rel), "Microsoft.NETCore.App@8.0.2\"", "8.0.2 ")
	}
}

// TestSmartAppTextsPerVersion: the description, use environment and
// cloud statement said "(from version 3.0)" of the CDS Hooks cards, in
// 2.3's CSD and MDS2 form too. 3.0 now writes its own (versions.changes
// description, use_environment, cloud_statement): 2.3's documents say
// nothing of cards, 3.0's say it without the qualifier.
func TestSmartAppTextsPerVersion(t *testing.T) {
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/2.3/csd.md", "sepsisguard/2.3/mds2.md"} {
		kindtest.SaysNoneBecause(t, rel, read(rel), "2.3 returns no CDS Hooks card",
			"returns a CDS Hooks card", "calls the SepsisGuard CDS Hooks service", "no card", "from version 3.0")
	}
	kindtest.SaysAll(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"),
		"SepsisGuard is a cloud service: without it there is no score. The EHR and the chart work as before when it is unavailable.")
	kindtest.SaysAll(t, "sepsisguard/csd.md", read("sepsisguard/csd.md"),
		"SepsisGuard is a cloud service: without it there is no score and no card.",
		"the EHR (hosted by the hospital or by its EHR vendor) launches the app and calls the SepsisGuard CDS Hooks service.")
	kindtest.SaysAll(t, "sepsisguard/mds2.md", read("sepsisguard/mds2.md"),
		"writes the score back to the chart as a FHIR RiskAssessment, and returns a CDS Hooks card when the score crosses the hospital's threshold.")
}

// TestSmartAppMDS2OperatingSystem: the service runs in Azure Linux
// container images that Veridane patches and deploys (the end-of-life
// notice names them), yet the form answered CSUP-2 (an operating system
// that needs patches) No, with its sub-questions N/A, and claimed the
// boot protections of Azure's machines (SAHD-11, SAHD-15) as a bare Yes.
// It now says Yes to CSUP-2, who installs the patches, and points to a
// note for where and how; SAHD-11 and SAHD-15 are derived N/A (no part
// of the service runs on the device: the start-up is Azure's).
func TestSmartAppMDS2OperatingSystem(t *testing.T) {
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/mds2.md", "sepsisguard/2.3/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| CSUP-2 | Does the device run an operating system that may need security patches? | Yes | Note\u00a04 |",
			"| CSUP-2.2 | Must operating-system patches be installed by the manufacturer or by a service provider it has authorized? | Yes |",
			"| CSUP-2.3 | Can operating-system patches be installed remotely? | See Note | Note\u00a04 |",
			"| CSUP-2.4 | May the owner install operating-system updates from the OS vendor without the manufacturer's approval? | No |",
			sahd11+"[N/A](#how-derived",
			sahd15+"[N/A](#how-derived",
			"The service runs in Azure Linux 3.0 container images on Azure Kubernetes Service")
		kindtest.SaysNoneBecause(t, rel, form, "the service runs an operating system Veridane patches, on machines whose start-up is Azure's",
			"| CSUP-2 | Does the device run an operating system that may need security patches? | No |",
			"Not applicable (CSUP-2)",
			sahd11+"Yes |", sahd15+"Yes |", sahd11+"See Note", sahd15+"See Note")
	}
}
