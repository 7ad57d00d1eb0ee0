package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/dispensing is health IT with hardware of its own: a
// medication-dispensing cabinet system (medical_device = false) whose
// cabinets run on Carrowmoor's hardware, with a server the hospital hosts
// and a remote-support portal Carrowmoor hosts (its product file's header
// says what it holds).

// TestDispensingCallsItTheProduct: with a part on hardware of its own,
// every document called the whole product "the device", though README
// promises that health IT is called the product: the CSD said "the
// hospital's part of the device's security", "assumed by the device's
// security risk assessment", "The device detects the events below" (the
// server logs them), "servicing the device remotely" and "whose staff
// then work on the device" (the remote support reaches the server, not
// a cabinet), "what the device needs from outside the hospital network";
// the lifecycle page and the plan told the customer to "isolate the
// device", the end-of-life notice listed "Affected devices" and said
// "The device needs only these ports" above ports that are the server's;
// the MDS2 form's derived RMOT answers gave as their reasons that "the
// manufacturer can service the device remotely" and that "the device
// sends the manufacturer no data".
func TestDispensingCallsItTheProduct(t *testing.T) {
	read := buildFixture(t, "dispensing")
	csd := read("vesta/csd.md")
	kindtest.SaysAll(t, "vesta/csd.md", csd,
		"The controls below are the hospital's part of the product's security. Those marked **Required** are the ones Carrowmoor Health Systems, Inc. states the product's security depends on.",
		"The product detects the events below",
		"What Carrowmoor Health Systems, Inc. states about servicing the product remotely:",
		"whose staff then work on the product through that connection",
		"gives no summary of what the product needs from outside the hospital network",
		"The MDS2 form answers that the product does not need an Internet connection for its intended use (CONN-6).")
	lc := read("vesta/lifecycle.md")
	kindtest.SaysAll(t, "vesta/lifecycle.md", lc, "should move to a supported version, or replace or isolate the product", "its effect on the product's lifecycle stage")
	notice := read("vesta/notices/eol-8.2.md")
	kindtest.SaysAll(t, "vesta/notices/eol-8.2.md", notice, "## 1. Affected products and models", "the product needs these ports")
	plan := read("vesta/security-plan.md")
	kindtest.SaysAll(t, "vesta/security-plan.md", plan, "should move to a supported version, or replace or isolate the product")
	mds2 := read("vesta/mds2.md")
	kindtest.SaysAll(t, "vesta/mds2.md", mds2,
		"remote_service.offered says the manufacturer can service the product remotely.",
		"remote_service.telemetry says the product sends the manufacturer no data about its own working for maintenance.",
		"the manufacturer does not update the product's software, change its settings or train its users remotely.")
	kindtest.SaysNoneBecause(t, "vesta/mds2.md", mds2, "the device remotely", "the device sends")
	for rel, doc := range map[string]string{"vesta/csd.md": csd, "vesta/lifecycle.md": lc, "vesta/notices/eol-8.2.md": notice, "vesta/security-plan.md": plan, "vesta/risk-report.md": read("vesta/risk-report.md")} {
		kindtest.SaysNoneBecause(t, rel, doc, "the device's", "The device ", "the device remotely", "on the device through", "isolate the device", "Affected devices", "device needs")
	}
}

// TestDispensingPlanListsEveryPartsConnectivity: the plan's 524B section
// listed as "The product's connectivity features" only the cabinet's
// Ethernet and USB, leaving out the server's network interface (which
// reaches Carrowmoor's portal over the internet) and its web console: the
// rule that a customer-hosted server is not a feature of the device is
// 524B's, and health IT has no device for it to be about.
func TestDispensingPlanListsEveryPartsConnectivity(t *testing.T) {
	plan := buildFixture(t, "dispensing")("vesta/security-plan.md")
	i := strings.Index(plan, "The product's connectivity features:")
	j := strings.Index(plan, "### 1.7 ")
	if i < 0 || j < i {
		t.Fatal("the plan has no connectivity features before 1.7")
	}
	kindtest.SaysAll(t, "vesta/security-plan.md 1.6", plan[i:j],
		"| Cabinet Ethernet port | Vesta cabinet (on the device) | Ethernet | Yes |",
		"| Server virtual machine network interface | Vesta server (hosted by the customer) | Virtual network interface | Yes |",
		"| Vesta pharmacy console | Vesta server (hosted by the customer) | Web user interface | Yes |")
}
