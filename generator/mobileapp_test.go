package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildMobileApp builds testdata/mobileapp: an insulin bolus calculator
// that is only an app on the patient's own phone (iOS and Android, from
// the app stores), with an optional sync service the manufacturer hosts
// and turned off as installed; used at home, no hospital network, no
// hardware of its own. It returns the file at rel (e.g.
// "bolusguide/csd.md").
func buildMobileApp(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "mobileapp")
}

// TestMobileAppCSDCountsOnlyConnectionsOnAsShipped: the app's only
// connection (to the sync service and crash reporting) is off until the
// patient turns Sync on (ports default_enabled = false). The key facts
// counted it among the connections opened as shipped, because a port of
// a part on the customer's own device was listed whatever its state; it
// is now listed as one that can be enabled, as a rule's port is.
func TestMobileAppCSDCountsOnlyConnectionsOnAsShipped(t *testing.T) {
	csd := buildMobileApp(t)("bolusguide/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the user's home network as shipped | None | Can be enabled: TCP 443 (BolusGuide app). BolusGuide app runs on a phone the user owns and connects from whatever network that device is on: no firewall rule is given for it.",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a connection off as shipped counted as on",
		"as shipped | BolusGuide app: TCP 443 |",
	)
}

// TestMobileAppMDS2AsksWhatThePhoneCarries: the app's network API on the
// patient's phone carries PHI over the phone's Wi-Fi or mobile data. The
// form derived MPII-3.6 (PII over a wireless connection) No, because no
// interface of the product is a radio; the phone's radios are not the
// product's, so nothing in the data decides it, and the manufacturer's
// hand answer (Yes, note 19) stands. The rule's both directions are table
// tests in generator/kind/mds2form (rules_mpii_test.go).
func TestMobileAppMDS2AsksWhatThePhoneCarries(t *testing.T) {
	mds2 := buildMobileApp(t)("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| MPII-3.6 | Can the device transfer PII over a wireless connection, such as Wi-Fi, Bluetooth or cellular? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer, explained in Note 19; it overrides N/A, which the product data give:",
	)
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "a No the data does not decide",
		"lists no wireless interface that carries PHI or PII",
	)
}

// TestMobileAppMDS2PhoneRadiosNotDenied: the app has no hardware of its
// own, so CONN-1 is No; the form answered its sub-questions No as well
// ("Does the device support Wi-Fi? No"), beside MPII-3.6 Yes (PHI over
// the phone's Wi-Fi or mobile data): a denial of the link the app syncs
// over. The sub-questions presuppose hardware the app does not have, so
// they are N/A (rules_conn_nohardware.go; both directions are table tests
// there).
func TestMobileAppMDS2PhoneRadiosNotDenied(t *testing.T) {
	mds2 := buildMobileApp(t)("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| CONN-1 | Does the device have any hardware for connecting to other devices or networks? | [No]",
		"| CONN-1.1 | Does the device have any wireless connectivity? | [N/A]",
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [N/A]",
		"| CONN-1.1.3 | Does the device support other wireless network technologies, such as LTE, Zigbee or a proprietary radio network? | [N/A]",
		"the product has no hardware of its own, so the question does not apply",
	)
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "a No that denies the phone's Wi-Fi the app syncs over",
		"| CONN-1.1.1 | Does the device support Wi-Fi? | [No]",
		"| CONN-1.1 | Does the device have any wireless connectivity? | [No]",
		"so no Wi-Fi interface",
	)
}

// TestMobileAppMDS2HardeningIsWhoseItIs: SAHD-7 to SAHD-10 (unneeded
// shared resources, ports, services and applications disabled) were a
// bare Yes, which spoke for the patient's phone, whose other apps and
// services Tidewell does not touch; they point to a note that says what
// the app does and that the phone is the patient's. SAHD-14 (can it be
// hardened beyond its default) was No beside the 3.0.0 setting, off as
// installed, that turns on Face ID or fingerprint unlock, with the CSD's
// recommendation of when to (SAHD-14.1, once N/A, is Yes).
func TestMobileAppMDS2HardeningIsWhoseItIs(t *testing.T) {
	form := buildMobileApp(t)("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", form,
		"| SAHD-7 | Are shared resources that the intended use does not need, such as file shares, disabled? | See Note | Note\u00a020 |",
		"| SAHD-8 | Are communication ports and protocols that the intended use does not need disabled? | See Note | Note\u00a020 |",
		"| SAHD-9 | Are services that the intended use does not need removed or disabled? | See Note | Note\u00a020 |",
		"| SAHD-10 | Are applications that the intended use does not need removed or disabled? | See Note | Note\u00a020 |",
		"| SAHD-14 | Can the device be hardened further than its default configuration? | Yes | Note\u00a021 |",
		"| SAHD-14.1 | Does the manufacturer give guidance on that additional hardening? | Yes |",
		"which other apps, services, ports and sharing features are on it is the patient's choice",
		"the patient can turn on unlock with Face ID or a fingerprint in Settings > Security (off as installed)")
	kindtest.SaysNoneBecause(t, "mds2.md", form, "the phone's apps and services are the patient's; biometric unlock is hardening beyond the default",
		"| SAHD-7 | Are shared resources that the intended use does not need, such as file shares, disabled? | Yes |",
		"| SAHD-10 | Are applications that the intended use does not need removed or disabled? | Yes |",
		"| SAHD-14 | Can the device be hardened further than its default configuration? | No |",
		"No further hardening (SAHD-14)")
}

