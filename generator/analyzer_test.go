package generator

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	contentpkg "github.com/jspgen/jspgen/generator/content"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildWorkstationEdited builds a copy of testdata/workstation whose
// product file edit changes, as an IVD analyzer on Windows written by its
// manufacturer would differ (found by the analyzer probe), and returns the
// built site's files by slash path and the build's result.
func buildWorkstationEdited(t *testing.T, edit func(string) string) (map[string]string, *Result) {
	t.Helper()
	return buildFixtureEdited(t, "workstation", "viewpoint-rw.toml", edit)
}

// TestCSDComponentsWithoutDeviceEndOfSupport: version 4.0.0 states no end
// of support, so the CSD cannot say a component is maintained beyond it.
// But end_of_life.notice_months promises 24 months' notice, none given by
// the CSD's release (2025-06-30): the end comes after 2027-06-30, so a
// component whose support ends by then ends before it, and one ending
// later is not compared.
func TestCSDComponentsWithoutDeviceEndOfSupport(t *testing.T) {
	files, _ := buildWorkstationEdited(t, kindtest.Replace("\n[updates]\n", `
[[components]]
name = "Windows 10 IoT Enterprise LTSC 2021"
version = "21H2"
supplier = "Microsoft"
support = "maintained"
end_of_support = 2032-01-13

[updates]
`))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"### 5.2 Components that need attention\n\nNo component is stated to be no longer maintained or abandoned by its supplier, and none has an announced end of supplier support on or before 2027-06-30. Version `4.0.0`'s end of support is not announced; with at least 24 months' notice promised, it comes no earlier than that date, and a later end of component support is not compared with it.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "version 4.0.0 states no end of support", "beyond the device's end of support")

	// Its support ends before that date: it ends before the device's.
	files, _ = buildWorkstationEdited(t, kindtest.Replace("\n[updates]\n", `
[[components]]
name = ".NET Runtime"
version = "8.0.11"
supplier = "Microsoft"
support = "maintained"
end_of_support = 2026-11-10

[updates]
`))
	csd = files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"Components no longer maintained by their supplier, or whose supplier support has ended or ends on or before 2027-06-30, with the contingency stated for each, if any. Version `4.0.0`'s end of support is not announced; with at least 24 months' notice promised, it comes no earlier than 2027-06-30, so these components' support ends no later than it; a component whose supplier support ends later is not compared with it:",
		"| .NET Runtime | 8.0.11 | Actively maintained | 2026-11-10 | Yes | The general contingency below |",
		"Components whose own support ends earlier are listed in [5.2 Components that need attention]")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "its support ends before the date the device's comes after", "No component is stated to be no longer maintained")

	// A component its supplier no longer maintains is listed; its support
	// ends before the device's, whose end is not set and so still to come.
	files, _ = buildWorkstationEdited(t, kindtest.Replace("\n[updates]\n", `
[[components]]
name = "Old viewer library"
version = "2.1"
supplier = "Acme"
support = "no_longer_maintained"
notes = "Replaced in the next version."

[updates]
`))
	csd = files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"Components no longer maintained by their supplier, or whose supplier support has ended or ends on or before 2027-06-30, with the contingency stated for each, if any.",
		"| Old viewer library | 2.1 | No longer maintained | Ended; date not stated | Yes (its support has ended) | Note: Replaced in the next version. The general contingency below. |",
		"Components whose own support ends earlier are listed in [5.2 Components that need attention]")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "version 4.0.0 states no end of support", "| Not announced | No |", "| Not announced | Not stated |", "whose supplier support ends before the device's,")
}

