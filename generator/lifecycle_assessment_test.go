package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCTScannerLifecycleAssessmentIsTheAnnotations: Kestrel CT's
// lifecycle page said "Halvorsen Medical Imaging AB states its own
// assessment of the support of 1 of the 7 software components" and listed
// the .NET Runtime, whose [[components]] entry gives only notes: its level
// and end of support come from the SBOM, as the CSD's source column says.
// Only an entry stating a level or an end of support is the
// manufacturer's own assessment; with one, the page says so again.
func TestCTScannerLifecycleAssessmentIsTheAnnotations(t *testing.T) {
	lc := buildFixture(t, "ctscanner")("kestrel-ct/lifecycle.md")
	kindtest.SaysNone(t, "lifecycle.md", lc, "Components assessed one by one", "states its own assessment")
	kindtest.SaysAll(t, "csd.md", buildFixture(t, "ctscanner")("kestrel-ct/csd.md"), "| .NET Runtime | 6.0.36 |", "SBOM (kestrel-6.1.cdx.json)")

	const entry = "name = \".NET Runtime\"\nversion = \"6.0.36\"\n"
	files, _ := buildFixtureEdited(t, "ctscanner", "kestrel-ct.toml", func(s string) string {
		return strings.Replace(s, entry, entry+"support = \"no_longer_maintained\"\nend_of_support = 2024-11-12\n", 1)
	})
	kindtest.SaysAll(t, "lifecycle.md (entry states the support)", files["kestrel-ct/lifecycle.md"],
		"### Components assessed one by one",
		"Halvorsen Medical Imaging AB states its own assessment of the support of 1 of the 7 software components of version `6.1`",
		"| .NET Runtime | 6.0.36 | No longer maintained | 2024-11-12 |")
}
