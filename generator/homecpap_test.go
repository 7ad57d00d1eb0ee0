package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/homecpap is a CPAP/APAP device used at home that DME suppliers
// set up for patients on a physician's prescription (its product file's
// header says what it holds): home_use = true beside customer =
// "organisation", and the patient app on the patient's own phone
// (runs = "customer_device").

// TestHomeCPAPAppIsOnThePatientsPhone: the CSD addresses the DME
// supplier, but the patient app runs on the patient's phone. Both
// versions' CSDs said the app "runs on a phone, tablet or computer the
// customer owns", its part ran "On the customer's own device", and the
// key facts counted its TCP 443 among the "Connections opened from the
// customer's network"; the notice and the plan's diagrams said the same.
// A customer written beside home_use provides the product to patients:
// their phones are not the customer's.
func TestHomeCPAPAppIsOnThePatientsPhone(t *testing.T) {
	read := buildFixture(t, "homecpap")
	for _, rel := range []string{"dreamair/csd.md", "dreamair/5.1/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"The customer provides the DreamAir device to patients, who may use the Somnara DreamAir CPAP/APAP System at home; the DreamAir app runs on the patients' or caregivers' own phones.",
			"| Connections opened from the customer's network | TCP 443 (DME staff web browser, to DreamAir Cloud) | ",
			"DreamAir app runs on a patient's or caregiver's own phone and connects from whatever network that device is on: no firewall rule is given for it.",
			"| DreamAir app | On a patient's or caregiver's own phone | The patient installs app updates",
			"| 443/TCP | HTTPS (App connection to DreamAir Cloud) | DreamAir app (on a patient's or caregiver's own phone) | Out |",
			"| 1 | Allow | DME staff web browser | portal.dreamair.example | 443/TCP |")
		kindtest.SaysNone(t, rel, csd, "the customer owns", "customer's own device", "DreamAir app: TCP 443", "Hospital network", "hospital")
	}
	notice := read("dreamair/notices/eos-5.1.md")
	kindtest.SaysAll(t, "eos-5.1.md", notice,
		"The ports of the DreamAir app are not listed: it runs on a patient's or caregiver's own phone, which connects from whatever network it is on.")
	kindtest.SaysNone(t, "eos-5.1.md", notice, "the customer owns")
	for _, rel := range []string{"dreamair/security-plan.md", "dreamair/risk-report.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "On a patient's or caregiver's own phone: DreamAir app.")
		kindtest.SaysNone(t, rel, doc, "customer's own device", "the customer owns")
	}
}

// TestHomeCPAPRemotePrescriptionChanges: the prescriber and the DME
// supplier change the prescribed pressure from DreamAir Cloud's portal.
// The CSD's remote-access facts spoke only of the manufacturer ("Remote
// service connections by the manufacturer | No"), and nothing told the
// DME supplier who can change the therapy from afar, how they sign in
// and what the device checks; the MDS2 form answered CONN-8 See Note.
// [[remote_control]] says it in the CSD of both versions (3.4 and a key
// fact), in the plan (6.9) and derives CONN-8 Yes, note 5 kept.
func TestHomeCPAPRemotePrescriptionChanges(t *testing.T) {
	read := buildFixture(t, "homecpap")
	for _, rel := range []string{"dreamair/csd.md", "dreamair/5.1/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Remote service connections by the manufacturer | No |",
			"| Clinical settings changed from another device over a network | Yes: Remote prescription changes | [3.4 Remote control of clinical settings](#3-4-remote-control-of-clinical-settings) |",
			"### 3.4 Remote control of clinical settings",
			"**Remote prescription changes.**",
			"| Who can use it | The prescribing physician and the DME supplier's staff, each for their own patients |",
			"| Through | DreamAir Cloud (hosted by the manufacturer) |",
			"| How the user is authenticated and authorised | A Somnara portal account with a password and a one-time code",
			"| What the device checks before it applies a change | The device takes settings only from DreamAir Cloud",
			// not in the data: not stated, never "No"
			"| The patient or the user at the device is told of a change | Not stated |",
			"| On as shipped | Not stated |",
			"| Can be turned off | Yes. Only by turning the device's modem off in the clinical menu")
		kindtest.SaysNone(t, rel, csd, "No one can change the device's clinical settings")
	}
	plan := read("dreamair/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"### 6.9 Remote control of clinical settings",
		"| What they can change or start | The prescribed pressure and therapy mode; DME staff only within the physician's prescription. Therapy cannot be started or stopped remotely. |",
		"Customers read about it in section 3.4, Remote control of clinical settings, of the customer security documentation.")
	kindtest.SaysNone(t, "security-plan.md", plan, "**Version 5.1.**", "is not stated for version")
	for _, rel := range []string{"dreamair/mds2.md", "dreamair/5.1/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| CONN-8 | Can the device be operated remotely from another device, for example for telemedicine? | [Yes](#how-derived-and-ruled-out-answers-were-reached",
			"remote_control[0] lists a way a person changes the device's settings from another device over a network: Remote prescription changes.\") | Note\u00a05 |",
			"**Note 5.** The prescriber or the DME supplier can change the prescribed pressure and mode remotely")
		kindtest.SaysNone(t, rel, form, "| CONN-8 | Can the device be operated remotely from another device, for example for telemedicine? | See Note")
	}
}

