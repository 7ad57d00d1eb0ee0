package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/ventilator is an ICU ventilator whose SBOM is available on
// request only, with no known vulnerability (its product file's header
// says what it holds).

// TestVentilatorCSDListsNoSBOMAsOne: with no SBOM file published and
// one component listed, both CSDs' key facts gave "Software bill of
// materials: 1 component", and section 5 said "The product data lists 1
// component": read as an SBOM of one component, for embedded Linux. The
// key facts now say no SBOM file is published, and section 5 that the
// listed components need not be all of the device's software.
func TestVentilatorCSDListsNoSBOMAsOne(t *testing.T) {
	read := buildFixture(t, "ventilator")
	for rel, row := range map[string]string{
		"v500/csd.md":     "| Software bill of materials | No SBOM file published; 1 component listed |",
		"v500/3.4/csd.md": "| Software bill of materials | No SBOM file published; 1 component listed for version 4.0 |",
	} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd, row,
			"No machine-readable SBOM file is published with this document.",
			"Without an SBOM file, the components listed here need not be all of the device's software.")
		kindtest.SaysNone(t, rel, csd, "| Software bill of materials | 1 component")
	}

	// Nothing listed at all beside [sbom] files = []: none is published,
	// not "0 components".
	files, _ := buildFixtureEdited(t, "ventilator", "v500.toml", func(s string) string {
		i, j := strings.Index(s, "\n[[components]]\n"), strings.Index(s, "\n[[support_rules]]\n")
		return strings.Replace(s[:i]+s[j:], "[mds2.answers]\n", "[mds2.answers]\n\"CSUP-1\" = \"yes\"\n", 1)
	})
	csd := files["v500/csd.md"]
	kindtest.SaysAll(t, "v500/csd.md", csd, "| Software bill of materials | None published |")
	kindtest.SaysNone(t, "v500/csd.md", csd, "0 components", "need not be all")
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