// TestMobileAppCSDSubjectNamesNoFirewallRules: the CSD of the app gives
// no firewall rule (section 3.3 says none is given: the app runs on the
// patient's phone, the sync service at the manufacturer), yet its HTML
// description and PDF subject listed "firewall rules" among its
// contents. They name them only where section 3.3 gives some, as the
// wearable's does (a rule for the clinics reaching the portal).
func TestMobileAppCSDSubjectNamesNoFirewallRules(t *testing.T) {
	html := buildMobileApp(t)("bolusguide/csd.html")
	kindtest.SaysAll(t, "csd.html", html,
		`<meta name="description" content="Customer security documentation: interfaces and ports, data protection, updates,`,
	)
	kindtest.SaysNoneBecause(t, "csd.html", html, "a document that gives no firewall rule", "firewall rules, data protection")
	kindtest.SaysAll(t, "csd.md", buildMobileApp(t)("bolusguide/csd.md"), "No firewall rule is given:")
	kindtest.SaysAll(t, "wearable csd.html", buildFixture(t, "wearable")("glucowear/csd.html"),
		`<meta name="description" content="Customer security documentation: interfaces and ports, firewall rules, data protection,`)
}

// TestMobileAppPlanRemoteFunctionsAsStated: the app's updates reach it
// from the app stores, which the patient or the phone installs; the
// plan's 6.8 said the manufacturer "reaches" the app over a network for
// software updates, as if it connected in. It now lists the other remote
// functions as the data names them. The app's only customer is the
// patient who uses it, so 6.4 and 6.8 speak of the user's home network
// and the product's users, not of a customer organisation.
func TestMobileAppPlanRemoteFunctionsAsStated(t *testing.T) {
	plan := buildMobileApp(t)("bolusguide/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Tidewell Digital Health, Inc. states that it offers no remote service connection to the Tidewell BolusGuide.",
		"Other things Tidewell Digital Health, Inc. does with the Tidewell BolusGuide over a network: software updates.",
		"listen at the manufacturer, not on the user's home network;",
		"No part of the product listens on the user's home network: the BolusGuide app runs on a phone the user owns and connects from whatever network that device is on.",
		"The product's users read about remote service in section 4.3",
	)
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the manufacturer said to connect into the patient's app", "also reaches the Tidewell BolusGuide")
	kindtest.SaysNone(t, "security-plan.md", plan, "customer's network", "Customers read")
}

// TestMobileAppCheckIsClean: the fixture has no error, and only the
// warnings its file explains (12 months' notice where IMDRF N70 asks
// for 24, a notice naming no component, no diagram and no published
// SBOM for patients).
func TestMobileAppCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "mobileapp", "", nil)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
		// A part the manufacturer hosts whose patching (and monitoring)
		// is not written: the CSD's responsibility table says "Not stated".
		case strings.Contains(line, ".patching: not stated: who patches ") && strings.Contains(line, ", which the manufacturer hosts"):
		// Its patching sent to the software updates section, its
		// monitoring alone not written.
		case strings.Contains(line, ".monitoring: not stated: who monitors ") && strings.Contains(line, ", which the manufacturer hosts"):
		case publishedDocDenied(line): // hand SBOM-4 N/A, AUDT-2.11, AUDT-4 and DTBK-6 No beside what the CSD prints (review 89b, mobileapp #1 and #4)
		case strings.HasPrefix(line, "end_of_life.notice_months: 12 months of notice"),
			strings.HasPrefix(line, "notices[0].components: no software component named"),
			strings.HasPrefix(line, "notices[0].issued: issued 2025-09-08"),
			strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "sbom: CSD: FDA labeling item 5"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}

