package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestTeleicuRemoteServiceReach: teleicu writes no remote_service.parts
// and has no device part. Its CSD and plan said as fact that Caridas's
// remote service reaches the Vigilon server and the Command Centre
// application on the health system's own PCs, and its end-of-support
// notice and CSAF twin said to block every other port without the CSD's
// caveat for the remote-service connection no port carries.
func TestTeleicuRemoteServiceReach(t *testing.T) {
	const reach = "Caridas Telehealth, Inc.'s remote service reaches the product by a connection whose port and direction are not stated; which of its parts it reaches is not stated"
	const caveat = "The product data state no port for the remote-service connection by which Caridas Telehealth, Inc. reaches the product, nor which of its parts it reaches: check which connection it needs before "
	const false_ = "reaches the Vigilon server and the Vigilon Command Centre application"
	site := buildFixture(t, "teleicu")
	csd := site("vigilon/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, reach+".", caveat+"applying rule 5, the final deny, and allow it.")
	kindtest.SaysNone(t, "csd.md", csd, false_)
	plan := site("vigilon/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, reach+".")
	kindtest.SaysNone(t, "security-plan.md", plan, false_)
	notice := site("vigilon/notices/eos-5.4.md")
	kindtest.SaysAll(t, "eos-5.4.md", notice, caveat+"blocking every other port, and allow it.")
	csaf := site(".well-known/csaf/white/2025/ct-vig-n-001.json")
	kindtest.SaysAll(t, "ct-vig-n-001.json", csaf, caveat+"blocking every other port, and allow it.")
	kindtest.SaysNone(t, "ct-vig-n-001.json", csaf, "product uses only these ports")
}

// TestBloodbankRemoteServiceCustomerAccess: Corvale's support connects
// through the hospital's own remote-access tool, of the hospital's
// choosing (remote_service.connection = "customer_access"). No port of
// the product is expected for it: the key facts name the listening ports
// (not "Not stated"), no caveat says its port is not stated, check does
// not ask for the port; the documents say the manufacturer connects
// through the hospital's own means, whose rules are the hospital's.
func TestBloodbankRemoteServiceCustomerAccess(t *testing.T) {
	const via = "Corvale Systems Ltd's remote service reaches the product through the hospital's own remote-access means, which the hospital runs and controls under its own rules; which of its parts it reaches is not stated"
	files, res := buildFixtureEdited(t, "bloodbank", "", nil)
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "list the port that carries it") {
			t.Errorf("warning for a remote service through the customer's own means: %s", d.Message)
		}
	}
	for _, rel := range []string{"sanguis-tms/csd.md", "sanguis-tms/8.4/csd.md"} {
		csd := files[rel]
		kindtest.SaysAll(t, rel, csd,
			"| Ports listening on the hospital network | TCP 6661 (Sanguis TMS application server), TCP 8250 (Sanguis TMS application server); whether each is open as shipped is not stated | "+via+".",
			via+": let those rules decide what that means may connect to before applying rule 7, the final deny.",
			"| How the connection is opened | Through the hospital's own remote-access means, which the hospital runs and controls under its own rules; Corvale Systems Ltd's staff reach the product through it |")
		kindtest.SaysNone(t, rel, csd, "by a connection whose port", "no port for the remote-service connection", "reaches the Sanguis TMS application server and the Sanguis TMS client")
	}
	plan := files["sanguis-tms/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, "whether they are open as shipped is not stated; "+via+".",
		"| How the connection is opened | Through the hospital's own remote-access means, which the hospital runs and controls under its own rules |")
	kindtest.SaysNone(t, "security-plan.md", plan, "by a connection whose port")
}
