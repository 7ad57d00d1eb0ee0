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

// The foundation promises no fix time and no minimum notice before an end
// of support (postmarket.patching's day counts and end_of_life.notice_months
// are left out): the plan, the CSD and the lifecycle page say so, and
// print no number nobody promised.
func TestOpenFoundationPatchTimesAndNoticeNotStated(t *testing.T) {
	read := buildFixture(t, "openfoundation")
	plan, csd, life := read("openqa-rt/security-plan.md"), read("openqa-rt/csd.md"), read("openqa-rt/lifecycle.md")
	for _, c := range []struct{ name, doc, want string }{
		{"security-plan.md", plan, "| Vulnerability with a controlled risk | How and when such a vulnerability is fixed is not stated |"},
		{"security-plan.md", plan, "| Vulnerability with an uncontrolled risk | Whether interim mitigations are communicated to customers, and when, is not stated |"},
		{"security-plan.md", plan, "| Vulnerability with an uncontrolled risk | Whether an out-of-cycle fix is released, and when, is not stated |"},
		{"security-plan.md", plan, "The least notice OpenQA Foundation e.V. gives customers before a version reaches end of support is not stated; IMDRF N70 recommends at least 24 months."},
		{"csd.md", csd, "| Vulnerability whose risk is controlled | How and when such a vulnerability is fixed is not stated |"},
		{"csd.md", csd, "| Vulnerability whose risk is not controlled | Whether interim mitigations are communicated to customers, and when, is not stated; when a fix is released is not stated |"},
		{"csd.md", csd, "When fixes for uncontrolled risks are released is not stated."},
		{"csd.md", csd, "The least notice OpenQA Foundation e.V. gives before a version reaches end of support is not stated."},
		{"lifecycle.md", life, "A milestone marked \"Not announced\" has no date published yet; how long before a version's end of support it is announced is not stated."},
		{"lifecycle.md", life, "The least notice OpenQA Foundation e.V. gives before a version reaches end of support is not stated; IMDRF N70 recommends at least 24 months."},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("%s lacks %q", c.name, c.want)
		}
	}
	for name, doc := range map[string]string{"security-plan.md": plan, "csd.md": csd, "lifecycle.md": life} {
		for _, bad := range []string{"within 0 ", "at least 0 ", "730 days", "365 days", "6 months' notice"} {
			if strings.Contains(doc, bad) {
				t.Errorf("%s prints %q", name, bad)
			}
		}
	}
}
