package inventory_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestBeforeEndOneRuleForEndedSupport: a component whose support has
// ended on the document's date, while the version's runs on, was "Yes"
// when its end of support was dated before the version's and "Yes (its
// support has ended)" when it was not dated, on the same page. Its
// support having ended is now said alike, dated or not; a component
// whose dated end is still to come before the version's is plain "Yes",
// and once the version's own support has ended the dates alone decide.
func TestBeforeEndOneRuleForEndedSupport(t *testing.T) {
	d := content.NewDate
	on := d(2025, 11, 17)
	comp := func(level content.SupportLevel, eos content.Date) inventory.Component {
		var c inventory.Component
		c.Support, c.EndOfSupport = level, eos
		return c
	}
	for _, tc := range []struct {
		name string
		c    inventory.Component
		end  content.Date
		want string
	}{
		{"no longer maintained, dated before the page, version supported", comp("no_longer_maintained", d(2024, 6, 30)), d(2030, 12, 31), "Yes (its support has ended)"},
		{"no longer maintained, not dated, version supported", comp("no_longer_maintained", content.Date{}), d(2030, 12, 31), "Yes (its support has ended)"},
		{"maintained, its date passed, version supported", comp("maintained", d(2025, 1, 31)), d(2030, 12, 31), "Yes (its support has ended)"},
		{"maintained, ends before the version, still to come", comp("maintained", d(2027, 6, 30)), d(2030, 12, 31), "Yes"},
		{"no longer maintained from a date still to come, before the version's", comp("no_longer_maintained", d(2026, 6, 30)), d(2030, 12, 31), "Yes"},
		{"ended before the version, whose support has ended too", comp("no_longer_maintained", d(2024, 6, 30)), d(2025, 6, 30), "Yes"},
		{"ended after the version, whose support has ended too", comp("no_longer_maintained", d(2025, 7, 31)), d(2025, 6, 30), "No"},
	} {
		if got := tc.c.BeforeEnd(tc.end, on); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
