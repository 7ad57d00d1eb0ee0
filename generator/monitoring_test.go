package generator

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildMonitoring builds testdata/monitoring: a networked patient
// monitoring system in hospital wards and ICUs. Bedside monitors
// (embedded Linux) and a telemetry receiver are wired to the hospital's
// monitoring VLAN; body-worn transmitters reach the receiver only by a
// proprietary WMTS radio (608–614 MHz, no IP); central stations (Windows)
// at the nurses' stations show every patient; a monitoring server of two
// virtual machines the hospital hosts keeps 72 hours of waveforms, sends
// vital signs to the EHR (HL7 v2 ORU, ADT in) and alarms to another
// maker's alarm middleware, which sends alarm status back. No remote
// service; the hospital's biomedical engineering team installs updates.
// Version 3.4 is in limited support with its end of support set, 4.0
// current with none set, and 4.0.1, planned to fix an uncontrolled
// vulnerability in the alarm forwarding (advisory VMS-SA-2026-01), is not
// yet generally available on the documents' dates.
func buildMonitoring(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "monitoring")
}

// monitoringWithoutEOS34 takes the fixture's end-of-support notice of
// version 3.4 (VMS-EOS-2024-01) out: for the cases of a version in
// Limited Support that no notice speaks of, or that another notice stops.
func monitoringWithoutEOS34(t *testing.T) func(string) string {
	t.Helper()
	return func(s string) string {
		i := strings.Index(s, "[[notices]]\nid = \"eos-sentinel-3-4\"")
		j := strings.Index(s, "[[notices]]\nid = \"sa-2026-01\"")
		if i < 0 || j < i {
			t.Fatal("the monitoring fixture has no notice eos-sentinel-3-4 before sa-2026-01")
		}
		return s[:i] + s[j:]
	}
}

// monitoringModelsAlike takes the models off the fixture's interfaces
// (interfaces.models): a variant whose every interface is every model's,
// for the cases of a product whose facts do not differ by model.
func monitoringModelsAlike(t *testing.T) func(string) string {
	t.Helper()
	re := regexp.MustCompile(`(\npart = "[a-z]+"\n)models = \["SPM-[A-Z0-9]+"\]\n`)
	return func(s string) string {
		out := re.ReplaceAllString(s, "$1")
		if out == s {
			t.Fatal("the monitoring fixture's interfaces name no model")
		}
		return out
	}
}

// TestMonitoringCheckIsClean: the fixture has no error, and only the
// warnings its file's header explains, each true of the data.
func TestMonitoringCheckIsClean(t *testing.T) {
	monitoringCheckIsClean(t, "monitoring")
}

// monitoringCheckIsClean fails unless check of the fixture (monitoring
// or its variant) reports only the warnings the monitoring fixture's
// header explains.
func monitoringCheckIsClean(t *testing.T, fixture string) {
	t.Helper()
	got := fixtureCheck(t, fixture, "", nil)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
		case partialLinkNo(line):
		// The manufacturer's own Linux dated 2029-12-31 beside 4.0's end
		// of support not announced (review 89, euonly #5).
		case strings.HasPrefix(line, "versions[1].changes.sbom_files[0]: component Sentinel bedside Linux (Yocto, kernel 6.6) 6.6.22 of version 4.0 is the manufacturer's own software"):
		// [backup] without backup.parts beside the monitor and the
		// central station, which both keep data
		case strings.HasPrefix(line, "backup: backup.parts not written, and "):
		case strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "threats: threat model has no threat for the"),
			strings.HasPrefix(line, "controls: no control in the FDA category"),
			strings.HasPrefix(line, "architecture: no \"Security use case views\" architecture view"),
			// [risk.evaluation] writes only the exploitability thresholds:
			// the plan and the risk report say the controlled / uncontrolled
			// table is jspgen's default.
			strings.HasPrefix(line, "risk.evaluation: states the method only in part"):
		default:
			t.Errorf("check of %s reports what the fixture does not explain: %s", fixture, line)
		}
	}
}

