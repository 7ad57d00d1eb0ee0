package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOsendNoticeBlocksNoEndpointItDoesNotList: the Vireo component
// notice told the hospital to "block every other port and every endpoint
// not listed" over four ports whose approved endpoints are all "Not
// stated": read literally, that blocks the PACS and the worklist
// provider the cart needs. With no endpoint listed, it now says so and
// asks the hospital to allow only the systems it knows the device uses.
func TestOsendNoticeBlocksNoEndpointItDoesNotList(t *testing.T) {
	read := buildFixture(t, "osend")
	const rel = "vireo/notices/ceos-win10-2016.md"
	notice := read(rel)
	kindtest.SaysAll(t, rel, notice,
		"The device uses these ports (whether each is enabled as shipped is stated in the table, where it is known); block every other port of the device; as the approved endpoints of these ports are not stated, allow on them only the systems the customer knows the device uses:")
	kindtest.SaysNoneBecause(t, rel, notice, "no port lists an approved endpoint", "every endpoint not listed")
}

// TestFixedfwNoticeSaysTheGatewayStaysOnLaterFirmware: the end-of-life
// notice about release 1.0 listed the G1 gateway under "Affected devices
// and models" as if the gateway reached its end of life, though G1 also
// runs release 2.0 (versions.models), which the notice does not concern.
// Its row now says it is affected only while it runs 1.0 and names 2.0,
// still to come on the notice's release, as offered by the notice's
// partial upgrade path (not as running on G1: the data do not say which
// hardware that path replaces); the P1 patch, which runs 1.0 only, gets
// no such sentence.
func TestFixedfwNoticeSaysTheGatewayStaysOnLaterFirmware(t *testing.T) {
	read := buildFixture(t, "fixedfw")
	const rel = "thermalink/notices/eol-1.0.md"
	notice := read(rel)
	kindtest.SaysAll(t, rel, notice,
		"| G1 | ThermaLink bedside gateway G1 (catalogue no. TL-G1) | Bedside gateway; runs release 1.0 or 2.0 gateway firmware. Affected only while it runs software 1.0; the later software 2.0 (planned), which this notice does not concern, is offered only by an upgrade path that replaces hardware (see the upgrade paths below). |",
		"| P1 | ThermaLink patch P1 (catalogue no. TL-P1-25, box of 25) | First-generation patch; runs release 1.0 firmware. |")
}

// TestNonusDataInTransitPointsToThePorts: the BM7 writes no data flows,
// but its ports state whether they are encrypted and authenticated
// (2575/TCP: neither). "Data in transit: Not stated" told the reader the
// protection of patient data in transit is unknown; the CSD and the plan
// now say no flow is listed and point to their ports section, without
// making flows up.
func TestNonusDataInTransitPointsToThePorts(t *testing.T) {
	read := buildFixture(t, "nonus")
	for _, tc := range []struct{ rel, section, old string }{
		{"lumiq-bm7/csd.md", "[3.2 Network ports](#3-2-network-ports)", "(#3-interfaces-and-network-ports).\n\nNot stated."},
		{"lumiq-bm7/security-plan.md", "[6.4 Network ports](#6-4-network-ports)", "### 6.6 Data in transit\n\nNot stated."},
	} {
		doc := read(tc.rel)
		kindtest.SaysAll(t, tc.rel, doc,
			// the one interface listed as carrying PHI is named, with where its ports are
			"No data flows are listed, so the protection of data in transit is not given flow by flow. Interface listed as carrying health data or PII: Ethernet port (LAN). The ports of Ethernet port (LAN) are in "+tc.section+", with whether each is encrypted and authenticated where that is stated.")
		kindtest.SaysNoneBecause(t, tc.rel, doc, "the ports state their protection", tc.old)
	}
}

// TestFhirapiCSDSpeaksOfTheHospitalNotUsers: SepsiScore runs only at
// Harrowgate and no one at the hospital signs in to it (its one account
// is the EHR's API client). Its CSD addressed the hospital's biomedical
// engineering teams and spoke of users; it now addresses the IT teams
// and speaks of the hospital.
func TestFhirapiCSDSpeaksOfTheHospitalNotUsers(t *testing.T) {
	read := buildFixture(t, "fhirapi")
	const rel = "sepsiscore/csd.md"
	csd := read(rel)
	kindtest.SaysAll(t, rel, csd,
		"This document gives the hospital's network, security and IT teams what",
		"## Key facts for the network, security and IT teams",
		"how the hospital learns that an update exists",
		"Which security settings the hospital can configure is not stated.")
	kindtest.SaysNoneBecause(t, rel, csd, "no one at the hospital uses the service",
		"biomedical engineering", "how users learn", "settings the user can configure")
}
