package generator

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// spdxOf410 is an SPDX 2.3 JSON SBOM describing the pump software 4.1.0
// (its described package's version), with one package of its own.
const spdxOf410 = `{
  "spdxVersion": "SPDX-2.3",
  "dataLicense": "CC0-1.0",
  "SPDXID": "SPDXRef-DOCUMENT",
  "name": "halcyon-lvp7-4.1.0-safety-fw",
  "documentNamespace": "https://meridian-infusion.example/spdx/halcyon-lvp7-4.1.0-safety-fw",
  "creationInfo": {"created": "2023-04-10T00:00:00Z", "creators": ["Organization: Meridian Infusion Systems, Inc."]},
  "packages": [
    {"SPDXID": "SPDXRef-pump", "name": "Halcyon LVP-7 Pump Software", "versionInfo": "4.1.0", "downloadLocation": "NOASSERTION",
     "supplier": "Organization: Meridian Infusion Systems, Inc."},
    {"SPDXID": "SPDXRef-crc", "name": "libcrcsafe", "versionInfo": "2.4.1", "downloadLocation": "NOASSERTION",
     "supplier": "Organization: Meridian Infusion Systems, Inc."}
  ],
  "relationships": [
    {"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-pump"},
    {"spdxElementId": "SPDXRef-pump", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-crc"}
  ]
}
`

// buildSBOMCatalogContent copies the example with the pump's SBOM files
// kept in one top-level list (every version's CycloneDX SBOM and an SPDX
// SBOM of 4.1.0), as a user keeping one list of SBOM files writes it,
// instead of each version naming its own. It returns the content folder
// and the site file.
func buildSBOMCatalogContent(t *testing.T) (contentDir, siteFile string) {
	t.Helper()
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		s = kindtest.Replace(`files = ["sbom-3.8.2.cdx.json"]`, `files = ["sbom-3.8.2.cdx.json", "sbom-4.1.0.cdx.json", "sbom.cdx.json", "sbom-4.1.0-safety.spdx.json"]`)(s)
		s = kindtest.Replace("[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\n", "[versions.changes]\n")(s)
		s = kindtest.Replace("[versions.changes]\nsbom_files = [\"sbom.cdx.json\"]\n", "[versions.changes]\n")(s)
		// The SPDX SBOM's own component needs its support for 4.1.0's CSD.
		return s + "\n[[support_rules]]\nid = \"libcrcsafe\"\nname = \"libcrcsafe\"\nlevel = \"maintained\"\n" +
			"justification = \"Meridian software: supported as long as the device software version that contains it.\"\n"
	})
	if err := os.WriteFile(filepath.Join(dir, "halcyon-lvp7", "sbom-4.1.0-safety.spdx.json"), []byte(spdxOf410), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, site
}

// buildSBOMCatalog builds buildSBOMCatalogContent's copy of the example.
func buildSBOMCatalog(t *testing.T) (map[string][]byte, *Result) {
	t.Helper()
	dir, site := buildSBOMCatalogContent(t)
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	return readTree(t, out), res
}

