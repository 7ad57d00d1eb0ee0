package content

import (
	"strings"
	"testing"
)

// TestRuleFixOverdue: an affected vulnerability with no fix released by
// the as-of date, identified longer ago than the patch commitment for its
// risk, is warned; each thing that releases it from the promise is not.
func TestRuleFixOverdue(t *testing.T) {
	asOf := NewDate(2026, 3, 1)
	base := func() *Product {
		p := &Product{Versions: []Version{
			{Version: "1.0", GeneralAvailability: NewDate(2024, 1, 1), EndOfSupport: NewDate(2025, 12, 31)},
			{Version: "2.0", GeneralAvailability: NewDate(2025, 6, 1)},
			{Version: "2.1", GeneralAvailability: NewDate(2026, 6, 1)},
		}}
		p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalDays = 90, 30
		p.Vulns = []Vulnerability{{ID: "CVE-2026-1", Versions: []string{"2.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 11, 1)}}
		return p
	}
	for _, tc := range []struct {
		name string
		edit func(*Product)
		want string // "" for no warning
	}{
		{"controlled, 120 days open, regular 90", nil, "vulnerabilities[0].status: CVE-2026-1 affects 2.0 with no fix released 120 days after it was identified (2025-11-01), beyond the 90 days the documents promise for a regular release (postmarket.patching.regular_days)"},
		{"controlled, within 90 days", func(p *Product) { p.Vulns[0].Discovered = NewDate(2026, 1, 1) }, ""},
		{"controlled, exactly 90 days", func(p *Product) { p.Vulns[0].Discovered = NewDate(2025, 12, 1) }, ""},
		{"uncontrolled, 40 days open, critical 30", func(p *Product) {
			p.Vulns[0].Risk, p.Vulns[0].Discovered = "uncontrolled", NewDate(2026, 1, 20)
		}, "beyond the 30 days the documents promise for an out-of-cycle fix of an uncontrolled risk (postmarket.patching.critical_days)"},
		{"uncontrolled, 20 days open", func(p *Product) { p.Vulns[0].Risk, p.Vulns[0].Discovered = "uncontrolled", NewDate(2026, 2, 9) }, ""},
		{"fix recorded as released", func(p *Product) { p.Vulns[0].Fix = "released" }, ""},
		{"no fix planned", func(p *Product) { p.Vulns[0].Fix = "none_planned" }, ""},
		{"fixed date recorded", func(p *Product) { p.Vulns[0].Fixed = NewDate(2026, 2, 1) }, ""},
		{"delay explained", func(p *Product) { p.Vulns[0].FixDelayReason = "Waiting for the supplier." }, ""},
		{"fix version out", func(p *Product) { p.Vulns[0].FixedIn = "2.0" }, ""},
		{"fix version not out yet", func(p *Product) { p.Vulns[0].FixedIn = "2.1" }, "CVE-2026-1 affects 2.0 with no fix released"},
		{"only a version past its end of support", func(p *Product) { p.Vulns[0].Versions = []string{"1.0"} }, ""},
		{"not affected", func(p *Product) { p.Vulns[0].Status = "not_affected" }, ""},
		{"under investigation", func(p *Product) { p.Vulns[0].Status = "under_investigation" }, ""},
		{"identified after the as-of date", func(p *Product) { p.Vulns[0].Discovered = NewDate(2026, 4, 1) }, ""},
		{"identification date not stated", func(p *Product) { p.Vulns[0].Discovered = Date{} }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			if tc.edit != nil {
				tc.edit(p)
			}
			var got []string
			for _, d := range RuleFixOverdue(p, asOf) {
				got = append(got, d.Path+": "+d.Message)
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no warning, got %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("want one warning containing %q, got %q", tc.want, got)
			}
		})
	}
}
