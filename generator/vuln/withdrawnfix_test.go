package vuln_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestWithdrawnFixVersion: fixed_in names 2.0, the first version with
// the fix, withdrawn on 2025-03-10 and replaced by 2.1. A statement as of
// a date before the withdrawal names 2.0 as the fix, as it was then; from
// the withdrawal on it says that 2.0 was withdrawn and sends customers to
// 2.1, planned while 2.1 is not yet out. Before, every date named 2.0.
func TestWithdrawnFixVersion(t *testing.T) {
	d := content.NewDate
	set := func(replacementOut content.Date) *vuln.Set {
		return &vuln.Set{
			Versions: []vuln.Version{
				{Version: "1.0", Available: d(2024, 1, 1)},
				{Version: "2.0", Available: d(2025, 1, 20), Withdrawn: d(2025, 3, 10), ReplacedBy: "2.1"},
				{Version: "2.1", Available: replacementOut},
			},
			List: []*vuln.Vulnerability{
				{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", Fixed: d(2025, 1, 20), Discovered: d(2024, 6, 1), CompensatingControls: []string{"Switch it off."}},
				{ID: "CVE-2024-0001", Version: "2.0", Status: "fixed", FixedIn: "2.0", Fixed: d(2025, 1, 20), Discovered: d(2024, 6, 1)},
			},
		}
	}
	tests := []struct {
		name           string
		replacementOut content.Date
		on             content.Date
		action, fixed  string
		released       bool
		recommendation string
	}{
		{"before the withdrawal: 2.0 is the fix", d(2025, 3, 10), d(2025, 2, 1),
			"Until version 2.0, which fixes it, is installed: Switch it off.", "Fixed in 2.0.", true, ""},
		{"on the withdrawal: 2.1 is", d(2025, 3, 10), d(2025, 3, 10),
			"Version 2.0, the first with the fix, was withdrawn on 2025-03-10: install version 2.1. Until version 2.1, which fixes it, is installed: Switch it off.",
			"Fixed in 2.0, since withdrawn (2025-03-10).", true, "Version 2.0, the first with the fix, was withdrawn on 2025-03-10: install version 2.1."},
		{"withdrawn, the replacement not out yet: planned", d(2025, 3, 20), d(2025, 3, 15),
			"Version 2.0, the first with the fix, was withdrawn on 2025-03-10: install version 2.1. Until version 2.1, which is to fix it, is released and installed: Switch it off.",
			"Fixed in 2.0, since withdrawn (2025-03-10).", false, "Version 2.0, the first with the fix, was withdrawn on 2025-03-10: install version 2.1."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := set(tt.replacementOut).KnownBy(tt.on)
			aff, fix := s.For("1.0")[0], s.For("2.0")[0]
			if got := aff.Action(); got != tt.action {
				t.Errorf("affected Action() = %q\nwant %q", got, tt.action)
			}
			if got := fix.Action(); got != tt.fixed {
				t.Errorf("fixed Action() = %q, want %q", got, tt.fixed)
			}
			if aff.FixReleased() != tt.released {
				t.Errorf("FixReleased() = %v, want %v", aff.FixReleased(), tt.released)
			}
			if got := aff.Recommendation(); got != tt.recommendation {
				t.Errorf("Recommendation() = %q, want %q", got, tt.recommendation)
			}
			if got := fix.Recommendation(); got != "" {
				t.Errorf("fixed entry's Recommendation() = %q, want none: it is fixed", got)
			}
		})
	}
}