// TestMonitoringPlannedFixIsNotAvailable: the advisory's fix is in 4.0.1,
// which fixed_in names but which is not generally available on the
// advisory's or the CSD's date (its general availability is later, and no
// fixed date is written). With fix not written, fixed_in alone made it
// "released": the advisory said "Fixed in: `4.0.1`." and its table gave
// 4.0.1 as the fix, the CSD said "Until software `4.0.1`, which fixes
// it, is installed", the CSAF advisory and CSAF VEX gave the affected
// versions a vendor_fix remediation and "Fixed in: … 4.0.1", and the
// CycloneDX VEX the response "update": each claimed a fix hospitals could
// install. A fix version not yet available is planned, and says so.
func TestMonitoringPlannedFixIsNotAvailable(t *testing.T) {
	site := buildMonitoring(t)
	sa := site("sentinel-pm/notices/sa-2026-01.md")
	kindtest.SaysAll(t, "sa-2026-01.md", sa,
		"- Fixed in: no released version yet.\n- Fix planned in: `4.0.1`, not released on 12 January 2026.",
		"| 3.4 | CVE-2025-67410 | Sentinel alarm forwarder 3.4.2 | Affected | Uncontrolled | Not yet; planned in 4.0.1 |",
		"| 4.0 | CVE-2025-67410 | Sentinel alarm forwarder 4.0.0 | Affected | Uncontrolled | Not yet; planned in 4.0.1 |")
	kindtest.SaysNoneBecause(t, "sa-2026-01.md", sa, "a fix in an unreleased version given as available", "- Fixed in: `4.0.1`.", "| Uncontrolled | 4.0.1 |")
	for _, rel := range []string{"sentinel-pm/csd.md", "sentinel-pm/3.4/csd.md"} {
		csd := site(rel)
		kindtest.SaysAll(t, rel, csd, "Until software `4.0.1`, which is to fix it and was not released on 19 January 2026, is released and installed:")
		kindtest.SaysNoneBecause(t, rel, csd, "an unreleased version said to fix", "Until software `4.0.1`, which fixes it, is installed")
	}
	csafDocs := map[string]string{
		".well-known/csaf/white/2026/vms-sa-2026-01.json":      "",
		".well-known/csaf/white/2026/sentinel-pm-3_4-vex.json": "",
		".well-known/csaf/white/2026/sentinel-pm-4_0-vex.json": "",
	}
	for rel := range csafDocs {
		doc := site(rel)
		if strings.Contains(doc, `"vendor_fix"`) {
			t.Errorf("%s gives a vendor_fix for a fix in a version not yet released", rel)
		}
		if !strings.Contains(doc, `"none_available"`) {
			t.Errorf("%s gives no none_available remediation for the affected versions", rel)
		}
		if strings.Contains(doc, "Fixed in: Vantor Sentinel Patient Monitoring System 4.0.1") {
			t.Errorf("%s says 4.0.1 fixes it as if released", rel)
		}
	}
	if doc := site(".well-known/csaf/white/2026/vms-sa-2026-01.json"); !strings.Contains(doc, "Fix planned in, not released on 2026-01-12: Vantor Sentinel Patient Monitoring System 4.0.1.") {
		t.Errorf("the CSAF advisory does not say the fix is planned:\n%s", doc)
	}
	for _, rel := range []string{"sentinel-pm/vex-3.4.cdx.json", "sentinel-pm/vex-4.0.cdx.json"} {
		var bom struct {
			Vulnerabilities []struct {
				Analysis struct {
					Response []string `json:"response"`
				} `json:"analysis"`
			} `json:"vulnerabilities"`
		}
		if err := json.Unmarshal([]byte(site(rel)), &bom); err != nil {
			t.Fatal(err)
		}
		for _, v := range bom.Vulnerabilities {
			for _, r := range v.Analysis.Response {
				if r == "update" {
					t.Errorf("%s answers \"update\" though the fix's version is not released", rel)
				}
			}
		}
	}
}

