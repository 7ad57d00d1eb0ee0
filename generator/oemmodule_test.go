package generator

import (
	"path/filepath"
	"slices"
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

// TestOEMModuleKeepsNoAuditLog: the module's one security event is
// reported to the host as an error code and recorded in no log (logs =
// []), and it keeps no PHI in a data store, though its readings pass
// through it to the host. The form derived AUDT-2 Yes from the event
// beside the manufacturer's AUDT-1 No ("keeps no audit log"), and MPII-2
// No from the data stores above MPII-2.6 Yes for the readings it sends.
// Neither is the data's to decide: check warns of both when they are not
// answered (the form then says "Not stated"), and the form prints the
// manufacturer's answers.
func TestOEMModuleKeepsNoAuditLog(t *testing.T) {
	mds2 := buildFixture(t, "oemmodule")("oxicore/mds2.md")
	for _, id := range []string{"AUDT-2", "MPII-2"} {
		kindtest.SaysNone(t, "oxicore/mds2.md", mds2, "| "+id+" | Yes | Derived", "| "+id+" | No | Derived")
	}
	kindtest.SaysAll(t, "oxicore/mds2.md", mds2,
		"| AUDT-2 | Does the device write security-relevant events to an audit log (the events are listed in the following questions)? | No |",
		"| MPII-2 | Does the device keep PII in its own storage or in its software on a customer's computer or phone? | Yes |",
		"| MPII-2.6 | Yes | Derived from the product data: data\\_flows\\[0\\] (DF-01) carries PHI or PII over the Serial interface host. |")

	// The CSD said the module "records them in the logs named ... and
	// notifies users": it records the event nowhere, and tells its host.
	csd := buildFixture(t, "oemmodule")("oxicore/csd.md")
	kindtest.SaysAll(t, "oxicore/csd.md", csd,
		"Merrow Photonics Ltd lists the security events below. For each, the table says who is told and how, and which of the device's logs (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)) record it.",
		"| Firmware image rejected | Software | Reported to the host monitor as an OxiLink error code. | None of the device's logs |")
	kindtest.SaysNone(t, "oxicore/csd.md", csd, "records them in", "notifies users")

	dir := filepath.Join("testdata", "oemmodule")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "oxicore.toml", func(s string) string {
		for _, line := range []string{"\"AUDT-2\" = \"no\"\n", "\"MPII-2\" = \"yes\"\n"} {
			if !strings.Contains(s, line) {
				t.Fatalf("the fixture no longer answers %s", line)
			}
			s = strings.Replace(s, line, "", 1)
		}
		return s
	})
	res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatalf("want warnings for AUDT-2 and MPII-2, got %v", err)
	}
	var missing []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "has no answer") {
			missing = append(missing, strings.TrimPrefix(d.Path, "mds2.answers."))
			if !strings.HasSuffix(d.Message, `; the form says "Not stated"`) {
				t.Errorf("the warning does not say what the form prints: %s", d.Message)
			}
		}
	}
	if want := []string{"AUDT-2", "MPII-2"}; !slices.Equal(missing, want) {
		t.Errorf("unanswered questions = %v, want %v", missing, want)
	}
}

// TestOEMModuleOlderCSDSaysItsComponentsDiffer: version 4.2 has no
// component list of its own, so its CSD showed 5.0's and said 4.2's "may
// differ"; its own vulnerability record names mbedtls 2.28.5, which 5.0's
// list does not hold, so they do. The CSD now prints none of 5.0's list
// as 4.2's: its section 5 says 4.2's components are not stated, and why,
// and points to 5.0's CSD for that list; it has no components that need
// attention judged on 5.0's list, nor 5.0's inventory (5.0's CSD, with
// its own list, says nothing of the kind).
func TestOEMModuleOlderCSDSaysItsComponentsDiffer(t *testing.T) {
	read := buildFixture(t, "oemmodule")
	old := read("oxicore/4.2/csd.md")
	kindtest.SaysAll(t, "oxicore/4.2/csd.md", old,
		"Version 4.2 has no component list of its own in the product data, and its components are not stated here: the only list there is version 5.0's, and version 4.2's vulnerability records name mbedtls 2.28.5, which that list does not hold, so that list is not version 4.2's. Version 5.0's components are in [the CSD of version 5.0](../csd.html), for comparison only.")
	kindtest.SaysNone(t, "oxicore/4.2/csd.md", old, "may differ")
	kindtest.SaysNoneBecause(t, "oxicore/4.2/csd.md", old, "5.0's list is not 4.2's, so it cannot judge or stand for 4.2's components",
		"Judged on the components listed for version", "### 5.2 Components that need attention", "| mbedtls | 3.6.0 |", "FreeRTOS-Kernel",
		"2 components listed for version 5.0")
	// The key facts say so too, rather than count the list section 5 no
	// longer prints.
	kindtest.SaysAll(t, "oxicore/4.2/csd.md", old,
		"| Software bill of materials | No SBOM file of its own; its components are not stated (version 5.0's list is not its own) |")
	kindtest.SaysNone(t, "oxicore/csd.md", read("oxicore/csd.md"), "may differ", "differ:", "are not stated here")
}
