package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/ventilator is an ICU ventilator whose SBOM is available on
// request only, with no known vulnerability (its product file's header
// says what it holds).

// notOnRequest drops sbom.on_request from the ventilator: an SBOM the
// product data says nothing about the availability of.
func notOnRequest(s string) string {
	i := strings.Index(s, "on_request = ")
	j := i + strings.Index(s[i:], "\n") + 1
	return s[:i] + s[j:]
}

// TestVentilatorCSDListsNoSBOMAsOne: with no SBOM file published and
// one component listed, both CSDs' key facts gave "Software bill of
// materials: 1 component", and section 5 said "The product data lists 1
// component": read as an SBOM of one component, for embedded Linux. The
// key facts now say no SBOM file is published, and section 5 that the
// listed components need not be all of the device's software.
func TestVentilatorCSDListsNoSBOMAsOne(t *testing.T) {
	files, _ := buildFixtureEdited(t, "ventilator", "v500.toml", notOnRequest)
	for rel, row := range map[string]string{
		"v500/csd.md":     "| Software bill of materials | No SBOM file published; 1 component listed |",
		"v500/3.4/csd.md": "| Software bill of materials | No SBOM file published; 1 component listed for version 4.0 |",
	} {
		csd := files[rel]
		kindtest.SaysAll(t, rel, csd, row,
			"No machine-readable SBOM file is published with this document.",
			"Without an SBOM file, the components listed here need not be all of the device's software.")
		kindtest.SaysNone(t, rel, csd, "| Software bill of materials | 1 component", "Available on request", "available to customers on request")
	}

	// Nothing listed at all beside [sbom] files = []: none is published,
	// not "0 components".
	files, _ = buildFixtureEdited(t, "ventilator", "v500.toml", func(s string) string {
		s = notOnRequest(s)
		i, j := strings.Index(s, "\n[[components]]\n"), strings.Index(s, "\n[[support_rules]]\n")
		return s[:i] + s[j:] // CSUP-1, no longer derived, is answered in the fixture
	})
	csd := files["v500/csd.md"]
	kindtest.SaysAll(t, "v500/csd.md", csd, "| Software bill of materials | None published |")
	kindtest.SaysNone(t, "v500/csd.md", csd, "0 components", "need not be all")
}

// TestVentilatorSBOMOnRequest: the ventilator's SBOM is given to
// customers on request under an NDA, which the product file could say
// only in prose: check asked for sbom.files (CSD item 5 empty), the CSD's
// key fact said only that no file is published, SBOM-1 was answered by
// hand, and nothing told the maker the submission still needs the SBOM.
// With sbom.on_request the CSD and the plan say it is available on
// request and how, never that a file is published; SBOM-1 is Yes with a
// note saying how; the eSTAR row stays "Not provided" and says why, and
// check says the submission needs the SBOM.
func TestVentilatorSBOMOnRequest(t *testing.T) {
	const how = "Customers obtain the CycloneDX SBOM of each release from their Corvane account manager, under a non-disclosure agreement."
	files, res := buildFixtureEdited(t, "ventilator", "v500.toml", func(s string) string {
		// The derived Yes gets its own note when none is written.
		return strings.Replace(s, "\"SBOM-1\" = { note = 2 }\n", "", 1)
	})
	for rel, row := range map[string]string{
		"v500/csd.md":     "| Software bill of materials | Available on request, not published; 1 component listed | " + how + " [5. Software bill of materials]",
		"v500/3.4/csd.md": "| Software bill of materials | Available on request, not published; 1 component listed for version 4.0 | " + how,
	} {
		csd := files[rel]
		kindtest.SaysAll(t, rel, csd, row,
			"No machine-readable SBOM file is published with this document. The SBOM is available to customers on request. "+how)
		kindtest.SaysNoneBecause(t, rel, csd, "a file is published", "No SBOM file published;", "The machine-readable SBOM of this release is published")
	}
	kindtest.SaysAll(t, "v500/security-plan.md", files["v500/security-plan.md"],
		"No machine-readable SBOM file is published with these documents. The SBOM is available to customers on request. "+how)
	estar := files["v500/estar.md"]
	kindtest.SaysAll(t, "v500/estar.md", estar,
		"| Software bill of materials | V.A.4.a | **Not provided.** The product data names no SBOM file (sbom.files); the SBOM is given to customers on request (sbom.on\\_request), which does not include it in the submission")
	kindtest.SaysNoneBecause(t, "v500/estar.md", estar, "the CSD says how to get the SBOM", "5 (Software bill of materials)")
	mds2 := files["v500/mds2.md"]
	kindtest.SaysAll(t, "v500/mds2.md", mds2,
		"| SBOM-1 | Is a software bill of materials (SBOM) available for the device? | [Yes](#how-derived-and-ruled-out-answers-were-reached \"Derived from the product data: sbom.on_request says the SBOM is available to customers on request.\") | Note\u00a09 |",
		"**Note 9.** The SBOM is not published; it is available to customers on request. "+how)
	// Note 5 is NAUT-1's: No from the V500's ports, none of which
	// authenticates its peer; the V500-T has none of them. Note 7 is
	// CONN-2's: Yes, but N/A for the V500-T, which joins no network.
	// Note 8 is CONN-3's: Yes from the V500's HL7 port, which the V500-T,
	// on a serial cable and USB alone, lacks (modelfamily_test.go).
	kindtest.SaysAll(t, "v500/mds2.md", mds2,
		"**Note 5.** The answer No to the questions that refer to this note holds for model V500: for the other model this form covers (V500-T), the product data do not decide those questions.",
		"**Note 7.** The answer Yes to the questions that refer to this note holds for model V500 only: for the other model this form covers (V500-T), the product data give N/A to each of those questions.",
		"CONN-2 (Yes, but N/A for model V500-T, note 7); ",
		"**Note 8.** The answer Yes to the questions that refer to this note holds for model V500: for the other model this form covers (V500-T), the product data do not decide those questions.")

	var said []string
	for _, w := range res.Warnings {
		if strings.HasPrefix(w.Path, "sbom") {
			said = append(said, w.String())
		}
	}
	if len(said) != 1 || !strings.Contains(said[0], "sbom.on_request: the SBOM is given to customers on request and no SBOM file is named (sbom.files): the premarket submission must still include the SBOM itself") {
		t.Errorf("check on the SBOM said %q, want only that the submission still needs it", said)
	}
}

