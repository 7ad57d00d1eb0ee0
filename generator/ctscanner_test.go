package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildCTScanner builds testdata/ctscanner: a whole-body CT scanner in a
// hospital's radiology department. A gantry controller (QNX) and a
// reconstruction server (Linux) are joined only to the operator console
// (Windows 10 IoT Enterprise LTSC), by links marked internal; the console
// is on the hospital's imaging VLAN (DICOM C-STORE and storage commitment
// to the PACS, worklist and MPPS with the RIS, DICOM over TLS from 6.0,
// off as shipped). Remote service goes through a gateway appliance the
// manufacturer installs in the hospital's DMZ (outbound TLS only; the
// operator accepts each session at the console). Version 5.2 is past its
// end of support, 6.0 in limited support, 6.1 current with none set.
func buildCTScanner(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "ctscanner")
}

// TestCTScannerCheckIsClean: the fixture has no error, and only the
// warnings its file explains, each true of the data. Its console's
// connection to the gateway (8443/tcp, peer_part "gateway", no endpoints)
// drew "names no approved endpoint; hospitals need the destinations to
// write firewall rules", though the CSD's rule names the gateway as its
// destination, a part of the product on the hospital's network whose
// address the hospital gives it.
func TestCTScannerCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "ctscanner", "", nil)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
		// [backup] without backup.parts beside several parts that keep
		// data: the CSD calls each part's backup not stated.
		case strings.HasPrefix(line, "backup: backup.parts not written, and "):
		// A part the manufacturer hosts whose patching (and monitoring)
		// is not written: the CSD's responsibility table says "Not stated".
		case strings.Contains(line, ".patching: not stated: who patches ") && strings.Contains(line, ", which the manufacturer hosts"):
		// Its patching sent to the software updates section, its
		// monitoring alone not written.
		case strings.Contains(line, ".monitoring: not stated: who monitors ") && strings.Contains(line, ", which the manufacturer hosts"):
		case partialLinkNo(line):
		// The Service Centre receives PHI (DF-08) and lists no data store
		// (review 89, ctscanner #2): the fixture's owner is to say what it
		// keeps.
		case strings.HasPrefix(line, "data_flows[7]: data flow DF-08 sends PHI to Halvorsen Service Centre, which the manufacturer hosts, but no data store is listed"):
		case strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "threats: threat model has no threat for the"),
			strings.HasPrefix(line, "controls: no control in the FDA category"),
			strings.HasPrefix(line, "architecture: no \"Security use case views\" architecture view"),
			strings.HasPrefix(line, "notices[0].components: no software component named"),
			strings.HasPrefix(line, "notices[1].issued: issued 2023-10-02, on the day of version 6.0's end of life on 2023-10-02; IMDRF N70 asks for at least 24 months' notice"),
			// [risk.evaluation] gives the exploitability thresholds only.
			strings.HasPrefix(line, "risk.evaluation: states the method only in part"),
			// Answered by hand although the data decides them, with the
			// same answer: the form says so, and check asks to remove them.
			strings.HasPrefix(line, "mds2.answers.CONN-4: answer Yes repeats what the product data decides"),
			strings.HasPrefix(line, "mds2.answers.SBOM-1: ") && strings.Contains(line, "answer Yes repeats what the product data decides"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}

// TestCTScannerPeerPartOnTheNetworkNeedsNoEndpoint: an outbound port to a
// part of the product on the customer's network is named by the firewall
// rules (the console's rule to the gateway), so check no longer asks for
// its endpoints; one to a part the manufacturer hosts needs them unless
// that part's listener for it gives them (the rule and the ports tables
// then print the listener's host names), as the hospital cannot know its
// host name otherwise.
func TestCTScannerPeerPartOnTheNetworkNeedsNoEndpoint(t *testing.T) {
	const warning = "port 8443/tcp is used outbound but names no approved endpoint"
	if got := fixtureCheck(t, "ctscanner", "", nil); strings.Contains(got, warning) {
		t.Errorf("check asks for the endpoints of the console's port to the gateway:\n%s", got)
	}
	kindtest.SaysAll(t, "csd.md", buildCTScanner(t)("kestrel-ct/csd.md"),
		"| 12 | Allow | Operator console | Halvorsen Remote Service Gateway | 8443/TCP | Remote-service agent (TLS) (Hospital network port (LAN 1) of the operator console) | As shipped |")
	noEndpoints := kindtest.Replace("peer_part = \"service-centre\"\nendpoints = [\"rs.halvorsen-imaging.example\"]\n", "peer_part = \"service-centre\"\n")
	const gatewayWarning = "port 443/tcp is used outbound but names no approved endpoint"
	if got := fixtureCheck(t, "ctscanner", "kestrel-ct.toml", noEndpoints); strings.Contains(got, gatewayWarning) {
		t.Errorf("check asks for the endpoints of the gateway's port, which the service centre's listener for the gateway gives:\n%s", got)
	}
	listenerNamesNone := kindtest.Replace("peer_part = \"gateway\"\nendpoints = [\"rs.halvorsen-imaging.example\"]\n", "endpoints = [\"rs.halvorsen-imaging.example\"]\n")
	if got := fixtureCheck(t, "ctscanner", "kestrel-ct.toml", func(s string) string { return listenerNamesNone(noEndpoints(s)) }); !strings.Contains(got, gatewayWarning) {
		t.Errorf("check lets the gateway's port to the manufacturer's service centre go without endpoints, its listener naming no client:\n%s", got)
	}
}