// TestInterfaceCarriesNoneWhenWrittenEmpty: an interface written with
// carries = [] carries none of the data kinds, and the CSD's interface
// table says "None"; one that does not write carries has not said, and the
// table says "Not stated".
func TestInterfaceCarriesNoneWhenWrittenEmpty(t *testing.T) {
	files, _ := buildWorkstationEdited(t, kindtest.Replace("\n[[ports]]\n", `
[[interfaces]]
id = "scanner"
kind = "usb"
part = "workstation"
name = "Barcode scanner port"
purpose = "Reads sample tube labels."
default_enabled = true
can_disable = true
carries = []

[[interfaces]]
id = "service"
kind = "usb"
part = "workstation"
name = "Service port"
purpose = "Log export by field service."
default_enabled = true
can_disable = true

[[ports]]
`))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Barcode scanner port | USB | Reads sample tube labels. | Yes | Yes | None |",
		"| Service port | USB | Log export by field service. | Yes | Yes | Not stated |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "carries = [] states that the scanner port carries none", "| Barcode scanner port | USB | Reads sample tube labels. | Yes | Yes | Not stated |")
}

// TestCSDIncidentContactAgreesWithTable: the contacts table says where a
// suspected incident goes, and the sentence after it names the same
// place: the security contact when the product names no incident contact
// (the site file's security contact takes vulnerabilities and incidents),
// else the contact postmarket.incident_reporting names, whose row says it.
func TestCSDIncidentContactAgreesWithTable(t *testing.T) {
	files, _ := buildWorkstationEdited(t, kindtest.Replace(`[postmarket.incident_reporting]
contact = "support"
availability = "always"
triage_hours = 24
`, ""))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Report a suspected vulnerability or incident | Meridian Product Security Office |",
		"**Report a suspected security incident** to Meridian Product Security Office, the security contact above; no separate contact for incidents is stated. How soon Meridian Infusion Systems, Inc. triages such a report is not stated.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the table names the security contact for incidents",
		"Whom to call about a suspected security incident", "whom to call about an incident is not stated")

	csd = buildWorkstation(t)("viewpoint-rw/csd.md") // incidents go to support
	kindtest.SaysAll(t, "csd.md", csd,
		"| Report a suspected vulnerability | Meridian Product Security Office |",
		"| Technical support, service and suspected incidents | Meridian Technical Support and Field Service |",
		"**Report a suspected security incident** to Meridian Technical Support and Field Service")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the product sends incidents to support", "| Report a suspected vulnerability or incident |")
}

// TestCSDCountsAgreeWithOne: a count of one takes the singular ("1
// component", "from 1 supplier", "1 of them names no supplier", "within 1
// calendar day").
func TestCSDCountsAgreeWithOne(t *testing.T) {
	files, _ := buildWorkstationEdited(t, func(s string) string {
		s = kindtest.Replace("\n[updates]\n", `
[[components]]
name = "Windows 10 IoT Enterprise LTSC 2021"
version = "21H2"
supplier = "Microsoft"
support = "maintained"
end_of_support = 2032-01-13

[[components]]
name = "In-house viewer"
version = "4.0.0"
support = "maintained"
justification = "Meridian's own software, supported as long as the product."

[updates]
`)(s)
		return kindtest.Replace("acknowledge_days = 2", "acknowledge_days = 1")(s)
	})
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"The product data lists 2 components from 1 supplier (1 of them names no supplier).",
		"acknowledges a report within 1 calendar day,")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a count of one is singular", "1 suppliers", "1 of them name no", "1 calendar days")

	files, _ = buildWorkstationEdited(t, kindtest.Replace("\n[updates]\n", `
[[components]]
name = "Windows 10 IoT Enterprise LTSC 2021"
version = "21H2"
supplier = "Microsoft"
support = "maintained"

[updates]
`))
	csd = files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd, "| Software bill of materials | No SBOM file published; 1 component listed |", "The product data lists 1 component from 1 supplier.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a count of one is singular", "1 components")
}

