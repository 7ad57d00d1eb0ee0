package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/ems12lead is a monitor/defibrillator carried in ambulances (its
// product file's header says what it holds): the customer is an EMS
// agency; 12-lead ECGs go over LTE or the ambulance's router to the
// maker's relay and on to a receiving station that the receiving hospital,
// another organisation, runs; case data goes to the agency's ePCR tablet
// by Bluetooth.

// TestEMS12LeadCheckIsClean: no error, and only the warnings the fixture
// leaves on purpose (sections it does not fill).
func TestEMS12LeadCheckIsClean(t *testing.T) {
	checkWarnsOnly(t, "ems12lead",
		// a part the manufacturer hosts whose patching is not written
		containing(", which the manufacturer hosts"),
		containing(": CSD: FDA labeling item"),
		startsWith("threats: threat model has no threat for the"),
		startsWith("controls: no control in the FDA category"),
		startsWith("risk.evaluation: not stated"),
		startsWith("postmarket.cvd.disclosure_days:"),
		startsWith("architecture[3]: the security use case"),
		// [backup] without backup.parts beside two parts that keep data
		startsWith("backup: backup.parts not written, and "))
}

// TestEMS12LeadBluetoothIsNotTheCustomersNetwork: the monitor hands case
// data to the crew's ePCR tablet over a Bluetooth pairing, and talks on
// Wi-Fi only to the maker's relay. check counted the Bluetooth flow as
// "communication with a system inside the customer's network" and warned
// about the true CONN-3 No; a flow over a point-to-point link no longer
// links a system on the customer's network, so the No stands without a
// note. The ePCR tablet over Wi-Fi still makes CONN-3 No warn.
func TestEMS12LeadBluetoothIsNotTheCustomersNetwork(t *testing.T) {
	got := fixtureCheck(t, "ems12lead", "", nil)
	kindtest.SaysNone(t, "check", got, "CONN-3")
	kindtest.SaysAll(t, "pulsetrek/mds2.md", buildFixture(t, "ems12lead")("pulsetrek/mds2.md"),
		"| CONN-3 | Does the device communicate with other systems inside the customer's network? | No |")
	overWiFi := fixtureCheck(t, "ems12lead", "pulsetrek.toml", func(s string) string {
		return strings.Replace(s, "to = \"ePCR tablet\"\ndata = [\"phi\"]\ninterface = \"bt\"", "to = \"ePCR tablet\"\ndata = [\"phi\"]\ninterface = \"wifi\"", 1)
	})
	kindtest.SaysAll(t, "check (ePCR over Wi-Fi)", overWiFi,
		"mds2.answers.CONN-3: answer No, but data_flows[3] (",
		"is DF-04, by which the product exchanges data with ePCR tablet, which the data places on the customer's network")
}

// TestEMS12LeadDataHandedToAnotherOrganisation: the relay hands the
// agency's 12-lead ECGs to a station the receiving hospital runs
// (flow_endpoints operated_by). The CSD's data in transit and key facts say
// so, without saying who secures or updates the station; without
// operated_by they say who runs it is not stated and the key fact goes.
func TestEMS12LeadDataHandedToAnotherOrganisation(t *testing.T) {
	csd := buildFixture(t, "ems12lead")("pulsetrek/csd.md")
	kindtest.SaysAll(t, "pulsetrek/csd.md", csd,
		"This flow hands data from the product to a system outside it that belongs to another party:\n\n- DF-03: PHI from Corvale LeadLink relay to LeadLink receiving station (receiving hospital). LeadLink receiving station (receiving hospital) is run by the receiving hospital, not by the customer or Corvale Medical Inc.",
		"and who keeps that system up to date, is not stated in this document. In transit: Mutual TLS;",
		"| Data handed to another organisation | Yes: DF-03 (PHI) to LeadLink receiving station (receiving hospital), run by the receiving hospital |")
	kindtest.SaysNone(t, "pulsetrek/csd.md", csd, "DF-04: PHI from", "DF-01: PHI from", "Who runs LeadLink")

	files, _ := buildFixtureEdited(t, "ems12lead", "pulsetrek.toml", func(s string) string {
		return strings.Replace(s, "operated_by = \"the receiving hospital\"\n", "", 1)
	})
	unstated := files["pulsetrek/csd.md"]
	kindtest.SaysAll(t, "pulsetrek/csd.md (no operated_by)", unstated,
		"Who runs LeadLink receiving station (receiving hospital), and so who answers for the data once it is there, is not stated.")
	kindtest.SaysNone(t, "pulsetrek/csd.md (no operated_by)", unstated, "Data handed to another organisation", "an organisation other than")

	wrongZone := fixtureCheck(t, "ems12lead", "pulsetrek.toml", func(s string) string {
		return strings.Replace(s, "zone = \"third_party\"\noperated_by", "zone = \"customer_device\"\noperated_by", 1)
	})
	kindtest.SaysAll(t, "check (operated_by outside third_party)", wrongZone,
		"flow_endpoints[0].operated_by: is only for a system in zone \"third_party\"")
}

// TestEMS12LeadMPII26NamesTheMonitorsOwnFlow: MPII-2.6 (PII imported from
// or exported to other systems) gave as its reason DF-03, the Corvale
// relay's forwarding to the receiving hospital's station, a flow between
// the manufacturer's service and another party's system, while the
// monitor itself sends the ECG to the crew's ePCR tablet (DF-04): the
// form is about the device, so the reason names the device's own flow.
func TestEMS12LeadMPII26NamesTheMonitorsOwnFlow(t *testing.T) {
	form := buildFixture(t, "ems12lead")("pulsetrek/mds2.md")
	kindtest.SaysAll(t, "pulsetrek/mds2.md", form,
		"| MPII-2.6 | Yes | Derived from the product data: data\\_flows\\[3\\] (DF-04) carries PHI or PII over the Bluetooth interface bt. |")
	kindtest.SaysNone(t, "pulsetrek/mds2.md", form, "(DF-03) carries PHI or PII")
}

// TestEMS12LeadPortCountMatchesTheCSD: the monitor opens 443/TCP to the
// relay the same way over cellular and over Wi-Fi, two [[ports]] entries
// that the CSD's port table merges into one row. The form's CONN-2 said
// "lists 2 ports and protocols of PulseTrek X3 monitor ..., published in
// the customer security documentation", which sent the reader to a table
// with one; it now counts the table's rows, and the relay's two rows
// for one port and protocol (443/TCP HTTPS for monitors and for
// receiving stations) as one, in two entries (review 89).
func TestEMS12LeadPortCountMatchesTheCSD(t *testing.T) {
	read := buildFixture(t, "ems12lead")
	kindtest.SaysAll(t, "pulsetrek/csd.md", read("pulsetrek/csd.md"),
		"| 443/TCP | HTTPS (Cellular, Wi-Fi) | PulseTrek X3 monitor (on the device) | Out |")
	mds2 := read("pulsetrek/mds2.md")
	kindtest.SaysAll(t, "pulsetrek/mds2.md", mds2,
		"ports lists 1 port and its protocol of PulseTrek X3 monitor (and 1 of Corvale LeadLink relay in 2 entries, which the manufacturer hosts), published in the customer security documentation")
	kindtest.SaysNone(t, "pulsetrek/mds2.md", mds2, "lists 2 ports and protocols of PulseTrek X3 monitor")
}