// TestCTScannerInternalLinkMovesNoPIIInOrOut: MPII-3.10 ("any other way of
// transferring PII") was derived Yes from the detector data link, an
// interface of kind other marked internal that carries raw data from the
// gantry to the reconstruction server inside the scanner: PII moving
// between the product's own parts, not into or out of the device. Such a
// link now decides nothing, and the manufacturer's No stands.
func TestCTScannerInternalLinkMovesNoPIIInOrOut(t *testing.T) {
	for _, rel := range []string{"kestrel-ct/mds2.md", "kestrel-ct/6.0/mds2.md"} {
		mds2 := buildCTScanner(t)(rel)
		kindtest.SaysAll(t, rel, mds2, "| MPII-3.10 | Does the device have any other way of transferring PII that is not listed above? | No |")
		kindtest.SaysNoneBecause(t, rel, mds2, "an internal link counted as a way PII leaves the device", "(interface gantry-dms)", "(interface recon-dms)")
	}
}

// TestCTScannerPlanConnectivityLeavesInternalLinksOut: the plan's 1.6
// listed the scanner's private links between its own computers among "the
// connectivity features that bear on the determination" under 524B; they
// connect the device to nothing but itself. They are named below the
// table as internal links instead.
func TestCTScannerPlanConnectivityLeavesInternalLinksOut(t *testing.T) {
	plan := buildCTScanner(t)("kestrel-ct/security-plan.md")
	sec := connectivitySection(t, plan)
	kindtest.SaysAll(t, "security-plan.md 1.6", sec,
		"| Hospital network port (LAN 1) of the operator console | Ethernet | Yes |",
		"| Network port of the Remote Service Gateway | Ethernet | Yes |",
		"Not listed: Gantry link port (LAN 2) of the operator console; Reconstruction link port (LAN 3) of the operator console; Console link of the gantry controller; Detector data link (fibre, slip ring); Console link of the reconstruction server; and Detector data input of the reconstruction server: links internal to the product, which join only its own parts and no network of the customer's or any other.")
	kindtest.SaysNoneBecause(t, "security-plan.md 1.6", sec, "an internal link listed as bearing on 524B",
		"| Detector data link (fibre, slip ring) | Other |", "| Gantry link port (LAN 2) of the operator console | Ethernet |")
}

// TestCTScannerDocumentsSpeakOfAGatewayMediatedService: the key true
// sentences of a scanner that its manufacturer services through a gateway
// in the hospital's DMZ, which connects out only, with each session
// accepted by the operator; and of its older versions.
func TestCTScannerDocumentsSpeakOfAGatewayMediatedService(t *testing.T) {
	site := buildCTScanner(t)
	csd := site("kestrel-ct/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Ports listening on the hospital network as shipped | TCP 104 (Operator console), TCP 8443 (Halvorsen Remote Service Gateway) | Can be enabled: TCP 2762 (Operator console). Not counted: TCP 5020 (Gantry controller), TCP 7001 (Reconstruction server), which listen only on a link internal to the product.",
		"| 8 | Allow | Halvorsen Remote Service Gateway | rs.halvorsen-imaging.example | 443/TCP |",
		"| Who starts a session | Halvorsen Medical Imaging AB's staff, with no user at the hospital starting it |",
		"| Each session needs the approval of a user at the hospital | Yes |",
		"| How the connection is opened | Opened from the hospital's side, outward; nothing on the hospital's side listens for Halvorsen Medical Imaging AB,",
		"5020/TCP (Gantry controller and Operator console), 7001/TCP (Reconstruction server and Operator console) are on a link internal to the product, which joins no network of the hospital's: no rule is needed for them, and none is given.",
		"| .NET Runtime | 6.0.36 | No longer maintained | 2024-11-12 | Yes (its support has ended) |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a rule letting the manufacturer in", "| Allow | Halvorsen Service Centre |", "| Allow | rs.halvorsen-imaging.example |")
	old := site("kestrel-ct/6.0/csd.md")
	kindtest.SaysAll(t, "6.0/csd.md", old,
		"Halvorsen Medical Imaging AB supports version `6.0` until **31 October 2026**.",
		"| CentOS Linux | 7.9.2009 | No longer maintained | 2024-06-30 | Yes (its support has ended) |",
		"| openssl | 1.1.1w | No longer maintained | 2023-09-11 | Yes (its support has ended) |")
	mds2 := site("kestrel-ct/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| RMOT-1.1 | Can the owner or operator start a remote service session? | [No]",
		"| EMRG-1 | Does the device offer emergency (break-glass) access to PII when the normal login would delay care? | Yes | Note\u00a02 |")
	eos := site("kestrel-ct/notices/eos-5.2.md")
	kindtest.SaysAll(t, "eos-5.2.md", eos,
		"5020/TCP, 7001/TCP are not listed: they are on a link internal to the product, which joins no network of the customer's.",
		"Stages are given as of 15 December 2022. The current version is `6.0`.")
	kindtest.SaysNoneBecause(t, "eos-5.2.md", eos, "a port 5.2 did not have", "2762/TCP", "88/TCP")
}

