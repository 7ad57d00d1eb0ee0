package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestVersionDates: a component notice says a version date moved only when
// its date_changes say so, and never claims a date is unchanged.
func TestVersionDates(t *testing.T) {
	v := &content.Version{Version: "4.2.1", GeneralAvailability: content.NewDate(2025, 5, 12),
		EndOfLife: content.NewDate(2026, 6, 30), EndOfSupport: content.NewDate(2028, 12, 31)}
	for _, tc := range []struct {
		name    string
		changes []content.NoticeDateChange
		want    []string // "milestone|date" per row
	}{
		{"no change recorded: end of support only, no claim", nil,
			[]string{"End of support|2028-12-31"}},
		{"moved end of life and end of support", []content.NoticeDateChange{
			{Version: "4.2.1", Milestone: "end_of_life", Previous: content.NewDate(2030, 6, 30)},
			{Version: "4.2.1", Milestone: "end_of_support", Previous: content.NewDate(2031, 6, 30)},
		}, []string{"End of life (moved by this notice from 2030-06-30)|2026-06-30", "End of support (moved by this notice from 2031-06-30)|2028-12-31"}},
		{"a change of another version is not this one's", []content.NoticeDateChange{
			{Version: "4.1.0", Milestone: "end_of_life", Previous: content.NewDate(2030, 6, 30)},
		}, []string{"End of support|2028-12-31"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range versionDates(content.Notice{DateChanges: tc.changes}, []*content.Version{v}, false, true) {
				if strings.Contains(e.Milestone, "unchanged") {
					t.Errorf("claims a date is unchanged: %q", e.Milestone)
				}
				got = append(got, e.Milestone+"|"+e.Date.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}
