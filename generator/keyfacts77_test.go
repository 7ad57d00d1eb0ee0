package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMaldiKeyFactsAgreeWithTheCSD: the Spectrid ID-MS CSD lists two
// cloud services (15.1) and an outbound HTTPS port to the maker's portal
// (3.2), and states in 11.1 that the hospital may install its own
// antivirus; its key facts said "Not stated" to both the internet row
// and the anti-malware row. The internet row now names what the CSD
// states reaches outside, without saying the product needs it (no
// service says required); the anti-malware row gives the form's MLDP-2.
func TestMaldiKeyFactsAgreeWithTheCSD(t *testing.T) {
	read := buildFixture(t, "maldi")
	const rel = "spectrid-id-ms/csd.md"
	csd := read(rel)
	kindtest.SaysAll(t, rel, csd,
		"| Needs the internet or a cloud service | Not stated whether needed; it uses the cloud services Spectrid portal and TeamViewer; it connects out for the manufacturer's remote service |",
		"| Anti-malware | Supported | MDS2 form, MLDP-2, note 1. |")
	kindtest.SaysNoneBecause(t, rel, csd, "the CSD states the services and the anti-malware position",
		"| Needs the internet or a cloud service | Not stated |",
		"| Anti-malware | Not stated |")
}

// TestEcmoIncidentContactOnlyAnAddress: Cardiaflow gives its security
// contact as an address only; the CSD described it as one "which takes
// reports of suspected vulnerabilities and incidents". It now says only
// that no separate contact for incidents is stated.
func TestEcmoIncidentContactOnlyAnAddress(t *testing.T) {
	read := buildFixture(t, "ecmo")
	const rel = "eclss1/csd.md"
	csd := read(rel)
	kindtest.SaysAll(t, rel, csd,
		"**Report a suspected security incident** to the security contact above; no separate contact for incidents is stated.")
	kindtest.SaysNoneBecause(t, rel, csd, "the data give the contact as an address only",
		"which takes reports of suspected vulnerabilities and incidents")
}

// TestEndowasherKeyFactsWording: the ports whose state is not stated are
// all Aquaclean Trace's, installed by the hospital, so the key fact says
// "as installed", not the whole product's "as shipped (AER-2 reprocessor)
// or installed (Aquaclean Trace)"; section 5 speaks of its one component
// in the singular.
func TestEndowasherKeyFactsWording(t *testing.T) {
	read := buildFixture(t, "endowasher")
	const rel = "aer2/csd.md"
	csd := read(rel)
	kindtest.SaysAll(t, rel, csd,
		"TCP 443 (Aquaclean Trace), TCP 8443 (Aquaclean Trace); whether each is open as installed is not stated |",
		"lists 1 component and does not name its supplier.")
	kindtest.SaysNoneBecause(t, rel, csd, "wording",
		"whether each is open as shipped (AER-2 reprocessor) or installed (Aquaclean Trace) is not stated",
		"names the supplier of none of them")
}

// TestVrtherapyAtLeastLabels: "At least Patient measurements …" ran the
// capitalised data label into the phrase.
func TestVrtherapyAtLeastLabels(t *testing.T) {
	read := buildFixture(t, "vrtherapy")
	const rel = "lumenvr-calm/csd.md"
	csd := read(rel)
	kindtest.SaysAll(t, rel, csd, "At least: Patient measurements or recordings (no name or record number), Credentials")
	kindtest.SaysNoneBecause(t, rel, csd, "capital in mid-phrase", "At least Patient")
}
