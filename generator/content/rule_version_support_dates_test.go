package content

import (
	"strings"
	"testing"
)

// TestRuleVersionSupportDates: an older version left in Limited Support,
// with no end of support, beside a later one past its end is warned about
// (sterilizer: 6.9 still supported in 2026 while 7.1 ended); it was not.
func TestRuleVersionSupportDates(t *testing.T) {
	d := NewDate
	older := "not stated: version 6.9 is past its end of life on 2026-11-20 (its end of life passed on 2022-12-31 and no end of support is stated), so the documents say it is in Limited Support or End of Support, the data do not decide which, and do not count it as supported, while the later version 7.1 reached its end of support on 2026-03-31"
	tests := []struct {
		name string
		p    Product
		want string // "" for no warning
	}{
		{"older version in Limited Support beside a later one ended", Product{
			Versions: []Version{
				{Version: "6.9", GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2022, 12, 31)},
				{Version: "7.1", GeneralAvailability: d(2021, 5, 3), EndOfSupport: d(2026, 3, 31)},
				{Version: "7.4", GeneralAvailability: d(2024, 2, 5)},
			},
		}, older},
		{"older version in Limited Support, no later one ended", Product{
			Versions: []Version{
				{Version: "6.9", GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2022, 12, 31)},
				{Version: "7.4", GeneralAvailability: d(2024, 2, 5)},
			},
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RuleVersionSupportDates(&tt.p, d(2026, 11, 20))
			text := diagText(got)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("unexpected:\n  %s", text)
			case tt.want != "" && !strings.Contains(text, tt.want):
				t.Errorf("want %q; got:\n  %s", tt.want, text)
			}
		})
	}
}
