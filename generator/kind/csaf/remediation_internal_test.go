package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestRemediationCategory: vendor_fix says an official fix exists, so it
// is written only for a fixed product or an affected one whose fix is
// released (its fix version named, or fix = "released"), never for one
// the manufacturer will not fix (fix = "none_planned": no_fix_planned,
// even when a later version has the fix and whatever the remediation
// says); other advice for an affected product claims no fix
// (none_available, as under investigation: it was a mitigation, which
// claims the text avoids exposure).
func TestRemediationCategory(t *testing.T) {
	pids := func(v *vuln.Vulnerability) []string { return []string{v.Version} }
	for _, c := range []struct {
		name        string
		status      content.VulnStatus
		fixedIn     string
		fix         content.FixPlan
		remediation string
		want        string
		details     string
		planned     bool // the fix version not generally available on the file's date
	}{
		{"fixed", "fixed", "4.2.1", "", "Fixed.", "vendor_fix", "Fixed.", false},
		{"affected, fix version named", "affected", "4.2.1", "", "Upgrade to 4.2.1.", "vendor_fix", "Upgrade to 4.2.1.", false},
		{"affected, fix released without a version", "affected", "", "released", "Install the validated OS patch KB5034441.", "vendor_fix", "Install the validated OS patch KB5034441.", false},
		// Without a remediation text, the released fix still makes a
		// vendor_fix, naming the version that has it.
		{"affected, fix version named, no remediation text", "affected", "4.2.1", "", "", "vendor_fix", "Fixed in version 4.2.1.", false},
		{"affected, no fix version", "affected", "", "", "No fix is available yet.", "none_available", "No fix is available yet.", false},
		{"affected, no fix planned", "affected", "", "none_planned", "No fix will be released for 1.0 or 2.0.", "no_fix_planned", "No fix will be released for 1.0 or 2.0.", false},
		{"affected, no fix planned, a later version has it", "affected", "4.2.1", "none_planned", "Upgrade to 4.2.1; no 4.1.x release carries the fix.", "no_fix_planned", "Upgrade to 4.2.1; no 4.1.x release carries the fix.", false},
		{"affected, no fix planned, compensating controls only", "affected", "", "none_planned", "", "no_fix_planned", "No fix is planned for version 4.1.0.", false},
		{"under investigation", "under_investigation", "", "", "Assessment under way.", "none_available", "Assessment under way.", false},
		// A fix version not yet released claims no fix, and says which
		// version is to bring it (the OpenVEX says "Until version 4.2.1,
		// which is to fix it, is released and installed").
		{"affected, fix version not yet released", "affected", "4.2.1", "", "Update the pump firmware.", "none_available", "Update the pump firmware. Version 4.2.1, which is to fix it, is not yet released.", true},
		{"affected, fix version not yet released, no remediation text", "affected", "4.2.1", "", "", "none_available", "Version 4.2.1, which is to fix it, is not yet released.", true},
		{"affected, fix stated released though its version is not out", "affected", "4.2.1", "released", "Update the pump firmware.", "vendor_fix", "Update the pump firmware.", true},
		{"affected, no fix planned, the later version not yet out", "affected", "4.2.1", "none_planned", "Wait for 4.2.1.", "no_fix_planned", "Wait for 4.2.1.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := &vuln.Vulnerability{ID: "CVE-2025-0001", Version: "4.1.0", Status: c.status, FixedIn: c.fixedIn, Fix: c.fix, Remediation: c.remediation, FixPlanned: c.planned}
			got := csafVulnerability(x.ID, []*vuln.Vulnerability{x}, "Residual risk to essential clinical performance", " (FDA postmarket guidance)", pids)
			if len(got.Remediations) != 1 || got.Remediations[0].Category != c.want || got.Remediations[0].Details != c.details {
				t.Errorf("remediations %+v, want one of category %s saying %q", got.Remediations, c.want, c.details)
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
		got := csafVulnerability(x.ID, []*vuln.Vulnerability{x}, "Residual risk to essential clinical performance", " (FDA postmarket guidance)", pids)
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
