package inventory_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestComparedEnd: a version whose end of support is not announced but is
// known to come after a date (content.Product.SupportOutlasts) has its
// components compared with the day after it, so that one whose support
// ends on that date ends before the version's, and one ending the day
// after is not compared; an announced end is compared as it is, and with
// neither nothing is compared.
func TestComparedEnd(t *testing.T) {
	d := content.NewDate
	outlasts := d(2027, 11, 3)
	comp := func(end content.Date) inventory.Component {
		var c inventory.Component
		c.Name, c.Version, c.Support, c.EndOfSupport = "qtbase", "6.5.3", "maintained", end
		return c
	}
	on := d(2025, 11, 3)
	for _, tc := range []struct {
		name            string
		end, outlasts   content.Date
		component       content.Date
		attention       bool
		before, outlast string // BeforeEnd with ComparedEnd; BeforeEndOutlasting
	}{
		{"ends on the date the version's support outlasts", content.Date{}, outlasts, outlasts, true, "Yes", "Yes"},
		{"ends the day after", content.Date{}, outlasts, outlasts.AddDays(1), false, "Not stated", "Not stated"},
		{"ends well before", content.Date{}, outlasts, d(2026, 4, 3), true, "Yes", "Yes"},
		{"has ended", content.Date{}, outlasts, d(2024, 9, 30), true, "Yes (its support has ended)", "Yes (its support has ended)"},
		{"nothing known of the version's end", content.Date{}, content.Date{}, d(2026, 4, 3), false, "Not stated", "Not stated"},
		{"announced end wins", d(2026, 1, 1), outlasts, d(2026, 4, 3), false, "No", "No"},
		{"announced end, component before it", d(2026, 6, 1), outlasts, d(2026, 4, 3), true, "Yes", "Yes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := comp(tc.component)
			end := inventory.ComparedEnd(tc.end, tc.outlasts)
			if got := c.NeedsAttention(end, on); got != tc.attention {
				t.Errorf("NeedsAttention = %v, want %v", got, tc.attention)
			}
			if !tc.outlasts.IsZero() && tc.end.IsZero() && tc.attention {
				if got := c.BeforeEnd(end, on); got != tc.before {
					t.Errorf("BeforeEnd = %q, want %q", got, tc.before)
				}
			}
			if got := c.BeforeEndOutlasting(tc.end, tc.outlasts, on); got != tc.outlast {
				t.Errorf("BeforeEndOutlasting = %q, want %q", got, tc.outlast)
			}
		})
	}
}
