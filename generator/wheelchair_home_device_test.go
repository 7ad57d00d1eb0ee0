package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWheelchairDocumentsSayWhatTheDataSay: the Velo wheelchair
// controller (testdata/wheelchair) is a device with no network interface
// (Bluetooth to its app, marked internal, and a USB-C service port) and
// an app on the patient's phone. Its documents say what its data say:
// the plan's notice commitments promise no port to block or network
// isolation for a device that joins no network (its app roams with the
// phone); the intros of the interfaces tables do not call the app's
// interfaces "as shipped"; the CSD's key facts name the USB-C service
// port as its row does, not "USB" beside interfaces named by name; and
// the CSD quotes the controller's description, the only words of the data
// on what its memory's log records, instead of "not stated".
func TestWheelchairDocumentsSayWhatTheDataSay(t *testing.T) {
	read := buildFixture(t, "wheelchair")
	plan, csd := read("velo/security-plan.md"), read("velo/csd.md")
	kindtest.SaysAll(t, "velo/security-plan.md", plan,
		"the compensating controls, the interfaces to disable (the device has no network interface, so nothing of it is to be isolated on a network), backup, the upgrade paths",
		"### 6.3 Interfaces\n\nEvery physical and logical interface of each part of the product, with whether it is enabled.")
	kindtest.SaysNone(t, "velo/security-plan.md", plan,
		"the ports and interfaces to block, network isolation and backup",
		"Every physical and logical interface of each part of the product, as shipped.")
	kindtest.SaysAll(t, "velo/csd.md", csd,
		"Velo drive controller, as shipped: Controller Bluetooth Low Energy (internal), USB-C service port (whether each of these 2 is on is not stated);",
		"### 3.1 Interfaces\n\nEvery physical and logical interface of each part of the product, with whether it is enabled.",
		"The data store Controller memory holds logs; only the description of its part says what they record (see [12. Logs and forensic evidence]",
		"what they record is not stated beyond the description of the part that keeps them, given below, and their format is not stated.",
		"| Data store | Part | Location | Retention | Description of its part |",
		"| Not stated | Embedded drive controller in the chair. It keeps the dealer's speed limits, the drive profiles, a log of drive faults and the usage hours. |")
	kindtest.SaysNone(t, "velo/csd.md", csd,
		"USB (whether it is on is not stated)",
		"with its state as shipped.",
		"holds logs whose content is not stated",
		"what they record, and their format, are not stated")
}

// TestWheelchairTransmitsNoPII: with no PHI or PII anywhere in the data
// (MPII-1 derived No), TXCF-1 to TXCF-3, which ask how PII is sent, are
// derived N/A although a part is an app on the patient's phone, so the
// fixture answers none of them by hand.
func TestWheelchairTransmitsNoPII(t *testing.T) {
	files := buildFixture(t, "wheelchair")
	form := files("velo/mds2.md")
	kindtest.SaysAll(t, "velo/mds2.md", form,
		"| TXCF-1 | N/A | Derived from the product data: interfaces and data\\_stores and data\\_flows list no PHI or PII (MPII-1 No); what the product sends to the cloud service Stellan crash-report service is not stated, but each part's interface list is stated to be complete (interfaces\\_complete = true), every interface in it says every kind of data it carries, and none carries PHI or PII, so no cloud service is sent any; no part of the product transmits them, so there is no transmission of them to confine to a dedicated cable. |",
		"| TXCF-2 | N/A | Derived from the product data:",
		"| TXCF-3 | N/A | Derived from the product data:")
}

// TestWheelchairCheckWarnings: check says that the crash report
// service's data are not stated while the interface that reaches it says
// it carries logs.
func TestWheelchairCheckWarnings(t *testing.T) {
	got := fixtureCheck(t, "wheelchair", "", nil)
	for _, want := range []string{
		"cloud.services[0].data: not stated: the CSD's cloud table (15.1) says \"Not stated\" for the data Stellan crash-report service is sent, while the interfaces that can reach it state what they carry: app-crash (Logs); write data for the service",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check does not report:\n%s\ngot:\n%s", want, got)
		}
	}
}
