package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildWearable builds testdata/wearable: a continuous glucose monitor
// unlike the examples (a body-worn Bluetooth sensor with no IP stack, an
// app on the patient's own phone, the manufacturer's cloud; used at home,
// no hospital network). It returns the Markdown of the document at rel
// (e.g. "glucowear/csd.md").
func buildWearable(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "wearable")
}

// TestWearableMDS2TakesTheProductsAnswers: the form must not derive what
// the wearable's data does not decide. Its sensor-to-phone Bluetooth link
// has no port, so no port says it is unencrypted (TXCF-2, TXIG-1); the
// app's only connection goes out to the manufacturer's cloud, which is no
// communication inside the customer's network (CONN-3 is the product's
// own answer, not derived from the app's port); and the cloud
// service is stated optional, as the CSD's key facts say (CONN-6); and
// data stores that write no sanitize instructions do not make erasure
// impossible (SGUD-2). The
// rules' both directions are table tests in generator/kind/mds2form.
func TestWearableMDS2TakesTheProductsAnswers(t *testing.T) {
	mds2 := buildWearable(t)("glucowear/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| TXCF-2 | Is PII encrypted before it is sent over a network or written to removable media? | Yes |",
		"| TXIG-1 | Does the device protect data in transit against undetected change, for example with digital signatures or message authentication codes? | Yes |",
		"| CONN-3 | Does the device communicate with other systems inside the customer's network? | Yes | Note\u00a08 |",
		"| CONN-6 | Does the device need an Internet connection to perform its intended use? | [No]",
		"| SGUD-2 | Can data be deleted from the device permanently, and are there instructions for doing so? | See Note | Note\u00a09 |",
	)
	// Clinicians reach the Clinic portal from their clinics' networks
	// (the CSD gives a firewall rule for it, and names the clinician's
	// browser, which flow_endpoints place in the customer's
	// infrastructure, as a system on the customer's network the product
	// exchanges data with: DF-03), so CONN-3 and note 8 must not deny
	// that the product talks to a system there, as the cloud SaMD's
	// CONN-3 Yes does not for its PACS and browsers.
	kindtest.SaysAll(t, "mds2.md", mds2, "**Note 8.** The only systems on a customer's network that the system exchanges data with are clinicians' web browsers")
	kindtest.SaysAll(t, "csd.md", buildWearable(t)("glucowear/csd.md"), "The product exchanges data with this system on the customer's network (see [2.1 Data in transit](#2-1-data-in-transit)): Clinician's web browser (DF-03).")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "the CSD's firewall rule is for the clinics' network, and the CSD names the browser there", "There is no customer network",
		"talks to no other system on a customer's network")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "a derivation from a fact the data does not decide",
		"which has no encrypted port",
		"which has no authenticated port",
		"on the app-net interface, which joins the customer's network",
		"belongs to GlucoWear cloud service, a part of the product that is hosted by the manufacturer",
		"no such store has sanitize instructions",
	)
}

// TestWearableMDS2DerivesWhatItsFactsDecide: where the wearable's own
// facts decide an answer, the form derives it and names the fact instead
// of carrying a hand answer that cites nothing. Its supplier contingency
// (a component whose support ends before the product's is replaced in
// the next app release) is a plan for the components' end of life,
// stated as suppliers.end_of_life_planned (RDMP-4); a body-worn sensor is
// hardware of its own, stated as samd = false (DOC-11, PLOK-1).
func TestWearableMDS2DerivesWhatItsFactsDecide(t *testing.T) {
	mds2 := buildWearable(t)("glucowear/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| RDMP-4 | Does the manufacturer plan for the end of life of the third-party components in the device? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: suppliers.end_of_life_planned states that the manufacturer plans for its third-party components' end of life.\")",
		"| DOC-11 | Is the product software only (Software as a Medical Device, SaMD), without hardware of its own? | [No](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: samd is false.\")",
		"| PLOK-1 | Is the product software only, with no hardware of its own that could be locked? | [No](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: samd is false.\")",
	)
}

// TestWearableCSDKeepsThePatientsPhoneOffTheHospitalNetwork: the app runs
// on the patient's own phone (runs = "customer_device"), which connects
// from any network: the CSD must not call it hosted by the customer, give
// it or the cloud endpoint only it reaches a hospital firewall rule, or
// name who backs it up or monitors it when the data does not say; with
// no part of the product on the hospital network, the rules only reach
// the manufacturer's services and there is no deny rule to isolate it.
func TestWearableCSDKeepsThePatientsPhoneOffTheHospitalNetwork(t *testing.T) {
	csd := buildWearable(t)("glucowear/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| GlucoWear app | On the customer's own phone | Meridian publishes app updates through Apple's App Store and Google Play;",
		"uploaded to the GlucoWear cloud service. | Not stated |",
		"| 1 | Allow | Clinician's web browser | clinic.glucowear.example | 443/TCP |",
		"Known vulnerabilities in the components of version 1.4.0 are not stated.",
		"### 3.3 Firewall rules for reaching the manufacturer's services\n\nNo port in [3.2 Network ports](#3-2-network-ports) listens on the customer's network; GlucoWear app runs on a phone the customer owns",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "not true of an app on the patient's phone",
		"GlucoWear app (hosted by the customer)",
		"| Allow | GlucoWear app |",
		"| Allow | Hospital network | api.glucowear.example",
		"| Deny, log | Any | Any |", // nothing of the product on the hospital network to isolate
		"Apply the rules at the boundary of the network segments that hold the parts",
		"Firewall rules for the parts on the hospital network",
	)
}