// TestOlderVersionWithoutSBOMSaysWhoseComponents: a version with no SBOM
// file of its own lists the [[components]], which describe the current
// version (4.0.0); 3.2.0's CSD says so instead of giving them as its own
// (the older-version probe), and the current version's CSD does not.
func TestOlderVersionWithoutSBOMSaysWhoseComponents(t *testing.T) {
	files, _ := buildWorkstationEdited(t, func(s string) string {
		s = kindtest.Replace("\n[updates]\n", `
[[components]]
name = "Windows 11 IoT Enterprise LTSC"
version = "2024"
supplier = "Microsoft"
support = "maintained"
end_of_support = 2034-10-10

[updates]
`)(s)
		return kindtest.Replace("[documents]\n", "[documents]\nversions = \"supported\"\n")(s)
	})
	older, cur := files["viewpoint-rw/3.2.0/csd.md"], files["viewpoint-rw/csd.md"]
	if older == "" {
		t.Fatal("no CSD of version 3.2.0 was built")
	}
	kindtest.SaysAll(t, "3.2.0/csd.md", older,
		"| Software bill of materials | No SBOM file published; 1 component listed for version 4.0.0 |",
		"Version 3.2.0 has no component list of its own in the product data: the components below are those it lists for version 4.0.0, and version 3.2.0's may differ.")
	kindtest.SaysNoneBecause(t, "csd.md", cur, "its components are its own", "as listed for version", "has no component list of its own")
	kindtest.SaysAll(t, "csd.md", cur, "| Software bill of materials | No SBOM file published; 1 component listed |")
}

// TestAnalyzerConnectionsAsShipped: the CA-600 laboratory analyzer
// (testdata/analyzer) opens its results connection to the LIS, and its
// connections to the laboratory's update server and time server, as
// shipped, and its remote-service VPN to the manufacturer only once a
// supervisor enables it. The CSD's key facts list the VPN's port as one
// that can be enabled, not among the connections the hospital network
// sees as shipped.
func TestAnalyzerConnectionsAsShipped(t *testing.T) {
	csd := buildFixture(t, "analyzer")("corvane-ca600/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the hospital network as shipped | UDP 123, TCP 5200, TCP 8530 | Can be enabled: TCP 443. [3.3 Firewall rules",
		"| 2 | Allow | CA-600 analyzer | rsc.corvane-dx.example | 443/TCP | Remote-service VPN (TLS) (Ethernet) | When enabled |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the remote-service VPN is off until a supervisor enables it",
		"| Connections opened from the hospital network | TCP 443, TCP 5200 |", "as shipped | TCP 443")
}

// TestAnalyzerPHIToRemoteServiceLeavesTheNetwork: the analyzer sends its
// screen, which shows patient names, to the manufacturer's Remote Service
// Center (DF-03). MDS2 MPII-3.7 (PII over a network outside the
// customer's) is derived Yes from that flow, and a hand No is an error.
func TestAnalyzerPHIToRemoteServiceLeavesTheNetwork(t *testing.T) {
	mds2 := buildFixture(t, "analyzer")("corvane-ca600/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| MPII-3.7 | Yes | Derived from the product data: data\\_flows\\[2\\].data (DF-03) carries PHI or PII between the CA-600 analyzer and the Corvane Remote Service Center, which the manufacturer hosts outside the customer's network. |")
	dir := filepath.Join("testdata", "analyzer")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "corvane-ca600.toml",
		kindtest.Replace("\n[[mds2.notes]]\nnumber = 1\n", "\n\"MPII-3.7\" = \"no\"\n\n[[mds2.notes]]\nnumber = 1\n"))
	_, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *contentpkg.InputError
	found := false
	if errors.As(err, &ie) {
		for _, d := range ie.Diagnostics {
			found = found || d.Path == "mds2.answers.MPII-3.7" && strings.Contains(d.Message, "answer No contradicts the product data") && strings.Contains(d.Message, "(DF-03)")
		}
	}
	if !found {
		t.Errorf("a hand MPII-3.7 No beside PHI sent to the Remote Service Center is not refused: %v", err)
	}
}