// TestHomeCPAPOpenSSLInExtendedUpdates: openssl 3.0.14's supplier support
// ended on 2026-09-07, before the documents' date (2026-11-02), while
// extended security updates every customer receives continue until
// 2027-12-31. Its level was given as plain "Actively maintained", and the
// lifecycle page said "none has an announced end of supplier support that
// has passed". The version's end of support is not announced, but with 24
// months' notice promised and none given it comes after 2028-11-02, so
// openssl's fixes end before it: it needs attention ("Yes"), and linux
// (2033) is not compared. With the extended updates lasting past that
// date it needs none, and the page says the date it is judged by is the
// extended updates' end; without extended updates its support has ended.
func TestHomeCPAPOpenSSLInExtendedUpdates(t *testing.T) {
	const level = "Actively maintained (as stated); supplier support ended on 2026-09-07"
	read := buildFixture(t, "homecpap")
	life, csd := read("dreamair/lifecycle.md"), read("dreamair/csd.md")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"1 of its 4 components needs attention; the version's end of support is not announced, but with at least 24 months' notice promised it comes no earlier than 2028-11-02, so the components listed are those whose supplier support has ended or ends by then.",
		"| openssl | 3.0.14 | "+level+" | 2026-09-07; extended security updates until 2027-12-31 | Yes |",
		"One of its other components has an end of supplier support announced for a date after 2028-11-02; the version's end of support is not announced, only that it comes no earlier than that date, so this date is not compared with it:")
	kindtest.SaysAll(t, "csd.md", csd,
		"Supplier support has ended for one component that still receives security fixes under extended security updates that reach every customer; it is judged by the end of those. Components no longer maintained by their supplier, or whose supplier support has ended or ends on or before 2028-11-02",
		"| openssl | 3.0.14 | "+level+" | 2026-09-07; extended security updates until 2027-12-31 | Yes |")
	kindtest.SaysNone(t, "lifecycle.md", life, "| openssl | 3.0.14 | Actively maintained |", "none has an announced end of supplier support that has passed")

	files, _ := buildFixtureEdited(t, "homecpap", "dreamair.toml", kindtest.Replace("extended_until = 2027-12-31", "extended_until = 2029-12-31"))
	life, csd = files["dreamair/lifecycle.md"], files["dreamair/csd.md"]
	kindtest.SaysAll(t, "extended past 2028-11-02: lifecycle.md", life,
		"This page singles out none of its components (4 listed): none is stated to be no longer maintained or abandoned by its supplier, and none of those whose end of supplier support is stated has an announced end of supplier support (or, for one with extended security updates, an end of those) on or before 2028-11-02: the version's end of support is not announced, and with at least 24 months' notice promised it comes no earlier than that date. The end of supplier support of bluez 5.72 and Quectel EG21-G modem firmware EG21GGBR07A13M1G is not stated.",
		"2 of its components have an end of security fixes (of supplier support, or of the extended security updates that follow it) announced for dates after 2028-11-02, listed earliest first",
		"| openssl | 3.0.14 | "+level+" | 2026-09-07; extended security updates until 2029-12-31 |")
	kindtest.SaysAll(t, "extended past 2028-11-02: csd.md", csd,
		"Supplier support has ended for one component that still receives security fixes under extended security updates that reach every customer; it is judged by the end of those. No component is stated to be no longer maintained or abandoned by its supplier, and none of those whose end of supplier support is stated has an announced end of supplier support (or, for one with extended security updates, an end of those) on or before 2028-11-02.",
		"The end of supplier support of bluez 5.72 and Quectel EG21-G modem firmware EG21GGBR07A13M1G is not stated.")

	files, _ = buildFixtureEdited(t, "homecpap", "dreamair.toml", kindtest.Replace("extended_until = 2027-12-31\nextended_for = \"every_customer\"\n", ""))
	life, csd = files["dreamair/lifecycle.md"], files["dreamair/csd.md"]
	kindtest.SaysAll(t, "no extended updates: lifecycle.md", life,
		"| openssl | 3.0.14 | "+level+" | 2026-09-07 | Yes (its support has ended) |",
		"One of its other components has an end of supplier support announced for a date after 2028-11-02")
	kindtest.SaysNone(t, "no extended updates: lifecycle.md", life, "an end of security fixes (of supplier support", "extended security updates")
	kindtest.SaysNone(t, "no extended updates: csd.md", csd, "Supplier support has ended for one component that still receives")
}

// TestCSDRequiredControlsAndTheRiskAssessment: the CSD said every control
// marked Required is "assumed by the device's security risk assessment;
// without them the residual risk … does not hold", also for a product
// whose threats rely on no customer control (the ventilator's risk report
// shows "CSD labeling: Not linked"). Priority required says only that the
// device's security depends on the control; the residual risk relies on
// the controls a threat's labeling names, which the CSD names when any
// does (DreamAir's T-01 and T-02 name RC-01 and RC-02; the ventilator's
// T-01 names its RC-02, left out here).
func TestCSDRequiredControlsAndTheRiskAssessment(t *testing.T) {
	csd := buildFixture(t, "homecpap")("dreamair/csd.md")
	kindtest.SaysAll(t, "homecpap csd.md", csd,
		"Those marked **Required** are the ones Somnara Respiratory, Inc. states the device's security depends on. The residual risk Somnara Respiratory, Inc. states in its security risk assessment relies on RC-01 and RC-02: it does not hold without those controls.")
	files, _ := buildFixtureEdited(t, "ventilator", "v500.toml", kindtest.Replace("labeling = [\"RC-02\"]\n", ""))
	vent := files["v500/csd.md"]
	kindtest.SaysAll(t, "ventilator csd.md", vent, "Those marked **Required** are the ones Corvane Respiratory Inc. states the device's security depends on.\n")
	kindtest.SaysNoneBecause(t, "ventilator csd.md", vent, "no threat names a control in its labeling", "relies on RC-", "assumed by the")
}