// TestCTScannerComponentNoticeBeforeTheEnd: the component end-of-support
// notice for .NET 6, issued on 2 September 2024, announces its end of
// support on 12 November 2024. Its table gave the level the SBOM states
// now, "No longer maintained", as the level on the notice's date, when
// Microsoft still maintained .NET 6: a level that has ended, with its end
// of support still to come, is given from that date.
func TestCTScannerComponentNoticeBeforeTheEnd(t *testing.T) {
	notice := buildFixture(t, "ctscanner")("kestrel-ct/notices/eos-dotnet6.md")
	kindtest.SaysAll(t, "eos-dotnet6.md", notice,
		"| .NET Runtime | 6.0.36 | Microsoft | No longer maintained from 2024-11-12 | 2024-11-12 |")
	kindtest.SaysNoneBecause(t, "eos-dotnet6.md", notice, "a support level given as reached before its date",
		"| No longer maintained | 2024-11-12 |")
}

// connectivitySection is the security plan's 1.6 table of the
// connectivity features that bear on the 524B determination.
func connectivitySection(t *testing.T, plan string) string {
	t.Helper()
	start := strings.Index(plan, "The connectivity features that bear on the determination:")
	end := strings.Index(plan, "### 1.7 ")
	if start < 0 || end < start {
		t.Fatalf("security-plan.md has no 1.6 connectivity table:\n%s", plan)
	}
	return plan[start:end]
}

// TestCTScannerUpdatesOnlyUnderServiceAgreement: Halvorsen installs updates
// only for the hospitals with a service agreement
// (updates.recipients = "service_agreement"). The CSD's key facts, update
// section and section 13, the plan's stage table and patch timelines and
// the lifecycle page gave the patch timelines as every hospital's; each
// now says the updates reach only the customers with an agreement and
// prints its terms, and none says a hospital without one receives them.
func TestCTScannerUpdatesOnlyUnderServiceAgreement(t *testing.T) {
	read := buildCTScanner(t)
	const terms = "Halvorsen installs software and security updates for the hospitals with a Kestrel Care service agreement; a hospital without one can order an update, installed by field service, as a paid service visit."
	for _, csd := range []string{"kestrel-ct/csd.md", "kestrel-ct/6.0/csd.md"} {
		kindtest.SaysAll(t, csd, read(csd),
			"**Who receives updates.** Only the customers with a service agreement with Halvorsen Medical Imaging AB. "+terms,
			"The commitments below say when Halvorsen Medical Imaging AB releases an update; a customer receives it only under a service agreement, as said above.",
			"While it is supported, its updates reach only the customers with a service agreement ([6. Software updates](#6-software-updates)).")
		kindtest.SaysNone(t, csd, read(csd), "| Software updates | As needed, no fixed calendar |")
	}
	kindtest.SaysAll(t, "csd.md", read("kestrel-ct/csd.md"),
		"| Software updates | As needed, no fixed calendar; only for the customers with a service agreement | Microsoft's monthly security updates are validated and staged within 30 days; Kestrel software releases as fixes are due. Fixes for uncontrolled risks released within 30 days. The responsibility table below gives the patching of the Gantry controller, the Operator console, the Reconstruction server and the Halvorsen Remote Service Gateway. "+terms+" [6. Software updates](#6-software-updates) |",
		"**Update timelines.** The commitments below say when Halvorsen Medical Imaging AB releases an update; a customer receives it only under a service agreement, as said above.")
	// 6.0 is in limited support: its end-of-life notice says what remains.
	kindtest.SaysAll(t, "6.0/csd.md", read("kestrel-ct/6.0/csd.md"),
		"| Software updates | Regular releases for version `6.0` stopped on 2023-10-02 (notice HMI-KCT-EOL-60) |",
		"Only for the customers with a service agreement: "+terms)
	plan := read("kestrel-ct/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Support | General availability | Released and supported; security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines) reach only the customers with a service agreement. | 6.1 |",
		"**Who receives the updates.** Only the customers with a service agreement with Halvorsen Medical Imaging AB: the commitments above say when an update is released, not that every customer receives it. "+terms)
	kindtest.SaysNone(t, "security-plan.md", plan, "Released and supported with security updates on the timelines of")
	life := read("kestrel-ct/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days."+kestrelFixReach+" The updates reach only the customers with a service agreement: "+terms+" |")
}