// TestAnalyzerMDS2PortsAreTheAnalyzers: the Remote Service Center's
// gateway (ports[3], 443/tcp in) listens at the manufacturer, not on the
// laboratory's network. CONN-2 counted it among the ports the device uses
// ("4 ports") and CONN-4 cited it as the reason the device talks outside
// the customer's network; now CONN-2 counts the analyzer's own (five,
// with its update and time connections) and names the gateway as the
// manufacturer's, and CONN-4 cites the analyzer's own VPN connection out
// to the centre (ports[2]).
func TestAnalyzerMDS2PortsAreTheAnalyzers(t *testing.T) {
	mds2 := buildFixture(t, "analyzer")("corvane-ca600/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| CONN-2 | Yes | Derived from the product data: ports lists 5 ports and protocols of CA-600 analyzer (and 1 of Corvane Remote Service Center, which the manufacturer hosts), published in the customer security documentation. |",
		"| CONN-4 | Yes | Derived from the product data: ports\\[2\\] is 443/tcp (Remote-service VPN (TLS)), by which CA-600 analyzer connects out to Corvane Remote Service Center, which the manufacturer hosts outside the customer's network. |")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "the gateway is the manufacturer's port, not the analyzer's",
		"ports lists 4 ports", "| CONN-4 | Yes | Derived from the product data: ports\\[3\\]")
}

// TestAnalyzerRemoteServiceCentreCounted: the CA-600's remote service
// goes through the manufacturer's Remote Service Center; the key facts'
// remote-service row (MDS2 RMOT-1 Yes) leaves out only the manufacturer's
// own access to that centre, not the centre, which would read as if the
// connections through it were not counted.
func TestAnalyzerRemoteServiceCentreCounted(t *testing.T) {
	csd := buildFixture(t, "analyzer")("corvane-ca600/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Remote service connections by the manufacturer | Yes, off as shipped; the hospital turns it on and off | MDS2 form, RMOT-1, note 1. Remote service is off until a laboratory supervisor enables it",
		"Not counted here: Corvane Diagnostics, Inc.'s own access to the Corvane Remote Service Center, which it runs itself. [4.3 Secure servicing](#4-3-secure-servicing) |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "remote service goes through the centre, so it is counted",
		"Not counted here: Corvane Diagnostics, Inc. runs Corvane Remote Service Center itself.")
}

// TestAnalyzerOneComponentInTheSingular: with one component listed (the
// edit keeps only the CA-600's Windows release, as the fixture once did),
// the risk report and the lifecycle page speak of it as one, not "1 of
// the 1 component" or "every one of the 1 software component".
func TestAnalyzerOneComponentInTheSingular(t *testing.T) {
	files, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", func(s string) string {
		i, j := strings.Index(s, "\n[[components]]\nname = \"Microsoft SQL Server 2019 Express\""), strings.Index(s, "\n[cyber_device]\n")
		if i < 0 || j < i {
			t.Fatal("the fixture's SQL Server and analyzer software components are not where the edit expects them")
		}
		return s[:i] + "\n" + s[j:]
	})
	rr, lc := files["corvane-ca600/risk-report.md"], files["corvane-ca600/lifecycle.md"]
	kindtest.SaysAll(t, "risk-report.md", rr, "The one component listed has a stated end of support.")
	kindtest.SaysNoneBecause(t, "risk-report.md", rr, "counts one as a fraction of one", "1 of the 1 component")
	kindtest.SaysAll(t, "lifecycle.md", lc, "Corvane Diagnostics, Inc. states its own assessment of the support of the one component listed for version `2.1.0`.")
	kindtest.SaysNoneBecause(t, "lifecycle.md", lc, "counts one as a fraction of one", "every one of the 1 software component", "every one of the 1 component")
}

