package generator

import (
	"strings"
	"testing"
)

// The openfoundation fixture states no CVD timelines (the foundation
// promises none): the documents say the times are not stated rather than
// printing a number the data do not give.
func TestOpenFoundationCVDTimesNotStated(t *testing.T) {
	read := buildFixture(t, "openfoundation")
	csd := read("openqa-rt/csd.md")
	if want := "OpenQA Foundation e.V. handles reports under its coordinated vulnerability disclosure policy. The times to acknowledge a report and to share an initial assessment are not stated."; !strings.Contains(csd, want) {
		t.Errorf("csd.md lacks %q", want)
	}
	plan := read("openqa-rt/security-plan.md")
	for _, want := range []string{
		"| Acknowledge a report | Not stated |",
		"| Initial assessment shared with the reporter | Not stated |",
		"| Coordinated public disclosure | Not stated |",
	} {
		if !strings.Contains(plan, want) {
			t.Errorf("security-plan.md lacks %q", want)
		}
	}
	for name, doc := range map[string]string{"csd.md": csd, "security-plan.md": plan} {
		if strings.Contains(doc, "within 0 ") || strings.Contains(doc, "target 0 ") {
			t.Errorf("%s prints a zero time", name)
		}
	}
}

// Every version inherits the product's sbom.files (4.0's and 4.1's files),
// so counting the lists that name a file labelled 4.0's SBOM as both
// versions'; its own version is the one its subject names.
func TestOpenFoundationSBOMLabelNamesItsOwnVersion(t *testing.T) {
	read := buildFixture(t, "openfoundation")
	for _, page := range []string{"index.html", "openqa-rt/index.html"} {
		html := read(page)
		if want := "Version 4.0 (Support): SBOM sbom-4.0.cdx.json"; !strings.Contains(html, want) {
			t.Errorf("%s lacks %q", page, want)
		}
		if bad := "4.1 (Support): SBOM sbom-4.0.cdx.json"; strings.Contains(html, bad) {
			t.Errorf("%s labels 4.0's SBOM as 4.1's too: %q", page, bad)
		}
	}
}
