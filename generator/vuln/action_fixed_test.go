package vuln_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/vuln"
)

// TestActionFixed: what a document says to do about a fixed version: its
// remediation when stated, else the version that fixed it, else nothing.
func TestActionFixed(t *testing.T) {
	for _, c := range []struct {
		remediation, fixedIn, want string
	}{
		{"Update to 4.2.1 or later.", "4.2.1", "Update to 4.2.1 or later."},
		{"", "4.2.1", "Fixed in 4.2.1."},
		{"", "", ""},
	} {
		v := &vuln.Vulnerability{ID: "CVE-2024-0001", Version: "4.2.1", Status: "fixed", Remediation: c.remediation, FixedIn: c.fixedIn}
		if got := v.Action(); got != c.want {
			t.Errorf("remediation %q, fixed_in %q: action %q; want %q", c.remediation, c.fixedIn, got, c.want)
		}
	}
}