// TestCTScannerStageTablesFollowEachVersionsUpdates: a version may restate
// who receives its updates ([versions.changes.updates]). The plan's and
// the lifecycle page's Support row read the product as written (5.2's
// service agreement) and told of every supported version that its updates
// reach only the customers with an agreement, even when 6.1, the only
// version in Support, sends them to every customer; with 6.0 back in
// Support they now name the versions whose updates need an agreement.
func TestCTScannerStageTablesFollowEachVersionsUpdates(t *testing.T) {
	const terms = "Halvorsen installs software and security updates for the hospitals with a Kestrel Care service agreement; a hospital without one can order an update, installed by field service, as a paid service visit."
	everyCustomer := func(s string) string {
		const at = "[versions.changes]\nsbom_files = [\"kestrel-6.1.cdx.json\"]\n"
		if !strings.Contains(s, at) {
			t.Fatal("the fixture no longer has 6.1's changes")
		}
		return strings.Replace(s, at, at+"\n[versions.changes.updates]\nrecipients = \"every_customer\"\nagreement = \"\"\n", 1)
	}
	for _, tc := range []struct {
		name       string
		edit       func(string) string
		plan, life string
		plan96     string
		planNot    []string
	}{
		{
			name: "only 6.1 in Support, every customer",
			edit: everyCustomer,
			plan: "| Support | General availability | Released and supported with security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines). | 6.1 |",
			life: "| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days." + kestrelFixReach + " |",
		},
		{
			name: "6.0 under agreement and 6.1 every customer in Support",
			edit: func(s string) string {
				s = everyCustomer(s)
				const eol = "end_of_marketing = 2023-10-02\nend_of_life = 2023-10-02\nend_of_support = 2026-10-31"
				if !strings.Contains(s, eol) {
					t.Fatal("the fixture no longer has 6.0's milestones")
				}
				// 6.0 back in Support: its end-of-life notice goes too.
				start, end := strings.Index(s, "[[notices]]\nid = \"eol-6.0\""), strings.Index(s, "[[notices]]\nid = \"eos-dotnet6\"")
				if start < 0 || end < start {
					t.Fatal("the fixture no longer has 6.0's end-of-life notice before the .NET notice")
				}
				s = s[:start] + s[end:]
				// Without that notice, 6.0's form has none to derive SGUD-4 from.
				s = answerMDS2("SGUD-4", `"yes"`)(s)
				return strings.Replace(s, eol, "end_of_support = 2026-10-31", 1)
			},
			plan: "| Support | General availability | Released and supported with security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines); those of version 6.0 reach only the customers with a service agreement. | 6.0, 6.1 |",
			// 9.6 says it too, though the current version (6.1) sends its updates to every customer.
			plan96: "**Who receives the updates.** The commitments above say when an update is released, not that every customer receives it. For version 6.0, only the customers with a service agreement with Halvorsen Medical Imaging AB receive them: " + terms,
			life:   "| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days." + kestrelFixReach + " The updates of version 6.0 reach only the customers with a service agreement: " + terms + " |",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "ctscanner", "kestrel-ct.toml", tc.edit)
			plan, life := files["kestrel-ct/security-plan.md"], files["kestrel-ct/lifecycle.md"]
			kindtest.SaysAll(t, "security-plan.md", plan, tc.plan)
			if tc.plan96 != "" {
				kindtest.SaysAll(t, "security-plan.md", plan, tc.plan96)
			} else {
				kindtest.SaysNone(t, "security-plan.md", plan, "**Who receives the updates.**")
			}
			kindtest.SaysAll(t, "lifecycle.md", life, tc.life)
			kindtest.SaysNone(t, "security-plan.md", plan, "Released and supported; security updates on the timelines of")
			kindtest.SaysNone(t, "lifecycle.md", life, "The updates reach only the customers with a service agreement")
		})
	}
}