// TestMobileAppDocumentsSpeakOfAnAppAtHome: the key true sentences of an
// app on the patient's own phone, used at home, with an optional service
// the manufacturer hosts, and none of a hospital's parts or staff.
func TestMobileAppDocumentsSpeakOfAnAppAtHome(t *testing.T) {
	site := buildMobileApp(t)
	csd := site("bolusguide/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		// no account, part or interface names a clinic (the clinician
		// appears in prose only: content.Product.ClinicsNamed)
		"This document gives the people who use the Tidewell BolusGuide what",
		"| Ports listening on the user's home network as shipped | None |",
		"| Needs the internet or a cloud service | Not for its intended use; some of it is hosted by the manufacturer: BolusGuide Sync service; optional cloud service: Firebase Crashlytics |",
		"| Remote service connections by the manufacturer | No | MDS2 form, RMOT-1.",
		"| BolusGuide app | On the user's own phone | Tidewell publishes app updates through Apple's App Store and Google Play;",
		"No firewall rule is given: no part of the product listens on the user's home network; the BolusGuide app runs on a phone the user owns",
		"**Remote service.** Tidewell Digital Health, Inc. states that it offers no remote service connection to the product.",
		"| The product sends Tidewell Digital Health, Inc. data about its working, for maintenance (telemetry) | Yes |",
		"| 2.4.0 | Limited Support | 2024-09-09 | 2025-09-08 | Does not apply | 2025-09-08 | Not announced | 2026-09-08 |", // an app is not produced
		"| Firebase Crashlytics | Google | Crash reports, when the patient allows them. | Logs | firebasecrashlytics.googleapis.com | Not for its intended use |",
	)
	mds2 := site("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| DOC-11 | Is the product software only (Software as a Medical Device, SaMD), without hardware of its own? | [Yes]",
		"| CONN-6 | Does the device need an Internet connection to perform its intended use? | [No]",
		"| RMOT-2 | Yes | Derived from the product data: remote\\_service.telemetry says the device sends the manufacturer data about its own working for maintenance. |",
		"| RMOT-3 | Yes | Derived from the product data: remote\\_service.other\\_functions names what else the manufacturer does with the device remotely: software updates. |",
	)
	notice := site("bolusguide/notices/eol-2.4.0.md")
	kindtest.SaysAll(t, "eol-2.4.0.md", notice,
		"Nothing of the Tidewell BolusGuide is for the user to isolate on a home network: the BolusGuide app runs on a phone the user owns",
		"| Software only | software 3.0.0 | A free update from the App Store or Google Play; the logbook and settings are kept. |",
	)
	kindtest.SaysAll(t, "lifecycle.md", site("bolusguide/lifecycle.md"),
		"| 2.4.0 | BG-IOS, BG-AND | Limited Support | End of support, 2026-09-08 |")
	for _, rel := range []string{"bolusguide/csd.md", "bolusguide/mds2.md", "bolusguide/security-plan.md", "bolusguide/lifecycle.md",
		"bolusguide/notices/eol-2.4.0.md", "bolusguide/risk-report.md", "bolusguide/estar.md"} {
		doc := site(rel)
		// The use environment the fixture writes says "No hospital
		// network or hospital staff are involved": that sentence is
		// the product's own and is left out of the search.
		doc = strings.ReplaceAll(doc, "No hospital network or hospital staff are involved.", "")
		kindtest.SaysNoneBecause(t, rel, doc, "parts or people a phone app at home does not have",
			"hospital", "Hospital", "biomedical", "field service", "field engineer", "VLAN", "network segment",
			"| Deny, log |")
	}
}

// TestRiskReportSupportSourcesWithoutSBOM: with no SBOM file, the risk
// report's count of support levels names only the sources there are
// (the product data, a support rule), not "the SBOM".
func TestRiskReportSupportSourcesWithoutSBOM(t *testing.T) {
	report := buildFixture(t, "mobileapp")("bolusguide/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", report, "No SBOM file is stated; the product data lists 3 software components, which need not be all of them. Their support on 12 January 2026, by the level recorded (from the product data or a support rule;")
	kindtest.SaysNone(t, "risk-report.md", report, "from the SBOM")
}

// TestMobileAppHostedByManufacturerNote: the app is the SaMD and runs on
// the patient's phone; the Sync service, which the app reaches only once
// the patient turns Sync on, is the only part Tidewell hosts. An
// optional part alone does not make DOC-11.3 Yes (a bare Yes reads as a
// cloud product), nor No: it is left to the manufacturer (review 84),
// whose answer refers to a note saying where the calculation runs.
func TestMobileAppHostedByManufacturerNote(t *testing.T) {
	mds2 := buildMobileApp(t)("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| DOC-11.3 | Is the SaMD hosted by the manufacturer, for example as a cloud service? | See Note | Note\u00a022 |",
		"**Note 22.** The dose calculation runs in the app on the patient's phone")
	kindtest.SaysNone(t, "mds2.md", mds2, "manufacturer_hosted for BolusGuide Sync service.", "The answer Yes to DOC-11.3 holds for")
}

