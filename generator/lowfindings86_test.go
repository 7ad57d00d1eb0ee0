package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestAEDNoticeNamesNoOSAndThePortalStaysHosted (REPORT-aed 10): the AED's
// firmware 2.1 runs on no operating system (no_operating_system), so
// section 4 of its end-of-life notice says no software component is named,
// not "none other than the operating system in section 2"; and the
// ReadyNet portal, which Brightwell hosts, stays in service for 3.0
// without being said to run the AED's firmware 3.0.
func TestAEDNoticeNamesNoOSAndThePortalStaysHosted(t *testing.T) {
	const rel = "lifeguard/notices/eol-2.1.md"
	md := buildFixture(t, "aed")(rel)
	kindtest.SaysAll(t, rel, md,
		"The software version this notice concerns runs on no operating system.",
		"No software component is named in this notice.",
		"The Brightwell ReadyNet portal, which the manufacturer hosts, stays in service for software `3.0`, a version this notice does not concern, and so does its data store: Readiness records")
	kindtest.SaysNone(t, rel, md, "other than the operating system", "None (embedded firmware)", "continues with software")
}

// TestFertilityAppSpeaksOfTheUser (REPORT-fertilityapp 10, 13;
// REPORT-exoskeleton 9): a product a woman uses alone at home labels her
// thermometer's readings without a hospital's "patient" and "record
// number"; the incident-reporting warning asks for the table the file
// lacks, keyed at that table, and speaks of the user.
func TestFertilityAppSpeaksOfTheUser(t *testing.T) {
	const rel = "calyra-cycle/csd.md"
	md := buildFixture(t, "fertilityapp")(rel)
	kindtest.SaysAll(t, rel, md, "| Measurements or recordings (no name or other direct identifier) |")
	kindtest.SaysNone(t, rel, md, "Patient measurements", "record number")
	kindtest.SaysAll(t, "check", fixtureCheck(t, "fertilityapp", "", nil),
		"postmarket.incident_reporting: the documents of a cyber device must tell the user how to report a suspected incident and how fast it is triaged, but the product file has no [postmarket.incident_reporting] table: add one with triage_hours (how soon a report is triaged)")
	kindtest.SaysNone(t, "check", fixtureCheck(t, "fertilityapp", "", nil), "postmarket.incident_response: a cyber device")
}
