package vuln_test

import (
	"cmp"

	"github.com/jspgen/jspgen/generator/content"
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

// TestFixOut: the date a fix came out is its fixed date, else the general
// availability of the released version that has it; a fix only planned
// (its version not yet out) or none planned has no date. A fixed version
// whose fix came in the version fixed_in names has that version's general
// availability too (lumen-aid 2.1's fixed CVE-2024-99101 read "Not
// stated" in the plan, the affected 2.0 row 2.1's release), even once
// that version is withdrawn; fixed_in naming no version of the product,
// or one not yet out, gives none.
func TestFixOut(t *testing.T) {
	d := content.NewDate
	for _, c := range []struct {
		name string
		v    vuln.Vulnerability
		want content.Date
	}{
		{"fixed date stated", vuln.Vulnerability{Status: "affected", FixedIn: "2.0", Fixed: d(2024, 10, 1)}, d(2024, 10, 1)},
		{"released in 2.0", vuln.Vulnerability{Status: "affected", FixedIn: "2.0"}, d(2024, 9, 1)},
		{"planned in 2.0", vuln.Vulnerability{Status: "affected", FixedIn: "2.0", FixPlanned: true}, content.Date{}},
		{"none planned, 2.0 has it", vuln.Vulnerability{Status: "affected", Fix: "none_planned", FixedIn: "2.0"}, content.Date{}},
		{"fixed in 2.0", vuln.Vulnerability{Version: "2.0", Status: "fixed", FixedIn: "2.0"}, d(2024, 9, 1)},
		{"fixed, fixed date stated", vuln.Vulnerability{Version: "2.0", Status: "fixed", FixedIn: "2.0", Fixed: d(2024, 8, 20)}, d(2024, 8, 20)},
		{"fixed in 1.0, withdrawn for 2.0 not yet out", vuln.Vulnerability{Status: "fixed", FixedIn: "1.0", FixWithdrawn: d(2024, 5, 1), FixInstead: "2.0", FixPlanned: true}, d(2024, 1, 1)},
		{"fixed in 2.0, not yet out", vuln.Vulnerability{Version: "2.0", Status: "fixed", FixedIn: "2.0", FixPlanned: true}, content.Date{}},
		{"fixed, no fix version", vuln.Vulnerability{Version: "2.0", Status: "fixed"}, content.Date{}},
		{"fixed in a version not in the product", vuln.Vulnerability{Version: "2.0", Status: "fixed", FixedIn: "1.9"}, content.Date{}},
		{"not affected, 2.0 named", vuln.Vulnerability{Version: "2.0", Status: "not_affected", FixedIn: "2.0"}, content.Date{}},
	} {
		v := c.v
		v.ID, v.Version = "CVE-2024-0001", cmp.Or(v.Version, "1.0")
		_, s := vexProduct(&v)
		if got := s.FixOut(&v); got != c.want {
			t.Errorf("%s: fix out %v; want %v", c.name, got, c.want)
		}
	}
}
