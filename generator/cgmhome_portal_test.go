package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCGMHomeClinicPortalIsNotThePatientsConnection: cgmhome's clinic
// portal, which no data flow ties to its users, had a firewall rule from
// "Customer network", for a product whose customers are patients at
// home: the CSD's key facts counted it among the connections from the
// patient's network, and the end-of-support notice and its CSAF twin
// listed it under what the patient is asked to do. Its From is now not
// stated, and only the CSD's rules table gives it, saying why. The
// notice spoke to the patient as to a network administrator ("No other
// port needs to stay open on the customer's network") and of "affected
// devices" for an app version; it now speaks of the home network and of
// the affected versions. A hospital's rule to its hosted worklist, and
// the notices of products others provide at home, keep their words.
func TestCGMHomeClinicPortalIsNotThePatientsConnection(t *testing.T) {
	site := buildFixture(t, "cgmhome")
	csd := site("glucosense/csd.md")
	kindtest.SaysAll(t, "glucosense/csd.md", csd,
		"| 1 | Allow | Not stated | clinic.glucosense.example | 443/TCP | HTTPS (GlucoSense Clinic portal) | Not stated |",
		"Every allow rule below is outbound, to a service the manufacturer hosts. No data flow names who reaches the GlucoSense Clinic portal of GlucoSense Cloud (rule 1), nor from which network, so its From is not stated: it is not given as a connection from the customer's network.",
		"| Connections opened from the customer's network as installed | TCP 443 (GlucoSense app); whether it is used as installed is not stated |")
	kindtest.SaysNone(t, "glucosense/csd.md", csd, "Customer network", "(to GlucoSense Cloud)",
		"Every allow rule below is outbound: it lets the customer's network reach")

	notice := site("glucosense/notices/eos-4.9.md")
	kindtest.SaysAll(t, "eos-4.9.md", notice,
		"None: Quillon Diabetes Care, Inc. states that the customer needs no compensating control for the affected versions.",
		"Nothing needs to be opened on the customer's home network for the product: the GlucoSense app connects from whatever network it is on and works only where that network allows its connections.")
	kindtest.SaysNone(t, "eos-4.9.md", notice, "Customer network", "affected devices",
		"these connections go from it to the services the manufacturer hosts", "needs to stay open on the customer's network")

	// The same after connections the data do place (the clinic's
	// browsers, in insulinpump's flows).
	kindtest.SaysAll(t, "insulinpump eol-2.0.md", buildFixture(t, "insulinpump")("lumen-aid/notices/eol-2.0.md"),
		"| Clinic web browser | clinic.lumenloop.example | 443/TCP |",
		"Nothing else needs to be opened on the customer's home network for the product: the Lumen app connects from whatever network it is on and works only where that network allows its connections.")

	csaf := site(".well-known/csaf/white/2024/qdc-gs-eos-49.json")
	kindtest.SaysNone(t, "qdc-gs-eos-49.json", csaf, "Connections from the customer's network", "from Customer network")

	// A hospital's users reach its hosted worklist from the hospital
	// network, which the data do not need to say.
	hcsd := buildFixture(t, "hostedmds2")("neuroflag/csd.md")
	kindtest.SaysAll(t, "hostedmds2 csd.md", hcsd,
		"| 1 | Allow | Hospital network | app.neuroflag.example | 443/TCP | HTTPS (NeuroFlag web worklist) | When its interface is used |",
		"Every allow rule below is outbound: it lets the hospital network reach a service the manufacturer hosts.")
	kindtest.SaysNone(t, "hostedmds2 csd.md", hcsd, "No data flow names who reaches")

	// An organisation's and a hospital's products used at home: their
	// readers look after networks and fleets of devices.
	kindtest.SaysAll(t, "homecpap eos-5.1.md", buildFixture(t, "homecpap")("dreamair/notices/eos-5.1.md"),
		"No other port needs to stay open on the customer's network for the product, except the connections of the DreamAir app, which are made from whatever network it is on")
	kindtest.SaysAll(t, "ecgpatch eos-1.0.md", buildFixture(t, "ecgpatch")("holterpatch/notices/eos-1.0.md"),
		"needs no compensating control for the affected devices")
}