// TestAnalyzerMonthlyIsMicrosofts: what the analyzer's data says is monthly
// is Microsoft's security updates, which Corvane validates and lists for
// customers within 30 days of Patch Tuesday; no calendar of Corvane's own
// analyzer software releases (the versions) is stated. Section 9.6 printed
// "Regular release cadence | Monthly. Releases of the versions the product data lists: 2.1.0 on 2024-02-01",
// a monthly rhythm of the analyzer's releases, and from a month after
// the plan's revision check held that month against the one version (at
// 2026-06-30: "none came from 2.1.0 (2024-02-01) … 28 months"). The
// release cadence is now not stated, the update cycle names what is
// monthly, and check asks for no release cadence: a cadence word after a
// possessive ("Microsoft's monthly") is another party's rhythm.
func TestAnalyzerMonthlyIsMicrosofts(t *testing.T) {
	read := buildFixture(t, "analyzer")
	for _, rel := range []string{"corvane-ca600/security-plan.md", "corvane-ca600/csd.md"} {
		doc := read(rel)
		kindtest.SaysNoneBecause(t, rel, doc, "the analyzer's own releases have no stated calendar; what is monthly is Microsoft's updates",
			"| Regular release cadence | Monthly", "| Regular releases | Monthly", "| Software updates | Monthly |")
		kindtest.SaysAll(t, rel, doc, "Microsoft's monthly security updates are validated by Corvane and published to customers within 30 days of Patch Tuesday.")
	}
	kindtest.SaysAll(t, "security-plan.md", read("corvane-ca600/security-plan.md"),
		"| Regular release cadence | The regular update cycle below is stated in words only, not as a calendar cadence of releases. Releases of the versions the product data lists: 2.1.0 on 2024-02-01. |")

	// A year after the plan's release, nothing about the cadence is
	// reported: neither a month without an analyzer release nor a
	// cadence the regular cycle's text would promise.
	later := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join("testdata", "analyzer")
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site"), SourceDate: &later})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Warnings {
		if d.Path == "postmarket.patching.release_cadence" || d.Path == "postmarket.patching.regular_cycle" {
			t.Errorf("check reports a release cadence the analyzer's data does not promise: %s: %s", d.Path, d.Message)
		}
	}
}

// TestAnalyzerRemoteServiceFacts: the CA-600 states its remote service as
// facts ([remote_service]: offered, off as shipped, turned on and off by
// the laboratory, outbound): check finds nothing against its ports; the
// CSD prints the facts and says the service works through the connection
// opened from the hospital network, not that no traffic comes in; the
// form's hand answer to RMOT-1 is the manufacturer's, and the fact agrees
// with it. A port on which the analyzer accepts the centre's connections
// contradicts "outbound" and is a warning at the fact, naming the port
// and its line.
func TestAnalyzerRemoteServiceFacts(t *testing.T) {
	const file = "corvane-ca600.toml"
	if got := fixtureCheck(t, "analyzer", file, nil); strings.Contains(got, "remote_service") {
		t.Errorf("check on the fixture reports remote_service:\n%s", got)
	}
	site := buildFixture(t, "analyzer")
	kindtest.SaysAll(t, "csd.md", site("corvane-ca600/csd.md"),
		"no rule lets it open a connection into the hospital network, but Corvane Diagnostics, Inc.'s remote service works through the connection opened from the hospital network",
		"| On as shipped | No |", "| The hospital can turn it on and off | Yes |", "| Who starts a session | A user at the hospital can start one (MDS2 form, RMOT-1.1) |")
	kindtest.SaysNoneBecause(t, "csd.md", site("corvane-ca600/csd.md"), "the remote service comes in through the VPN", "no rule lets traffic from it into the hospital network")
	kindtest.SaysAll(t, "mds2.md", site("corvane-ca600/mds2.md"), "| RMOT-1 | Yes | The manufacturer's answer; the product data agree: remote\\_service.offered says the manufacturer can service the device remotely. |")

	listens := func(s string) string {
		return strings.Replace(s, "\n[[interfaces]]\nid = \"rsc\"", `
[[ports]]
number = 3389
transport = "tcp"
service = "Remote desktop"
purpose = "Remote service."
direction = "in"
interface = "lan"
peer_part = "remote-service"
default_enabled = false

[[interfaces]]
id = "rsc"`, 1)
	}
	got := fixtureCheck(t, "analyzer", file, listens)
	want := `remote_service.connection: remote_service.connection = "outbound" says nothing listens for the manufacturer, but ports[4] (`
	// The added port's line, counted in the edited file rather than
	// written here, so that an edit of the fixture above it moves both.
	src, err := os.ReadFile(filepath.Join("testdata", "analyzer", "content", file))
	if err != nil {
		t.Fatal(err)
	}
	edited := listens(string(src))
	at := strings.Index(edited, "\n[[ports]]\nnumber = 3389\n")
	if at < 0 {
		t.Fatal("the edit added no port 3389: the fixture lacks its [[interfaces]] rsc")
	}
	line := strings.Count(edited[:at+1], "\n") + 1
	if !strings.Contains(got, want) || !strings.Contains(got, fmt.Sprintf("%s:%d) is 3389/tcp (Remote desktop), on which CA-600 analyzer accepts connections from Corvane Remote Service Center", file, line)) {
		t.Errorf("check with a listening port:\n%s\nwant a warning %q… naming the port's line", got, want)
	}
}