// TestMobileAppMDS2PhoneIsThePatients: which apps may run on the
// patient's phone, and whether an intrusion-detection product can be
// installed on it, are for the phone's operating system and its owner,
// not Tidewell; the form answered both (MLDP-4, MLDP-5.2) a bare No, as
// if of Tidewell's own hardware. They now point to the notes that say so.
func TestMobileAppMDS2PhoneIsThePatients(t *testing.T) {
	read := buildMobileApp(t)
	for _, rel := range []string{"bolusguide/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| MLDP-4 | Does the device support application allow-listing, so that only approved programs can run? | See Note | Note\u00a09 |",
			"| MLDP-5.2 | Can the customer install a host-based intrusion detection or prevention product on the device? | See Note | Note\u00a013 |",
			"anti-malware or other security software on the phone is the patient's choice, as far as the phone's operating system allows it")
		kindtest.SaysNoneBecause(t, rel, form, "the phone and what runs on it are the patient's and its operating system's",
			"| MLDP-4 | Does the device support application allow-listing, so that only approved programs can run? | No |",
			"| MLDP-5.2 | Can the customer install a host-based intrusion detection or prevention product on the device? | No |")
	}
}

// TestMobileAppCSDNamesWhoRunsCrashlytics: the app's crash reports go to
// Firebase Crashlytics, a third party's system ([[flow_endpoints]] zone
// third_party) that [[cloud.services]] says Google provides. Section 2.1
// said "Who runs Firebase Crashlytics … is not stated" while section 15
// named Google. A cloud service of the same name now gives the operator;
// without one, who runs it stays not stated.
func TestMobileAppCSDNamesWhoRunsCrashlytics(t *testing.T) {
	csd := buildMobileApp(t)("bolusguide/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Firebase Crashlytics is run by Google, not by the customer or Tidewell Digital Health, Inc. How that organisation protects the data",
		"| Data handed to another organisation | Yes: DF-03 (Logs) to Firebase Crashlytics, run by Google |")
	kindtest.SaysNone(t, "csd.md", csd, "Who runs Firebase Crashlytics", "Inc..")

	files, _ := buildFixtureEdited(t, "mobileapp", "bolusguide.toml", kindtest.Replace("name = \"Firebase Crashlytics\"\nprovider = \"Google\"", "name = \"Crash reporting\"\nprovider = \"Google\""))
	csd = files["bolusguide/csd.md"]
	kindtest.SaysAll(t, "no cloud service of that name: csd.md", csd, "Who runs Firebase Crashlytics, and so who answers for the data once it is there, is not stated.")
	kindtest.SaysNone(t, "no cloud service of that name: csd.md", csd, "Firebase Crashlytics is run by")
}

// TestNoticeNamesOnePartOrSeveralOffTheNetwork: a notice's port section
// says the product's connections made from whatever network a part is on
// stay possible; it names the part (the app), or with two both of them,
// each on its own network. The
// patients are the only users here: it speaks of the user's home network
// (TestLoneUserNoticesAndPlanNameTheUser), as a clinic's product speaks
// of the customer's (TestCGMHomeClinicPortalIsNotThePatientsConnection).
func TestNoticeNamesOnePartOrSeveralOffTheNetwork(t *testing.T) {
	const one = "Nothing needs to be opened on the user's home network for the product: the BolusGuide app connects from whatever network it is on and works only where that network allows its connections."
	const several = "Nothing needs to be opened on the user's home network for the product: the BolusGuide app and the BolusGuide tablet app connect from whatever network each is on and work only where that network allows their connections."
	notice := buildMobileApp(t)("bolusguide/notices/eol-2.4.0.md")
	kindtest.SaysAll(t, "one part", notice, one)
	kindtest.SaysNone(t, "one part", notice, several)

	files, _ := buildFixtureEdited(t, "mobileapp", "bolusguide.toml", func(s string) string {
		s = kindtest.Replace("\n[[models]]", `
[[parts]]
id = "tablet"
name = "BolusGuide tablet app"
runs = "customer_device"
host_kinds = ["tablet"]
description = "Companion app on the patient's own tablet."

[[models]]`)(s)
		return kindtest.Replace("\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"The sync API the app calls.\"", `
[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "The tablet app's sync."
direction = "out"
interface = "tablet-net"
endpoints = ["sync.bolusguide.example"]
default_enabled = false
encrypted = true
authenticated = true

[[interfaces]]
id = "tablet-net"
kind = "api"
part = "tablet"
name = "Tablet internet connection (used by the tablet app)"
purpose = "Syncing the logbook."
default_enabled = false
can_disable = true
carries = ["therapy"]

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "The sync API the app calls."`)(s)
	})
	two := files["bolusguide/notices/eol-2.4.0.md"]
	kindtest.SaysAll(t, "two parts", two, several)
	kindtest.SaysNone(t, "two parts", two, one)
}