// TestMonitoringRadioOfKindOtherDecidesNoMDS2Answer: the telemetry
// transmitter's WMTS radio is an interface of kind other carrying PHI
// (jspgen has no kind for a proprietary radio). The form derived MPII-3.6
// ("PII over a wireless connection") No, as "interfaces lists no wireless
// interface that carries PHI or PII", and MPII-3.4 (a dedicated cable) No,
// while the radio sends every ambulatory patient's ECG over the air; and
// it derived MPII-3.10 ("any other way … not listed above") Yes from the
// same radio, which the form does list above. An interface of kind other
// carrying PHI or PII now decides none of the three: the manufacturer
// answers them.
func TestMonitoringRadioOfKindOtherDecidesNoMDS2Answer(t *testing.T) {
	for _, rel := range []string{"sentinel-pm/mds2.md", "sentinel-pm/3.4/mds2.md"} {
		mds2 := buildMonitoring(t)(rel)
		kindtest.SaysAll(t, rel, mds2,
			"| MPII-3.4 | Can the device transfer PII over a dedicated cable connection, such as a serial or direct point-to-point link? | No |",
			"| MPII-3.6 | Can the device transfer PII over a wireless connection, such as Wi-Fi, Bluetooth or cellular? | Yes | Note\u00a01 |",
			"| MPII-3.10 | Does the device have any other way of transferring PII that is not listed above? | No |")
		kindtest.SaysNoneBecause(t, rel, mds2, "an answer derived from an interface of kind other",
			"interfaces lists no wireless interface that carries PHI or PII",
			"interfaces lists no USB or serial interface that carries PHI or PII")
	}
	if got := fixtureCheck(t, "monitoring", "", nil); strings.Contains(got, "MPII-3.") {
		t.Errorf("check holds the hand MPII-3.x answers against the radio:\n%s", got)
	}
}

// TestMonitoringExchangeWithOtherSystemsNamesAnOutsideFlow: MPII-2.6
// asks whether the device imports PII from, or exports it to, other
// systems. Its reason named DF-02, the telemetry receiver's flow to the
// product's own monitoring server, the first flow of PHI in the file,
// though the server sends vital signs to the EHR (DF-05). The reason now
// names a flow with an end outside the product when there is one.
func TestMonitoringExchangeWithOtherSystemsNamesAnOutsideFlow(t *testing.T) {
	mds2 := buildMonitoring(t)("sentinel-pm/mds2.md")
	// Each model sold alone exchanges PHI with another system: the bedside
	// monitor and the telemetry receiver with the central station's server
	// (model SPM-CS), the server with the EHR. The product's whole answer
	// never gives one model's flow as another's (everyModelFact).
	kindtest.SaysAll(t, "mds2.md", mds2, "| MPII-2.6 | Yes | Derived from the product data: data\\_flows\\[2\\] (DF-03) carries PHI or PII over the Ethernet interface bedside-lan on model SPM-B12; data\\_flows\\[1\\] (DF-02) carries PHI or PII over the Ethernet interface rx-lan on model SPM-T2; data\\_flows\\[4\\] (DF-05) carries PHI or PII over the Virtual network interface server-nic on model SPM-CS. |")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "a flow between the product's own parts given as every model's exchange with other systems", "(DF-02) carries PHI or PII over the Ethernet interface rx-lan. |")
}