// TestVentilatorNoKnownVulnerabilityInAnyVersion: the product file
// writes vulnerabilities = [], and the plan said no version has a known
// vulnerability, while 3.4's CSD, that version having no component list
// of its own, said its known vulnerabilities were not stated. Both now
// say none is recorded, as of the document's date.
func TestVentilatorNoKnownVulnerabilityInAnyVersion(t *testing.T) {
	read := buildFixture(t, "ventilator")
	kindtest.SaysAll(t, "v500/3.4/csd.md", read("v500/3.4/csd.md"),
		"On 15 May 2026 the product data records no known vulnerability in any version of the product, version 3.4 included, though it gives that version no component list of its own.")
	kindtest.SaysNone(t, "v500/3.4/csd.md", read("v500/3.4/csd.md"), "are not stated: the product data gives it no component list")
	kindtest.SaysAll(t, "v500/csd.md", read("v500/csd.md"),
		"On 15 May 2026 the product data records no known vulnerability in the components of version 4.0.")
	kindtest.SaysAll(t, "v500/security-plan.md", read("v500/security-plan.md"),
		"On 15 May 2026 the product data records no known vulnerability in the components of any version.")
}

// TestVentilatorKeyFactsNameThePortsModels: the HL7 export is on the
// V500's Ethernet port only; the key facts of the CSD, which covers the
// V500-T too, said "Can be enabled: TCP 2575" with no model, while the
// interfaces row beside it named the model: a transport team would look
// for a setting its ventilator does not have.
func TestVentilatorKeyFactsNameThePortsModels(t *testing.T) {
	read := buildFixture(t, "ventilator")
	for _, rel := range []string{"v500/csd.md", "v500/3.4/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"| Connections the device opens as shipped | None | Can be enabled: TCP 2575 (model V500 only). [3.3 Firewall rules")
	}
}

// TestVentilatorCSDConfigurationPointsToItsBackup: the ventilator writes
// no [configuration], but its [backup] says how the configuration is
// exported and restored. Section 10 said only "How the configuration is
// kept and recovered is not stated", beside section 9 saying how; it now
// points there. The workstation, with neither, says it is not stated.
func TestVentilatorCSDConfigurationPointsToItsBackup(t *testing.T) {
	csd := buildFixture(t, "ventilator")("v500/csd.md")
	kindtest.SaysAll(t, "ventilator csd.md", csd, "How the configuration is kept and recovered is not stated beyond the backup and restore of [9. Backup and restore](#9-backup-and-restore).")
	ws := buildFixture(t, "workstation")("viewpoint-rw/csd.md")
	kindtest.SaysAll(t, "workstation csd.md", ws, "How the configuration is kept and recovered is not stated.\n")
	kindtest.SaysNone(t, "workstation csd.md", ws, "beyond the backup and restore")
}
