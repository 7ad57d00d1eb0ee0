package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNonDeviceGuidanceIsAReference: a product that is not a medical
// device (nicucam) does not meet the FDA and IMDRF guidance written for
// devices, which its plan's section 12 says does not apply: its documents
// are arranged after it, as a reference, and the CSD names no FDA
// labeling item of the product's.
func TestNonDeviceGuidanceIsAReference(t *testing.T) {
	read := buildFixture(t, "nicucam")
	plan := read("kinview/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		`This document is laid out to cover the editions below; those marked "written for medical devices" apply to the product, which is not a medical device, only as a reference: the document is arranged after them.`,
		"| FDA guidance: Postmarket Management of Cybersecurity in Medical Devices (written for medical devices) |",
		"| IMDRF N60: Principles and Practices for Medical Device Cybersecurity (written for medical devices) |",
		"| HSCC Medical Device and Health IT Joint Security Plan, version 2 (JSP2) |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the product is not a medical device", "This document is laid out to cover the editions below.\n")
	for _, rel := range []string{"kinview/lifecycle.md", "kinview/notices/eos-2.6.md"} {
		kindtest.SaysAll(t, rel, read(rel), "This document is arranged after the editions below; they are written for medical devices, which the product is not, so they apply to it only as a reference.")
	}
	csd := read("kinview/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "### Where each topic is addressed",
		"Sections 1 to 14 follow the order of the cybersecurity labeling items of the FDA premarket cybersecurity guidance, which that guidance asks of a medical device's labeling; the product is not a medical device, so the items serve here only as the order of the topics;")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the product has no FDA labeling", "### Where each FDA labeling item is addressed")
}

// TestNonDeviceRiskScaleIsForDevices: the plan of a product that is not a
// medical device, none of whose threats states a severity of harm
// (nicucam, teleicu), does not present the patient-injury scale as the
// one its harm is rated on, nor a safety risk file it does not have; and
// the risk.evaluation warning does not say every threat is judged by a
// table that judges none.
func TestNonDeviceRiskScaleIsForDevices(t *testing.T) {
	for name, file := range map[string]string{"nicucam": "kinview.toml", "teleicu": "vigilon.toml"} {
		// an edit that changes no fact: the build's warnings are wanted
		files, res := buildFixtureEdited(t, name, file, func(s string) string { return s + "\n# unchanged\n" })
		var plan string
		for rel, text := range files {
			if strings.HasSuffix(rel, "/security-plan.md") {
				plan = text
			}
		}
		kindtest.SaysAll(t, name+" security-plan.md", plan,
			"No threat of the product states a severity of harm, so none is rated on the scale below, which is written for the patient harm of medical devices (the product is not a medical device), nor judged controlled or uncontrolled by the table after it:",
			"### 4.5 Link to safety risk management", "[4.5 Link to safety risk management](#4-5-link-to-safety-risk-management)")
		kindtest.SaysNoneBecause(t, name+" security-plan.md", plan, "the product is not a medical device",
			"The severity of patient harm is rated separately", "Link to the safety risk file")
		found := false
		for _, w := range res.Warnings {
			if w.Path != "risk.evaluation" {
				continue
			}
			found = true
			if strings.Contains(w.Message, "every threat is judged by it") || !strings.Contains(w.Message, "every threat's exploitability is rated by it, but no threat states a severity of harm (threats.harm), so none is judged controlled or uncontrolled") {
				t.Errorf("%s: risk.evaluation warning judges threats that state no harm: %s", name, w.Message)
			}
		}
		if !found {
			t.Errorf("%s: no risk.evaluation warning", name)
		}
	}
}

// TestSoftwareOnlyNoticeModelIsReleasedFor: a notice about software 5.4
// of a product with no hardware of its own (teleicu) lists its model, a
// licence, as affected where 5.4 is installed, not as something the later
// software runs on.
func TestSoftwareOnlyNoticeModelIsReleasedFor(t *testing.T) {
	notice := buildFixture(t, "teleicu")("vigilon/notices/eos-5.4.md")
	kindtest.SaysAll(t, "eos-5.4.md", notice, "Affected only where software 5.4 is installed; the later software 6.1, which this notice does not concern, is also released for it.")
	kindtest.SaysNoneBecause(t, "eos-5.4.md", notice, "the model is no hardware", "runs on it too")
}

// TestSoftwareOnlyCSDIsForITTeams: a medical device with no part on
// medical hardware, only software on the hospital's servers, computers
// and phones (bloodbank, mdmvitals), is looked after by the hospital's IT
// teams, not its biomedical engineers.
func TestSoftwareOnlyCSDIsForITTeams(t *testing.T) {
	for name, rel := range map[string]string{"bloodbank": "sanguis-tms/csd.md", "mdmvitals": "vitatap/csd.md"} {
		csd := buildFixture(t, name)(rel)
		kindtest.SaysAll(t, name+" csd.md", csd, "## Key facts for the network, security and IT teams", "This document gives the hospital's network, security and IT teams what ")
		kindtest.SaysNoneBecause(t, name+" csd.md", csd, "no part is on medical hardware", "biomedical engineering")
	}
}
