package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/rpmkit is a remote patient monitoring kit that a health system
// provides to its heart-failure patients at home (its product file's
// header says what it holds).

// TestRPMKitCSDAddressesTheHealthSystem: the kit is used at home, but its
// customer is the health system whose nurses review the alerts from the
// hospital network. With home_use = true alone, both versions' CSDs
// addressed "the patients and caregivers who use the ... Kit at home, and
// the clinics that support them", and check refused customer =
// "hospital" beside home_use = true. Now the customer written beside
// home_use is the one the CSD addresses, and it says who uses the kit.
func TestRPMKitCSDAddressesTheHealthSystem(t *testing.T) {
	read := buildFixture(t, "rpmkit")
	for _, rel := range []string{"cardiowatch/csd.md", "cardiowatch/3.4/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"This document gives the hospital's network, security and biomedical engineering teams what Halvard Connected Care, Inc. states about deploying, operating, servicing and retiring",
			"The hospital provides the Halvard CardioWatch Remote Patient Monitoring Kit to patients who use it at home.",
			"| 1 | Allow | Clinician web browser | portal.cardiowatch.example | 443/TCP |",
			"| Ports listening on the hospital network as shipped | None |")
		kindtest.SaysNone(t, rel, csd, "patients and caregivers who use", "the clinics that support them", "Customer network")
	}
	kindtest.SaysAll(t, "cardiowatch/csd.html", read("cardiowatch/csd.html"),
		`end of support and decommissioning, for hospital network and biomedical engineers">`)
}

// TestRPMKitSaMDOnSuppliedTablet: CardioWatch is SaMD, but Halvard
// supplies the tablet it runs on (a part on the device). The plan said
// it "runs on general-purpose hardware that Halvard Connected Care, Inc.
// does not supply", and the MDS2 form derived DOC-11 and PLOK-1 Yes
// ("software only, with no hardware of its own that could be locked")
// from samd, ruling out the physical-lock questions for a tablet that
// holds 72 hours of readings. Now the plan names the hardware, and the
// form gives the manufacturer's answers (note 9).
func TestRPMKitSaMDOnSuppliedTablet(t *testing.T) {
	read := buildFixture(t, "rpmkit")
	plan := read("cardiowatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The product is software as a medical device (SaMD), with hardware Halvard Connected Care, Inc. supplies (the CardioWatch tablet); its other parts: CardioWatch Cloud, hosted by the manufacturer.")
	kindtest.SaysNone(t, "security-plan.md", plan, "does not supply", "without hardware of its own")
	for _, rel := range []string{"cardiowatch/mds2.md", "cardiowatch/3.4/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| DOC-11 | Is the product software only (Software as a Medical Device, SaMD), without hardware of its own? | See Note | Note\u00a09 |",
			"| PLOK-1 | Is the product software only, with no hardware of its own that could be locked? | No | Note\u00a09 |",
			"| PLOK-2 | Can device parts that hold PII (other than removable media) be removed only with tools? | Yes |")
		kindtest.SaysNone(t, rel, form, "samd is true", "as PLOK-1 is Yes")
	}
}

// TestRPMKitRelatedPeripheralsKeptByHalvard: Halvard supplies the Korvel
// cuff and the Tarrow scale paired with the tablet, and their makers
// control their firmware (kept_by = "manufacturer"). The CSD told the
// health system to "Keep each on a version that works with the device's
// software and is still supported", and both 3.4 notices to "check the
// version of Korvel BP-7 … before upgrading", which the health system
// cannot do. Now they say that Halvard keeps them on a working version.
// (TestCSDRelatedKeptBy and TestNoticeUpgradeRelatedKeptBy hold the rule
// both ways.)
func TestRPMKitRelatedPeripheralsKeptByHalvard(t *testing.T) {
	read := buildFixture(t, "rpmkit")
	for _, rel := range []string{"cardiowatch/csd.md", "cardiowatch/3.4/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd, "separate products with their own versions and support dates. Halvard Connected Care, Inc. keeps each on a version that works with the device's software.\n")
		kindtest.SaysNoneBecause(t, rel, csd, "Halvard supplies and pairs the peripherals", "Keep each on a version", "Keep it on a version")
	}
	for _, rel := range []string{"cardiowatch/notices/eol-3.4.md", "cardiowatch/notices/eos-3.4.md"} {
		notice := read(rel)
		kindtest.SaysAll(t, rel, notice,
			"Software `4.0` works with Korvel BP-7 blood-pressure cuff `BP-7 firmware 2.x`; Halvard Connected Care, Inc. keeps Korvel BP-7 blood-pressure cuff on a version that works with it.",
			"Software `4.0` works with Tarrow WS-20 weight scale `WS-20 firmware 1.x`; Halvard Connected Care, Inc. keeps Tarrow WS-20 weight scale on a version that works with it.")
		kindtest.SaysNoneBecause(t, rel, notice, "Halvard supplies and pairs the peripherals", "check the version of")
	}
}

// TestRPMKitNoticesKeepThePortalOpen: nothing of the kit listens on the
// hospital network, but the nurses' browsers there reach the portal
// (the CSD's firewall rule 1), and the EHR the FHIR API once enabled.
// Both 3.4 notices said "No port of the product is on the customer's
// network, so none there needs to stay open for it." Now they list the
// connections to keep open, as the CSD's rules give them. Without the
// portal and the FHIR API (the tablet alone reaches the cloud, over its
// cellular modem) nothing needs to stay open, and the notice says so.
func TestRPMKitNoticesKeepThePortalOpen(t *testing.T) {
	read := buildFixture(t, "rpmkit")
	for _, rel := range []string{"cardiowatch/notices/eol-3.4.md", "cardiowatch/notices/eos-3.4.md"} {
		notice := read(rel)
		kindtest.SaysAll(t, rel, notice,
			"No port of the product listens on the customer's network, but the product needs these connections from it to the services the manufacturer hosts; keep them open:\n",
			"| Clinician web browser | portal.cardiowatch.example | 443/TCP | HTTPS (CardioWatch clinician portal) | As shipped |",
			"| Health system EHR | fhir.cardiowatch.example | 443/TCP | HTTPS (FHIR R4) (CardioWatch FHIR API) | When enabled |",
			"A connection marked \"When enabled\" is needed only once the customer has turned the feature on.")
		kindtest.SaysNoneBecause(t, rel, notice, "the nurses' browsers reach the portal through the hospital's firewall", "none there needs to stay open")
	}
	files, _ := buildFixtureEdited(t, "rpmkit", "cardiowatch.toml", func(s string) string {
		i := strings.Index(s, "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"The clinician portal.\"")
		j := strings.Index(s, "[[data_stores]]")
		if i < 0 || j < i {
			t.Fatal("the fixture's portal port moved")
		}
		return s[:i] + s[j:]
	})
	notice := files["cardiowatch/notices/eos-3.4.md"]
	kindtest.SaysAll(t, "eos-3.4.md without the portal", notice, "No port of the product is on the customer's network, so none there needs to stay open for it.")
	kindtest.SaysNone(t, "eos-3.4.md without the portal", notice, "keep them open", "portal.cardiowatch.example")
}