// TestWearableCSDAddressesHomeUsers: with home_use = true the CSD speaks
// to patients, caregivers and their clinics, not to a hospital's
// engineering teams, and an account the patient creates is managed by the
// customer, not by a hospital; the network its users reach the cloud from
// is the customer's. Without home_use the examples' goldens keep the
// hospital wording.
func TestWearableCSDAddressesHomeUsers(t *testing.T) {
	csd := buildWearable(t)("glucowear/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"This document gives the patients and caregivers who use the Meridian GlucoWear Continuous Glucose Monitoring System at home, and the clinics that support them, what Meridian Infusion Systems, Inc. states about setting it up",
		"\n## Key facts\n",
		"| Created by the patient in the app; no default password. | Customer |",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "said to home users",
		"the hospital's network, security and biomedical engineering teams",
		"Key facts for the network and biomedical engineering teams",
		"| Hospital |",
		"on the hospital network",
		"from the hospital network",
		"Hospital network",
	)
}

// TestWearableLifecycleAdvisesNoIsolation: once support ends, a patient
// at home has no network to isolate a body-worn sensor on, so the
// lifecycle page advises upgrading or replacing it only (the pump, on a
// hospital network, keeps "or isolate": the example's golden).
func TestWearableLifecycleAdvisesNoIsolation(t *testing.T) {
	page := buildWearable(t)("glucowear/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page, "the customer should upgrade the GlucoWear app. The software of the GlucoWear sensor is never updated after manufacture: a unit keeps the software it was made with. |")
	if strings.Contains(page, "isolate") {
		t.Error("lifecycle.md advises a home user to isolate the device")
	}
}

// TestWearableSensorNeverUpdated: the sensor's firmware is fixed for the
// life of each single-use sensor, and the lifecycle page's Support stage
// read "Patching of the GlucoWear sensor: Not patched: …" (review 81,
// wearable 9) beside "supported with security updates". The fixture
// states it (field_updatable = false): the page says plainly that a fix
// reaches only the units made afterwards, and the CSD's key facts give
// the table's patching of the app alone.
func TestWearableSensorNeverUpdated(t *testing.T) {
	read := buildWearable(t)
	life, csd := read("glucowear/lifecycle.md"), read("glucowear/csd.md")
	said := "For the GlucoWear sensor, a fix reaches only the units made afterwards: a unit's software is never updated after manufacture."
	kindtest.SaysAll(t, "lifecycle.md", life, said)
	kindtest.SaysAll(t, "csd.md", csd, said+" The responsibility table below gives the patching of the GlucoWear app.")
	kindtest.SaysNoneBecause(t, "wearable", life+csd, "the sensor states field_updatable = false", "Patching of the GlucoWear sensor: Not patched:")
}

// TestWearableNoticeKeepsThePhonesConnectionOpen: an end-of-support notice
// of a product whose app runs on the patient's own phone does not say no
// port of the product is on the customer's network: the app's outbound
// connection works only where the phone's network allows it, which the
// notice says without obliging every network to allow it.
func TestWearableNoticeKeepsThePhonesConnectionOpen(t *testing.T) {
	dir := filepath.Join("testdata", "wearable")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "glucowear.toml", func(s string) string {
		i := strings.Index(s, "version = \"1.4.0\"")
		i += strings.Index(s[i:], "\n\n")
		s = s[:i] + "\nend_of_marketing = 2026-03-01\nend_of_life = 2026-03-01\nend_of_support = 2028-03-31\n\n[[versions]]\nversion = \"1.5.0\"\nsummary = \"App 1.5.\"\ngeneral_availability = 2026-03-01" + s[i:]
		s = strings.Replace(s, `build = ["csd", "mds2", "lifecycle"]`, `build = ["csd", "mds2", "lifecycle", "notices"]`, 1)
		j := strings.Index(s, "\n[documents]")
		return s[:j] + `
[[notices]]
id = "eos-1.4.0"
kind = "end_of_support"
issued = 2026-03-01
summary = "Version 1.4.0 reaches its end of support."
versions = ["1.4.0"]
operating_systems = ["Embedded Linux"]
maintenance = "None after the end of support."
decommissioning = "Dispose of the sensor."
compensating_controls = ["Update the app."]

[[notices.stops]]
what = "updates"
milestone = "end_of_support"

[notices.customer_actions]
network_isolation = "None: the sensor talks only to the phone."
backup = "Nothing to back up."

[[notices.upgrade_paths]]
kind = "software_only"
to_version = "1.5.0"
description = "Install app 1.5."

[notices.document]
id = "GW-EOS-140"
revision = "A"
release_date = 2026-03-01
owner = "Product security"

[[notices.document.approvals]]
role = "Product security"
name = "A. Reviewer"
date = 2026-03-01

[[notices.document.history]]
revision = "A"
date = 2026-03-01
summary = "First issue."
` + s[j:]
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	notice := string(readTree(t, out)["glucowear/notices/eos-1.4.0.md"])
	kindtest.SaysAll(t, "eos-1.4.0.md", notice, "the GlucoWear app connects from whatever network it is on and works only where that network allows its connections")
	// "must stay allowed" would oblige every network to allow an optional
	// connection the patient may never turn on.
	kindtest.SaysNoneBecause(t, "eos-1.4.0.md", notice, "said beside the app's connection", "of the product is on the customer's network, so none there needs to stay open", "must stay allowed")
}