// TestSBOMFilesOfEveryVersionInOneList: a product's one list of SBOM
// files holding every version's SBOM. Each file describes the version
// its subject names (CycloneDX metadata.component, the SPDX described
// package): the current CSD listed the components of 3.8.2 and 4.1.0 as
// its own (openssl 1.1.1d, curl 7.82.0), its MDS2 form derived its SBOM
// answers from them, and 4.1.0's VEX product tree held 4.2.1's.
func TestSBOMFilesOfEveryVersionInOneList(t *testing.T) {
	files, res := buildSBOMCatalog(t)
	// The example has no warning, nor has it with one list: no check
	// takes an older version's component or SBOM for the current
	// version's (the current version's support check failed on 3.8.2's
	// components; the lifecycle check would date 4.2.1's SBOM against
	// 3.8.2's release).
	for _, w := range res.Warnings {
		t.Errorf("unexpected warning: %s", w)
	}
	cur, older := string(files["halcyon-lvp7/csd.md"]), string(files["halcyon-lvp7/4.1.0/csd.md"])
	kindtest.SaysAll(t, "csd.md", cur, "| Software bill of materials | 36 components |", "| openssl | 3.0.16 |", "| curl | 8.7.1 |",
		"| [sbom.cdx.json](sbom.cdx.json) | CycloneDX 1.5 (JSON) | Halcyon LVP-7 Pump Software 4.2.1")
	kindtest.SaysNoneBecause(t, "csd.md", cur, "an older version's component, not 4.2.1's",
		"| openssl | 1.1.1d |", "| curl | 7.82.0 |", "| curl | 7.66.0 |", "libcrcsafe", "[sbom-4.1.0.cdx.json]", "[sbom-3.8.2.cdx.json]", "sbom-4.1.0-safety.spdx.json")
	kindtest.SaysAll(t, "4.1.0/csd.md", older, "| Software bill of materials | 37 components |", "| curl | 7.82.0 |", "| libcrcsafe | 2.4.1 |",
		"[sbom-4.1.0.cdx.json](../sbom-4.1.0.cdx.json)", "[sbom-4.1.0-safety.spdx.json](../sbom-4.1.0-safety.spdx.json)")
	kindtest.SaysNoneBecause(t, "4.1.0/csd.md", older, "another version's component or SBOM, not 4.1.0's",
		"| curl | 8.7.1 |", "| curl | 7.66.0 |", "| openssl | 3.0.16 |", "[sbom.cdx.json]", "[sbom-3.8.2.cdx.json]", "components of version 4.2.1")

	estar := string(files["halcyon-lvp7/estar.md"])
	kindtest.SaysAll(t, "estar.md", estar, "| Software bill of materials | V.A.4.a | SBOM file: [sbom.cdx.json](sbom.cdx.json); Cybersecurity")
	kindtest.SaysNoneBecause(t, "estar.md", estar, "another version's SBOM", "[sbom-4.1.0.cdx.json]", "[sbom-3.8.2.cdx.json]", "[sbom-4.1.0-safety.spdx.json]")

	// MDS2: each form's SBOM answers come from its version's own files.
	for _, tc := range []struct {
		path, file, never string
	}{
		{"halcyon-lvp7/mds2.json", "(sbom.cdx.json) is published with the documents", "sbom-4.1.0"},
		{"halcyon-lvp7/4.1.0/mds2.json", "(sbom-4.1.0.cdx.json) is published with the documents", "(sbom.cdx.json)"},
	} {
		var form struct {
			Questions []struct {
				ID, Answer, From string
			} `json:"questions"`
		}
		if err := json.Unmarshal(files[tc.path], &form); err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		found := false
		for _, q := range form.Questions {
			if q.ID == "SBOM-1" {
				found = true
				if q.Answer != "Yes" || !strings.Contains(q.From, tc.file) {
					t.Errorf("%s SBOM-1: %s from %q, want Yes from %q", tc.path, q.Answer, q.From, tc.file)
				}
			}
			if strings.HasPrefix(q.ID, "SBOM-") && strings.Contains(q.From, tc.never) {
				t.Errorf("%s %s is derived from another version's SBOM: %s", tc.path, q.ID, q.From)
			}
		}
		if !found {
			t.Errorf("%s: no SBOM-1 answer", tc.path)
		}
	}

	// VEX: each version is identified by its own SBOM's subject, and its
	// vulnerabilities are checked against its own components.
	csaf := 0
	for rel, doc := range files {
		if !strings.HasSuffix(rel, "halcyon-lvp7-4_1_0-vex.json") {
			continue
		}
		csaf++
		kindtest.SaysAll(t, rel, string(doc), `"purl": "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.1.0"`)
		kindtest.SaysNoneBecause(t, rel, string(doc), "another version's identity", "halcyon-lvp7-pump-software@4.2.1", "halcyon-lvp7-pump-software@3.8.2")
	}
	if csaf != 1 {
		t.Errorf("%d CSAF VEX documents of 4.1.0, want 1", csaf)
	}
	vex := string(files["halcyon-lvp7/vex-4.1.0.cdx.json"])
	kindtest.SaysAll(t, "vex-4.1.0.cdx.json", vex, `"bom-ref": "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.1.0"`)
	kindtest.SaysNoneBecause(t, "vex-4.1.0.cdx.json", vex, "another version's component", `"version": "3.0.16"`, `"version": "8.7.1"`, `"version": "1.1.1d"`)
}