// TestMonitoringDocumentsSpeakOfAMonitoringSystem: the key true sentences
// of a monitoring system whose server the hospital hosts, with no remote
// service, one server reaching every patient, and a fix still to come.
func TestMonitoringDocumentsSpeakOfAMonitoringSystem(t *testing.T) {
	site := buildMonitoring(t)
	csd := site("sentinel-pm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Remote access by the manufacturer | No | MDS2 form, RMOT-1. |",
		"Vantor Medical Systems, Inc. states that it offers no remote service connection to the Vantor Sentinel Patient Monitoring System (none of the Bedside monitor, the Telemetry transmitter, the Telemetry receiver, the Central station and the Sentinel monitoring server).",
		"| 8 | Allow | Alarm middleware | Sentinel monitoring server | 6201/TCP | HL7 v2 alarm status (Virtual network adapter of the monitoring server; model SPM-CS only) | When enabled |",
		"| 10 | Allow | Bedside monitor | Sentinel monitoring server | 7100/TCP |",
		"| 11 | Allow | Telemetry receiver | Sentinel monitoring server | 7100/TCP |",
		"| Qt | 5.15.2 | No longer maintained | 2025-05-26 | Yes (its support has ended) |",
		"The end of support of version `4.0` is not announced; with at least 24 months' notice promised, it comes no earlier than 19 January 2028.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a port of the transmitter's radio in the firewall rules", "WMTS radio of the telemetry transmitter (608–614 MHz)) |")
	old := site("sentinel-pm/3.4/csd.md")
	kindtest.SaysAll(t, "3.4/csd.md", old,
		"Version `3.4` is in limited support (IMDRF N70) until its end of support; the current version is `4.0`",
		"| openssl | 3.0.5 | Actively maintained | 2026-09-07 | Yes |")
	plan := site("sentinel-pm/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		// No flows named: the alarms the server gathers and passes on
		// decide the multi-patient harm view.
		"or receives or passes on alarms: such a system serves every device or installation connected to it",
		"| DF-02 | Telemetry receiver | Sentinel monitoring server | Alarms, PHI |",
		"| DF-08 | Alarm middleware | Sentinel monitoring server | Alarms, PHI |",
		"Releases of the versions the product data lists: 3.4 on 2022-09-12, 4.0 on 2024-06-03.",
		"| Development | Before general availability | No units in clinical use. | 4.0.1 |")
	risk := site("sentinel-pm/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", risk,
		"Of the 4 threats, 3 have an acceptable residual risk (T-03 with a recorded rationale) and **T-01 does not**.",
		// The open vulnerability follows the conclusion on the threats.
		"Known vulnerabilities are assessed apart from the threat model; one is still open in version `4.0` on 19 January 2026, with an uncontrolled risk (see the product security plan, 9.10):",
		"| CVE-2025-67410 | Sentinel alarm forwarder 4.0.0 | Affected | **Uncontrolled** | Version 4.0.1, planned for release on 2026-02-09 |")
	sa := site("sentinel-pm/notices/sa-2026-01.md")
	kindtest.SaysAll(t, "sa-2026-01.md", sa, "| SPM-CS | Sentinel central station and monitoring server (REF 7300-01, 7310-01) |",
		"Stages on 12 January 2026: version 3.4, Limited Support; version 4.0, Support; version 4.0.1, Development.")
	kindtest.SaysNoneBecause(t, "sa-2026-01.md", sa, "a model the vulnerability is not in", "| SPM-T2 |")
	lc := site("sentinel-pm/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc, "| 4.0.1 | SPM-B12, SPM-T2, SPM-CS | Development | General availability, 2026-02-09 | None published here |")
}

// TestMonitoringReleasedFixInAFutureVersionIsWarned: fix = "released"
// beside a fixed_in version whose general availability comes after the
// build's as-of date made every document and file call the fix released
// without a word from check; check now warns at the entry's fix.
func TestMonitoringReleasedFixInAFutureVersionIsWarned(t *testing.T) {
	const warning = "vulnerabilities[0].fix: fix = \"released\" for CVE-2025-67410, but fixed_in names 4.0.1, which is not generally available until 2026-02-09, after the build's as-of date 2026-01-19"
	if got := fixtureCheck(t, "monitoring", "", nil); strings.Contains(got, "vulnerabilities[0].fix") {
		t.Errorf("check warns about the fixture's fix, which leaves fix out:\n%s", got)
	}
	got := fixtureCheck(t, "monitoring", "sentinel-pm.toml", kindtest.Replace("fixed_in = \"4.0.1\"\n", "fixed_in = \"4.0.1\"\nfix = \"released\"\n"))
	if !strings.Contains(got, warning) {
		t.Errorf("check does not warn about a released fix in a version not yet available:\n%s", got)
	}
}

// TestMonitoringListenerNamesEveryPartThatConnects: the monitoring
// server's port 7100 accepts the bedside monitors and the telemetry
// receiver, but a port names one peer_part (a second listener entry for
// the same port is a duplicate). The ports table's approved endpoints of
// the server's listener gave "Bedside monitor" alone, though the firewall
// rules allow the receiver too (rule 11), so that an access list written
// from the table would shut out every telemetry patient. A listener now
// also names the parts whose connections on the same port name its part.
func TestMonitoringListenerNamesEveryPartThatConnects(t *testing.T) {
	csd := buildMonitoring(t)("sentinel-pm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| 7100/TCP | Sentinel monitoring protocol (TLS) (Virtual network adapter of the monitoring server; model SPM-CS only) | Sentinel monitoring server (hosted by the customer) | In | On | Encrypted and authenticated | Bedside monitor (on the device); Telemetry receiver (on the device) |")
}

// TestMonitoringOlderVersionCSDKeepsNoTimelinesItsNoticeStopped: an
// end-of-support notice issued before the CSDs (2024-03-01) stops the
// security updates of version 3.4 at its end of life (2024-06-03), while
// 3.4 stays supported until 2027-06-30 and gets its own CSD (documents.
// versions = "supported"). That CSD must not give the product's patch
// timelines ("Fixes for uncontrolled risks within 60 days") as 3.4's: it says that 3.4's
// security updates stopped, naming the notice, and that the timelines are
// those of the versions still receiving them. The current version's CSD,
// which no notice concerns, keeps them as its own.
func TestMonitoringOlderVersionCSDKeepsNoTimelinesItsNoticeStopped(t *testing.T) {
	const notice = `[[notices]]
id = "eos-3-4"
kind = "end_of_support"
issued = 2024-03-01
summary = "Sentinel 3.4 leaves sale on 3 June 2024, when its security updates stop; its support ends on 30 June 2027."
versions = ["3.4"]
operating_systems = ["Windows 10 Enterprise LTSC 2019 on the central station"]
maintenance = "Technical support only, until 30 June 2027."
stops = [{ what = "security_updates", milestone = "end_of_life" }, { what = "technical_support", milestone = "end_of_support" }]
compensating_controls = ["Keep every part on the monitoring VLAN."]
upgrade_paths = [{ kind = "software_only", to_version = "4.0", description = "Install 4.0 on the same hardware." }]
[[notices.components]]
purl = "pkg:generic/qt/qt@5.15.2"
concern = "Qt 5.15 is no longer maintained by The Qt Company."
[notices.customer_actions]
network_isolation = "Keep every part on the monitoring VLAN."
[notices.document]
id = "VMS-EOS-3-4"
revision = "A"
release_date = 2024-03-01
owner = "Sentinel product security lead"
approvals = [{ role = "Product security lead", name = "R. Okonkwo", date = 2024-02-26 }]
history = [{ revision = "A", date = 2024-03-01, summary = "First issue." }]

`
	// The fixture's own end-of-support notice of 3.4, which keeps its
	// security updates until its end of support, is taken out.
	without := monitoringWithoutEOS34(t)
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", func(s string) string {
		return kindtest.Replace("[[notices]]\nid = \"sa-2026-01\"", notice+"[[notices]]\nid = \"sa-2026-01\"")(without(s))
	})
	old, ok := files["sentinel-pm/3.4/csd.md"]
	if !ok {
		t.Fatal("no CSD of version 3.4 was built")
	}
	kindtest.SaysAll(t, "3.4/csd.md", old,
		"| Software updates | Security updates for version `3.4` stopped on 2024-06-03 (notice VMS-EOS-3-4) | For versions still receiving them: As needed, no fixed calendar.",
		"Supported until 2027-06-30; in limited support since its end of life on 2024-06-03. Security updates stopped on 2024-06-03 (notice VMS-EOS-3-4).",
		"**Update timelines.** Security updates for version `3.4` stopped on 3 June 2024, as notice VMS-EOS-3-4 states; these are the commitments for the versions still receiving them, not for version `3.4`.",
	)
	kindtest.SaysNoneBecause(t, "3.4/csd.md", old, "the notice stopped 3.4's security updates on 2024-06-03",
		"| Software updates | As needed, no fixed calendar |")
	cur := files["sentinel-pm/csd.md"]
	kindtest.SaysAll(t, "csd.md", cur, "| Software updates | As needed, no fixed calendar |")
	kindtest.SaysNoneBecause(t, "csd.md", cur, "no notice stops 4.0's security updates", "Security updates for version")

	// Without the notices built, the CSD says the same but names no
	// notice: a document names no document the build does not make.
	files, _ = buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", func(s string) string {
		s = kindtest.Replace("[[notices]]\nid = \"sa-2026-01\"", notice+"[[notices]]\nid = \"sa-2026-01\"")(without(s))
		return kindtest.Replace(`build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`, `build = ["security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar"]`)(s)
	})
	old = files["sentinel-pm/3.4/csd.md"]
	kindtest.SaysAll(t, "3.4/csd.md without notices", old,
		"| Software updates | Security updates for version `3.4` stopped on 2024-06-03 | For versions still receiving them:",
		"Supported until 2027-06-30; in limited support since its end of life on 2024-06-03. Security updates stopped on 2024-06-03. [",
		"**Update timelines.** Security updates for version `3.4` stopped on 3 June 2024; these are the commitments for the versions still receiving them, not for version `3.4`.",
	)
	kindtest.SaysNoneBecause(t, "3.4/csd.md without notices", old, "the notices are not built", "VMS-EOS-3-4")
}
