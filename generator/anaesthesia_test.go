package generator

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/anaesthesia is an anaesthesia workstation family, the
// Brightwater AW-500 (its product file's header says what it holds).

// TestAnaesthesiaVersionFormCoversItsVersion: the MDS2 answers were
// written for 3.0.0 (mds2.versions) and every supported version gets a
// form. The form at mds2.* covers 3.0.0; 3.1.0's own form, titled
// "version 3.1.0", said in JSP-VER and its JSON that it covered 3.0.0.
func TestAnaesthesiaVersionFormCoversItsVersion(t *testing.T) {
	read := buildFixture(t, "anaesthesia")
	for rel, want := range map[string][]string{"aw500/mds2.json": {"3.0.0"}, "aw500/3.1.0/mds2.json": {"3.1.0"}} {
		var form struct{ Versions []string }
		if err := json.Unmarshal([]byte(read(rel)), &form); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if !slices.Equal(form.Versions, want) {
			t.Errorf("%s covers %v; want %v", rel, form.Versions, want)
		}
	}
	kindtest.SaysAll(t, "3.1.0/mds2.md", read("aw500/3.1.0/mds2.md"),
		"| JSP-VER\\* | Which software versions of the device does this form cover? | 3.1.0 (general availability 2025-03-03, end of support 2032-01-13) |")
}

// TestAnaesthesiaVulnerabilityInVersionWithoutSBOM: 2.4.0 has no SBOM,
// so what it contains is not known; check refused CVE-2025-70011 in it
// ("contains none of the components") and left the plan and the VEX
// files without it. The entry names 2.4.0's component, bw-hl7 2.4.0.
func TestAnaesthesiaVulnerabilityInVersionWithoutSBOM(t *testing.T) {
	read := buildFixture(t, "anaesthesia")
	kindtest.SaysAll(t, "security-plan.md", read("aw500/security-plan.md"),
		"| CVE-2025-70011 | 2.4.0 | bw-hl7 2.4.0 | Affected |",
		"| CVE-2025-70011 | 3.0.0 | bw-hl7 3.0.0 | Affected |")
	kindtest.SaysAll(t, "vex-2.4.0.cdx.json", read("aw500/vex-2.4.0.cdx.json"), `"ref": "bw-hl7@2.4.0"`)
	kindtest.SaysNone(t, "vex-2.4.0.cdx.json", read("aw500/vex-2.4.0.cdx.json"), "bw-hl7@3.0.0")
}
