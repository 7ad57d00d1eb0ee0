package content

import (
	"strings"
	"testing"
)

// TestRuleFixOverdueToday: as of today, a promise broken since the date
// the site speaks as of is warned, saying the site speaks as of an
// earlier date; one not broken by today, or one the build already warned
// of (at the same path), is not.
func TestRuleFixOverdueToday(t *testing.T) {
	p := &Product{Versions: []Version{{Version: "1.0.0", GeneralAvailability: NewDate(2025, 6, 1)}}}
	p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalDays = 180, 30
	p.Vulns = []Vulnerability{{ID: "CVE-2024-6135", Versions: []string{"1.0.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 7, 1)}}
	none := func(string) bool { return false }
	for _, tc := range []struct {
		name   string
		today  Date
		warned func(string) bool
		want   string // "" for no warning
	}{
		{"522 days open today", NewDate(2026, 12, 5), none,
			"vulnerabilities[0].status: as of today (2026-12-05, UTC), CVE-2024-6135 affects 1.0.0 with no fix released 522 days after it was identified (2025-07-01), beyond the 180 days the documents promise for a regular release (postmarket.patching.regular_days); the site speaks as of an earlier date, on which the promise was not yet broken, so the build does not warn of it: release and record the fix"},
		{"within the promise today", NewDate(2025, 12, 28), none, ""},
		{"warned by the build already", NewDate(2026, 12, 5), func(path string) bool { return path == "vulnerabilities[0].status" }, ""},
		{"another path warned", NewDate(2026, 12, 5), func(path string) bool { return path == "vulnerabilities[1].status" }, "as of today (2026-12-05, UTC), CVE-2024-6135 affects 1.0.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range RuleFixOverdueToday(p, tc.today, tc.warned) {
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
