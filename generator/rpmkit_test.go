package generator

import (
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
			"Patients use the Halvard CardioWatch Remote Patient Monitoring Kit at home; the hospital provides it to them.",
			"| 1 | Allow | Hospital network | portal.cardiowatch.example | 443/TCP |",
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
		"The product is software as a medical device (SaMD), with hardware Halvard Connected Care, Inc. supplies: CardioWatch tablet; CardioWatch Cloud runs in a service the manufacturer hosts.")
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
