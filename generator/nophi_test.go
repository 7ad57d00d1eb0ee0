package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/nophi is a surgical power console that joins no network:
// ports = [] and one USB service port, no network interface. These tests
// hold the CSD and the plan to what those facts decide.

// buildNophiEdited builds testdata/nophi with ps40.toml edited by each
// of the replacements (old, new pairs) and returns the CSD's Markdown.
func buildNophiEdited(t *testing.T, pairs ...string) string {
	t.Helper()
	files, _ := buildFixtureEdited(t, "nophi", "ps40.toml", func(s string) string {
		for i := 0; i+1 < len(pairs); i += 2 {
			if !strings.Contains(s, pairs[i]) {
				t.Fatalf("ps40.toml has no %q", pairs[i])
			}
			s = strings.Replace(s, pairs[i], pairs[i+1], 1)
		}
		return s
	})
	csd, ok := files["ps40/csd.md"]
	if !ok {
		t.Fatal("the edited nophi fixture built no ps40/csd.md")
	}
	return csd
}

const (
	nophiInternetRow = "| Needs the internet or a cloud service | "
	nophiNoForm      = `build = ["csd", "mds2", "security_plan"]`
	nophiPorts       = "ports = []\n"
)

// TestNophiInternetNeedNoNetwork: a device that joins no network needs
// no internet, which the key fact says with 3.3 rather than "Not stated"
// (the form's derived CONN-6 No is not visible to the CSD, so only a hand
// answer is cited); and 15.1 says so rather than presuming a hospital
// network the device is on. Without ports = [] the data decide nothing,
// and both stay not stated.
func TestNophiInternetNeedNoNetwork(t *testing.T) {
	csd := buildFixture(t, "nophi")("ps40/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		nophiInternetRow+"No: the device joins no network | [3.3 Firewall rules](#3-3-firewall-rules) [15.1 Cloud and internet dependencies](#15-1-cloud-and-internet-dependencies) |",
		"The device joins no network ([3.3 Firewall rules](#3-3-firewall-rules)): it needs no internet connection or cloud service.",
	)
	kindtest.SaysNone(t, "csd.md", csd, nophiInternetRow+"Not stated", "needs from outside the hospital network")

	t.Run("a hand CONN-6 No is cited", func(t *testing.T) {
		csd := buildNophiEdited(t, `"CONN-5" = "no"`, "\"CONN-5\" = \"no\"\n\"CONN-6\" = \"no\"")
		kindtest.SaysAll(t, "csd.md", csd,
			nophiInternetRow+"No: the device joins no network | MDS2 form, CONN-6. [3.3 Firewall rules](#3-3-firewall-rules) [15.1")
	})
	// A hand Yes contradicts the facts (check wants a note for it); the CSD
	// prints the form's answer and does not say the opposite beside it in 15.1.
	t.Run("a hand CONN-6 Yes", func(t *testing.T) {
		csd := buildNophiEdited(t, `"CONN-5" = "no"`, "\"CONN-5\" = \"no\"\n\"CONN-6\" = { answer = \"yes\", note = 1 }")
		kindtest.SaysAll(t, "csd.md", csd,
			nophiInternetRow+"Yes | MDS2 form, CONN-6, note 1.",
			"The MDS2 form answers that the device needs an Internet connection for its intended use (CONN-6).")
		kindtest.SaysNone(t, "csd.md", csd, "it needs no internet connection", "No: the device joins no network")
	})
	t.Run("no form built", func(t *testing.T) {
		csd := buildNophiEdited(t, nophiNoForm, `build = ["csd", "security_plan"]`)
		kindtest.SaysAll(t, "csd.md", csd,
			nophiInternetRow+"No: the device joins no network | [3.3 Firewall rules](#3-3-firewall-rules) [15.1")
		kindtest.SaysNone(t, "csd.md", csd, "MDS2 form, CONN-6")
	})
	t.Run("ports not written: not decided", func(t *testing.T) {
		csd := buildNophiEdited(t, nophiNoForm, `build = ["csd", "security_plan"]`, nophiPorts, "")
		kindtest.SaysAll(t, "csd.md", csd,
			nophiInternetRow+"Not stated | [15.1",
			"Harrowgate Surgical Instruments, Inc. gives no summary of what the device needs from outside the hospital network.")
		kindtest.SaysNone(t, "csd.md", csd, "the device joins no network")
	})
}

// TestNophiSIEMNoNetwork: 12.1 and the key fact say that a device that
// joins no network forwards nothing to a SIEM, rather than that it is not
// stated; the form's own answer (AUDT-1 No) stays the key fact's answer.
func TestNophiSIEMNoNetwork(t *testing.T) {
	csd := buildFixture(t, "nophi")("ps40/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"The MDS2 form answers that the device keeps no audit log of its own (AUDT-1, note 1); it joins no network, so it forwards nothing to a SIEM or log collector.",
		"| Security logging to a SIEM | The device keeps no audit log of its own | MDS2 form, AUDT-1, note 1.")
	kindtest.SaysNone(t, "csd.md", csd, "SIEM or log collector is not stated")

	t.Run("no form built", func(t *testing.T) {
		csd := buildNophiEdited(t, nophiNoForm, `build = ["csd", "security_plan"]`)
		kindtest.SaysAll(t, "csd.md", csd,
			"| Security logging to a SIEM | No: the device joins no network | [12.",
			"The device joins no network, so it forwards no events to a SIEM or log collector.")
		kindtest.SaysNone(t, "csd.md", csd, "SIEM or log collector is not stated", "| Security logging to a SIEM | Not stated")
	})
	t.Run("audit logs that cannot be exported", func(t *testing.T) {
		csd := buildNophiEdited(t,
			`"AUDT-1" = { answer = "no", note = 1 }`, `"AUDT-1" = "yes"`,
			`"AUDT-5" = { answer = "na", reason = "No audit log (AUDT-1)" }`, `"AUDT-5" = "no"`)
		kindtest.SaysAll(t, "csd.md", csd,
			"(AUDT-5); it joins no network, so it forwards no other events to a SIEM or log collector either.")
		kindtest.SaysNone(t, "csd.md", csd, "SIEM or log collector is not stated")
	})
	t.Run("ports not written: not decided", func(t *testing.T) {
		csd := buildNophiEdited(t, nophiNoForm, `build = ["csd", "security_plan"]`, nophiPorts, "")
		kindtest.SaysAll(t, "csd.md", csd,
			"| Security logging to a SIEM | Not stated |",
			"Whether the device forwards events to a SIEM or log collector is not stated.")
	})
}

// TestNophiUpdateIntegrityFromTheFlow: section 6 has no [updates], but
// DF-01 carries the firmware into the device and states its protection
// (signed images, verified before install): section 6 points to it
// rather than call integrity not stated. A flow that carries no software
// in leaves it not stated.
func TestNophiUpdateIntegrityFromTheFlow(t *testing.T) {
	csd := buildFixture(t, "nophi")("ps40/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Beyond this, how to identify the installed version is not stated. How users learn that an update exists is not stated beyond the MDS2 form's answers: Harrowgate Surgical Instruments, Inc. tells the customer when an update has been approved for installation (CSUP-7) and which updates are approved for the device (CSUP-11.1). How the integrity and authenticity of an update are verified is not stated beyond the protection that [2.1 Data in transit](#2-1-data-in-transit) gives for data flow DF-01, which carries updates, and control C-INT-1 (\"The bootloader verifies Harrowgate's signature on a firmware image before installing it and at every start\").")
	kindtest.SaysNone(t, "csd.md", csd, "integrity and authenticity of an update are verified are not stated")

	t.Run("no software flow in", func(t *testing.T) {
		csd := buildNophiEdited(t, "to = \"device\"\ndata = [\"software\"]", "to = \"device\"\ndata = [\"logs\"]")
		kindtest.SaysAll(t, "csd.md", csd,
			"How the integrity and authenticity of an update are verified is not stated beyond control C-INT-1 (")
		kindtest.SaysNone(t, "csd.md", csd, "on its way to the device")
	})
}

// TestNophiVerificationDateNotStated: an activity written without a date
// has its last run "Not stated" in the CSD (15.2) and the plan (8.1): the
// data do not say that no date was recorded. The CSD's row, the product's
// only penetration activity, takes the penetration test's last day, which
// 15.2 gives below it (content.Verification.PenetrationRunDate).
func TestNophiVerificationDateNotStated(t *testing.T) {
	site := buildFixture(t, "nophi")
	csd, plan := site("ps40/csd.md"), site("ps40/security-plan.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Security test of the USB service path (Penetration testing) | 2024-01-19 (the penetration test below) | Unsigned and altered images were refused. |")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| VA-01 | Penetration testing | Security test of the USB service path | Attempts to install unsigned and altered firmware images through the USB service port of a console in hand. | Not stated | Unsigned and altered images were refused. |")
	kindtest.SaysNone(t, "csd.md", csd, "Not recorded")
	kindtest.SaysNone(t, "security-plan.md", plan, "Not recorded")
}