// TestAnalyzerAnswersItsDataDecide: the CA-600's hand answers once said
// what its own data contradict: RMOT-3 No while Corvane installs analyzer
// software updates remotely (the updatability view, the VPN carrying
// software), STCF-1.2 No beside two stores encrypted with BitLocker and an
// STCF-1.3 N/A "No encryption of data at rest (STCF-1)" beside STCF-1 Yes,
// CONN-1.2.3 No while QC data is exported to USB sticks, and a USB
// interface carrying PHI while its only flow holds "no patient data" and
// MPII-3.3 said No. The fixture now states the facts and the form derives
// from them.
func TestAnalyzerAnswersItsDataDecide(t *testing.T) {
	site := buildFixture(t, "analyzer")
	mds2 := site("corvane-ca600/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| RMOT-1.3 | Yes | Derived from the product data: remote\\_service.patient\\_data\\_visible",
		"| RMOT-3 | Yes | Derived from the product data: remote\\_service.other\\_functions names what else the manufacturer does with the device remotely: software updates. |",
		"| STCF-1.2 | Is encryption of data at rest enabled by default? | Yes |",
		"| CONN-1.2.3 | Does the device accept removable memory devices? | Yes |",
		"| MPII-3.3 | No | Derived from the product data: interfaces lists no removable-media interface that carries PHI or PII. |")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "the data decide these answers", "No encryption of data at rest (STCF-1)")
	csd := site("corvane-ca600/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Other things Corvane Diagnostics, Inc. does with the device remotely (software updates, configuration, training) | Yes: software updates |",
		"| Corvane Diagnostics, Inc.'s staff can see patient data during a session | Yes |",
		"| USB ports (two on the PC's front panel) | CA-600 analyzer (on the device) | USB | Export of quality-control data to USB sticks; service tools. | Yes | Yes | Logs |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "Corvane updates the analyzer's software remotely", "No (MDS2 form, RMOT-3)")
	kindtest.SaysAll(t, "security-plan.md", site("corvane-ca600/security-plan.md"),
		"The product is a medical device whose software runs on hardware Corvane Diagnostics, Inc. supplies (the CA-600 analyzer); its other parts: the Corvane Remote Service Center, hosted by the manufacturer.")
}

// TestAnalyzerRemoteServiceAttackComesFromTheCentre: T-02 is an attacker
// who compromises the Remote Service Center and reaches the analyzer. Its
// path was DF-03 alone (analyzer to centre), which the risk report called
// "attacked on the way (spoofed or intercepted)", and no flow carried what
// the centre sends the analyzer (the engineer's operation, software
// packages). DF-05 now carries software and configuration from the centre,
// and T-02's path starts at the centre: attacked at its sender. The plan's
// multi-patient harm and updatability views draw DF-05.
func TestAnalyzerRemoteServiceAttackComesFromTheCentre(t *testing.T) {
	site := buildFixture(t, "analyzer")
	rr := site("corvane-ca600/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", rr,
		"| T-02 | Corvane Remote Service Center → DF-05 (Corvane Remote Service Center → CA-600 analyzer) |",
		"DF-05 is attacked at its sender, Corvane Remote Service Center")
	kindtest.SaysNoneBecause(t, "risk-report.md", rr, "the attacker is at the centre, not on the wire", "DF-03 is attacked on the way")
	plan := site("corvane-ca600/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "(views/multi-patient-harm.svg", "(views/updatability.svg")
}
