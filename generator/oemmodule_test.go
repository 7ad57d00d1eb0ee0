package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/oemmodule is a pulse-oximetry OEM module (a circuit board with
// firmware and a serial/USB host protocol) that other manufacturers build
// into their patient monitors: its customers are those makers, not
// hospitals (its product file's header says what it holds).

// TestOEMModuleAddressesTheIntegrator: both versions' CSDs addressed "the
// hospital's network, security and biomedical engineering teams", had key
// facts "for the network and biomedical engineering teams" and called the
// required controls "the hospital's part of the device's security"; the
// module's readers are the engineers of the makers who build it in, who
// alone can install its firmware, and the hospitals that use their
// monitors are not Merrow's to reach. customer = "manufacturer" makes the
// CSDs and the notices say whom they are written for.
func TestOEMModuleAddressesTheIntegrator(t *testing.T) {
	read := buildFixture(t, "oemmodule")
	for _, rel := range []string{"oxicore/csd.md", "oxicore/4.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"This document gives the product-security and engineering teams of the manufacturers who build this device into their own devices what Merrow Photonics Ltd states",
			"It is written for those manufacturers, not for the users of their devices.",
			"## Key facts\n",
			"The controls below are the customer's part of the device's security.")
		kindtest.SaysNone(t, rel, csd, "hospital", "Hospital", "biomedical", "Key facts for")
	}
	kindtest.SaysAll(t, "oxicore/notices/eos-4.2.md", read("oxicore/notices/eos-4.2.md"),
		"It is addressed to the manufacturers who build the device into their own devices, not to the users of those devices.")
	kindtest.SaysAll(t, "oxicore/notices/sa-2024-01.md", read("oxicore/notices/sa-2024-01.md"),
		"It is addressed to the manufacturers who build the device into their own devices, not to the users of those devices.")
	kindtest.SaysAll(t, "oxicore/csd.html", read("oxicore/csd.html"),
		`<meta name="description" content="Customer security documentation: interfaces and ports, data protection, updates, logging, backup, secure configuration, SBOM, end of support and decommissioning, for the product-security and engineering teams of the manufacturers who build it into their own devices">`)
}

// TestOEMModuleAsHospitalProduct: the same module with customer =
// "hospital" is documented for a hospital again, and says nothing of
// integrating manufacturers: the wording follows the key, not the product.
func TestOEMModuleAsHospitalProduct(t *testing.T) {
	files, _ := buildFixtureEdited(t, "oemmodule", "oxicore.toml", func(s string) string {
		return strings.Replace(s, `customer = "manufacturer"`, `customer = "hospital"`, 1)
	})
	csd := files["oxicore/csd.md"]
	kindtest.SaysAll(t, "oxicore/csd.md", csd,
		"This document gives the hospital's network, security and biomedical engineering teams what Merrow Photonics Ltd states",
		"## Key facts for the network and biomedical engineering teams")
	kindtest.SaysNone(t, "oxicore/csd.md", csd, "It is written for those manufacturers", "who build this device into")
	for _, rel := range []string{"oxicore/notices/eos-4.2.md", "oxicore/notices/sa-2024-01.md"} {
		kindtest.SaysNone(t, rel, files[rel], "It is addressed to the manufacturers")
	}
}
