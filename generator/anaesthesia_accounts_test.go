package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAnaesthesiaClinicianWithoutSignIn: the AW-500 starts into the
// clinical screen, so its clinicians use it without signing in
// (sign_in = []), not locally; its service technician's password is the
// control unit's own, and the control unit is the product's only part,
// so the form derives PAUT-14 Yes from that account (the hand answer said
// No).
func TestAnaesthesiaClinicianWithoutSignIn(t *testing.T) {
	read := buildFixture(t, "anaesthesia")
	kindtest.SaysAll(t, "csd.md", read("aw500/csd.md"),
		"| Clinician | User | None: used without signing in | Operate the workstation. |")
	kindtest.SaysAll(t, "mds2.md", read("aw500/mds2.md"),
		`| PAUT-14 | Does the device store or manage authentication credentials? | [Yes](#how-derived-and-ruled-out-answers-were-reached "The manufacturer's answer; the product data agree: accounts[1].sign_in lists local for Service technician: the Control unit, the product's only part, keeps and checks its credential.")`,
		"| PAUT-1 | Can every user account have its own user ID and password? | [No](")
}
