package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/insulinpump is an automated insulin delivery system used at
// home: a worn pump, the maker's app on the patient's phone, another
// company's CGM and the maker's cloud (its product file's header says
// what it holds).

// TestInsulinPumpRelatedSystemOfAnotherMaker: the CGM the app reads is
// Dexcom's, not Lumen's. Entered as a related system (the device
// versions each CGM version works with are what patients and clinics
// need), the CSD's 4.5 and the plan's 9.11 called it "the following
// system of Lumen Diabetes Systems, Inc.", and, as a related system had
// to say where it runs, "a system that runs on a phone, tablet or
// computer the customer owns" for a body-worn sensor. maker names its
// maker; a system of another maker may leave runs out.
func TestInsulinPumpRelatedSystemOfAnotherMaker(t *testing.T) {
	read := buildFixture(t, "insulinpump")
	for _, rel := range []string{"lumen-aid/csd.md", "lumen-aid/2.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"works with the following system of another maker, a separate product with its own versions and support dates.",
			"**Dexcom G7 CGM** is a system of Dexcom, Inc. Continuous glucose monitor worn by the patient;",
			"| Made and supported by | Dexcom, Inc. |",
			"| Hosted | Not stated |")
		kindtest.SaysNoneBecause(t, rel, csd, "the CGM named the manufacturer's or said to run on a phone",
			"system of Lumen Diabetes Systems", "Dexcom G7 CGM** is a system that runs")
		// another maker's system is no part of the product: "Part: Not
		// stated" would leave that open
		kindtest.SaysNone(t, rel, csd, "| Part | Not stated |")
	}
	plan := read("lumen-aid/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"relies on the following system of another maker, which is not the device itself.",
		"Dexcom G7 CGM is a system of Dexcom, Inc. Continuous glucose monitor",
		"| Covered by this plan | No |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the CGM named the manufacturer's", "system of Lumen Diabetes Systems")
	kindtest.SaysAll(t, "lifecycle.md", read("lumen-aid/lifecycle.md"), "Dexcom G7 CGM is a system of Dexcom, Inc.; the Lumen Loop")
}

// TestInsulinPumpPlanConnectivityNamesTheApp: the plan's 1.6 listed only
// the pump's Bluetooth radio among "the connectivity features that bear
// on the determination" under 524B, while the system reaches the internet
// through the maker's app on the patient's phone, which commands the pump
// (the rationale beside it says so). The app's interfaces are the device's;
// Lumen Cloud's, a service the maker hosts, are not listed.
func TestInsulinPumpPlanConnectivityNamesTheApp(t *testing.T) {
	plan := buildFixture(t, "insulinpump")("lumen-aid/security-plan.md")
	sec := connectivitySection(t, plan)
	kindtest.SaysAll(t, "security-plan.md 1.6", sec,
		"| Pump Bluetooth Low Energy radio | Lumen pump (on the device) | Bluetooth | Yes |",
		"| Phone Bluetooth (used by the app) | Lumen app (on the customer's own phone) | Bluetooth | Yes |",
		"| Phone internet connection (used by the app) | Lumen app (on the customer's own phone) | API | Yes |")
	kindtest.SaysNoneBecause(t, "security-plan.md 1.6", sec, "a cloud service's listener listed as the device's",
		"| Lumen Cloud API |", "| Lumen Clinic web portal |")
}

// TestInsulinPumpOtherMakersVersionStage: the CGM firmware Dexcom
// released in 2023, with no end of life or support in Lumen's data, was
// put in the "Support" stage by the CSD, the plan and the lifecycle page
// (and lifecycle.json), and the lifecycle page said each version is
// "supported until its own end of support": Lumen cannot say that of
// Dexcom's product. The stage is "Not stated" and the page says Dexcom
// decides.
func TestInsulinPumpOtherMakersVersionStage(t *testing.T) {
	read := buildFixture(t, "insulinpump")
	for _, rel := range []string{"lumen-aid/csd.md", "lumen-aid/2.0/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel), "| G7 sensor firmware 1.x | 2.0, 2.1 | 2023-02-10 | Not stated | Not stated | Not stated | Not stated |")
	}
	kindtest.SaysAll(t, "security-plan.md", read("lumen-aid/security-plan.md"), "| G7 sensor firmware 1.x | 2.0, 2.1 | 2023-02-10 | Not stated | Not stated | Not stated |")
	life := read("lumen-aid/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"works with the versions below, whose support Dexcom, Inc. decides.",
		"| G7 sensor firmware 1.x | 2.0, 2.1 | Not stated |")
	kindtest.SaysNone(t, "lifecycle.md", life, "each supported until its own end of support", "| G7 sensor firmware 1.x | 2.0, 2.1 | Support |")
	kindtest.SaysAll(t, "lifecycle.json", read("lumen-aid/lifecycle.json"), `"maker": "Dexcom, Inc."`, `"stage": "Not stated"`)
}

