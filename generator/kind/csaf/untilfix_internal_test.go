package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestRemediationBeforeTheFix: a CSAF VEX product known affected needs a
// remediation (CSAF 2.0 test 6.1.27.10). A fixed entry stated as of a day
// before its fix was affected then (vuln.Set.KnownBy): its remediation is
// none_available saying that no fix is out yet, not the fix to come, and
// without a date; on the fix's day it is the vendor fix again.
func TestRemediationBeforeTheFix(t *testing.T) {
	d := content.NewDate
	x := &vuln.Vulnerability{ID: "CVE-2026-21190", Version: "2.3", Status: "fixed", FixedIn: "2.3", Remediation: "The service was updated.",
		Discovered: d(2025, 12, 9), Disclosed: d(2025, 12, 9), Fixed: d(2026, 1, 6)}
	set := &vuln.Set{List: []*vuln.Vulnerability{x}}
	for _, c := range []struct {
		on       content.Date
		status   string
		category string
		details  string
	}{
		{d(2025, 12, 20), "affected", "none_available", vuln.NoRemediationYet("2.3")},
		{d(2026, 1, 6), "fixed", "vendor_fix", "The service was updated."},
	} {
		got := set.KnownBy(c.on).List[0]
		if string(got.Status) != c.status {
			t.Fatalf("%s: status %q, want %q", c.on, got.Status, c.status)
		}
		r, ok := remediation(got, []string{"CSAFPID-0001"})
		if !ok || r.Category != c.category || r.Details != c.details {
			t.Errorf("%s: remediation %+v (%v), want %s %q", c.on, r, ok, c.category, c.details)
		}
	}
}
