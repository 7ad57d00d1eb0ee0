package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestRemediationCategory: vendor_fix says an official fix exists, so it
// is written only for a fixed product or one whose fix version is named;
// other advice for an affected product is a mitigation, and a product
// under investigation has no fix available.
func TestRemediationCategory(t *testing.T) {
	pids := func(v *vuln.Vulnerability) []string { return []string{v.Version} }
	for _, c := range []struct {
		name    string
		status  content.VulnStatus
		fixedIn string
		want    string
	}{
		{"fixed", "fixed", "4.2.1", "vendor_fix"},
		{"affected, fix version named", "affected", "4.2.1", "vendor_fix"},
		{"affected, no fix version", "affected", "", "mitigation"},
		{"under investigation", "under_investigation", "", "none_available"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := &vuln.Vulnerability{ID: "CVE-2025-0001", Version: "4.1.0", Status: c.status, FixedIn: c.fixedIn, Remediation: "No fix is available yet."}
			got := csafVulnerability(x.ID, []*vuln.Vulnerability{x}, pids)
			if len(got.Remediations) != 1 || got.Remediations[0].Category != c.want {
				t.Errorf("remediations %+v, want one of category %s", got.Remediations, c.want)
			}
		})
	}
}

// TestEveryVulnerabilityHasANote: CSAF 2.0 test 6.1.27.5 wants notes on
// every vulnerability, in VEX documents too; without a description the
// title (else the ID) is the summary, and a description is kept as is.
func TestEveryVulnerabilityHasANote(t *testing.T) {
	pids := func(v *vuln.Vulnerability) []string { return []string{v.Version} }
	for _, x := range []*vuln.Vulnerability{
		{ID: "CVE-2025-0001", Version: "1.0", Status: "affected"},
		{ID: "CVE-2025-0001", Version: "1.0", Status: "affected", Title: "Heap overflow"},
		{ID: "CVE-2025-0001", Version: "1.0", Status: "affected", Description: "A heap overflow in the parser."},
	} {
		got := csafVulnerability(x.ID, []*vuln.Vulnerability{x}, pids)
		want := x.Description
		if want == "" {
			want = x.Title
		}
		if want == "" {
			want = x.ID
		}
		if len(got.Notes) != 1 || got.Notes[0].Text != want {
			t.Errorf("%+v: notes %+v, want one saying %q", x, got.Notes, want)
		}
	}
}