// TestInsulinPumpRemoteBolusByVersion: 2.1 adds the caregiver's remote
// bolus through Lumen Cloud (remote_control_added); 2.0 writes
// remote_control = []. Each version's CSD says its own (2.0: nobody can;
// 2.1: who, how they sign in, what the patient's app checks, off as
// shipped), the plan says both by version, and 2.1's hand CONN-8 Yes now
// agrees with the data.
func TestInsulinPumpRemoteBolusByVersion(t *testing.T) {
	read := buildFixture(t, "insulinpump")
	old, cur := read("lumen-aid/2.0/csd.md"), read("lumen-aid/csd.md")
	kindtest.SaysAll(t, "2.0/csd.md", old,
		"| Clinical settings changed from another device over a network | No, from outside the product | Within the product, the Lumen app sends therapy data to the Lumen pump (data flow DF-02).",
		"The device has no function by which a person away from it changes its clinical settings, or starts or stops its therapy, from another device over a network. Within the product, the Lumen app sends therapy data to the Lumen pump (data flow DF-02).")
	kindtest.SaysNone(t, "2.0/csd.md", old, "**Remote bolus.**")
	kindtest.SaysAll(t, "csd.md", cur,
		"| Clinical settings changed from another device over a network | Yes: Remote bolus |",
		"| Who can use it | A caregiver the patient has invited",
		"| Through | Lumen Cloud (hosted by the manufacturer) |",
		"| The patient or the user at the device is told of a change | Yes |",
		"| On as shipped | No |",
		"| Can be turned off | Yes. The patient, in the app under Settings")
	kindtest.SaysNone(t, "csd.md", cur, "has no function by which a person away from it changes")
	plan := read("lumen-aid/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"**Version 2.0.** The device has no function by which a person away from it changes its clinical settings",
		"**Version 2.1.** People can change the device's clinical settings from another device",
		"of the customer security documentation of their version.")
	kindtest.SaysAll(t, "mds2.md", read("lumen-aid/mds2.md"),
		"The manufacturer's answer; the product data agree: versions[1].changes.remote_control_added[0]")
}

// TestInsulinPumpTextsPerVersion: the description said "From system
// release 2.1 a caregiver can request a bolus" and the cloud statement
// that remote bolus needs Lumen Cloud, in 2.0's MDS2 form and CSD too,
// whose remote-control section says no one can. 2.1 now writes its own
// description and cloud statement.
func TestInsulinPumpTextsPerVersion(t *testing.T) {
	read := buildFixture(t, "insulinpump")
	for _, rel := range []string{"lumen-aid/2.0/csd.md", "lumen-aid/2.0/mds2.md"} {
		kindtest.SaysNoneBecause(t, rel, read(rel), "2.0 has no remote bolus", "request a bolus", "remote bolus need it")
	}
	kindtest.SaysAll(t, "2.0/csd.md", read("lumen-aid/2.0/csd.md"),
		"Closed-loop dosing runs on the phone and the pump without Lumen Cloud; uploads, clinic reports and firmware downloads need it.")
	kindtest.SaysAll(t, "csd.md", read("lumen-aid/csd.md"),
		"Closed-loop dosing runs on the phone and the pump without Lumen Cloud; uploads, clinic reports, firmware downloads and remote bolus need it.")
	kindtest.SaysAll(t, "mds2.md", read("lumen-aid/mds2.md"),
		"A caregiver can request a bolus for the patient from the Lumen app on the caregiver's own phone, through Lumen Cloud.")
}

// TestInsulinPumpOlderVersionHasNoCaregiverControl: caregivers and remote
// bolus arrive in 2.1. 2.0's CSD told its patients, as a required control,
// to manage caregivers and turn remote bolus on only when needed, for a
// version with neither; 2.1's CSD keeps the control.
func TestInsulinPumpOlderVersionHasNoCaregiverControl(t *testing.T) {
	read := buildFixture(t, "insulinpump")
	old, cur := read("lumen-aid/2.0/csd.md"), read("lumen-aid/csd.md")
	kindtest.SaysNone(t, "2.0/csd.md", old,
		"Caregivers and remote bolus",
		"turn remote bolus on only when needed",
	)
	kindtest.SaysAll(t, "csd.md", cur,
		"| RC-03 | Access control | Caregivers and remote bolus | **Required** |",
		"turn remote bolus on only when needed",
	)
}
