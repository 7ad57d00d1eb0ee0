package content

import "testing"

// TestLateFix: a fix out, or still owed, longer after the vulnerability
// was identified than the promise for its risk is late; one within it,
// one owed for no supported version, or one with no promise or no
// identification date to count from is not. An open late fix is what
// RuleFixOverdue warns of, by the same test.
func TestLateFix(t *testing.T) {
	on := NewDate(2026, 3, 1)
	p := &Product{Versions: []Version{
		{Version: "1.0", GeneralAvailability: NewDate(2024, 1, 1), EndOfSupport: NewDate(2025, 12, 31)},
		{Version: "2.0", GeneralAvailability: NewDate(2025, 6, 1)},
	}}
	p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalDays = 90, 30
	for _, tc := range []struct {
		name                string
		risk                RiskControl
		versions            []string
		discovered, out, on Date
		late                bool
		want                FixDelay
	}{
		{"open 120 days, regular 90", "controlled", []string{"2.0"}, NewDate(2025, 11, 1), Date{}, on, true,
			FixDelay{Days: 120, Limit: 90, Key: "regular_days", What: "a regular release", Open: true}},
		{"fixed after 100 days, regular 90", "controlled", []string{"2.0"}, NewDate(2025, 10, 1), NewDate(2026, 1, 9), on, true,
			FixDelay{Days: 100, Limit: 90, Key: "regular_days", What: "a regular release", Out: NewDate(2026, 1, 9)}},
		{"risk not stated: the regular promise", "", []string{"2.0"}, NewDate(2025, 11, 1), Date{}, on, true,
			FixDelay{Days: 120, Limit: 90, Key: "regular_days", What: "a regular release", Open: true}},
		{"uncontrolled, fixed after 40 days, critical 30", "uncontrolled", []string{"2.0"}, NewDate(2026, 1, 1), NewDate(2026, 2, 10), on, true,
			FixDelay{Days: 40, Limit: 30, Key: "critical_days", What: "an out-of-cycle fix of an uncontrolled risk", Out: NewDate(2026, 2, 10)}},
		{"fixed after the date asked about: open then", "controlled", []string{"2.0"}, NewDate(2025, 11, 1), NewDate(2026, 4, 1), on, true,
			FixDelay{Days: 120, Limit: 90, Key: "regular_days", What: "a regular release", Open: true}},
		{"fixed within 90 days", "controlled", []string{"2.0"}, NewDate(2025, 11, 1), NewDate(2026, 1, 30), on, false, FixDelay{}},
		{"open exactly 90 days", "controlled", []string{"2.0"}, NewDate(2025, 12, 1), Date{}, on, false, FixDelay{}},
		{"uncontrolled, open 20 days", "uncontrolled", []string{"2.0"}, NewDate(2026, 2, 9), Date{}, on, false, FixDelay{}},
		{"open, only a version past its end of support", "controlled", []string{"1.0"}, NewDate(2025, 6, 1), Date{}, on, false, FixDelay{}},
		{"fixed late in a version now past its end of support", "controlled", []string{"1.0"}, NewDate(2025, 6, 1), NewDate(2025, 12, 1), on, true,
			FixDelay{Days: 183, Limit: 90, Key: "regular_days", What: "a regular release", Out: NewDate(2025, 12, 1)}},
		{"identified after the date", "controlled", []string{"2.0"}, NewDate(2026, 4, 1), Date{}, on, false, FixDelay{}},
		{"identification not stated", "controlled", []string{"2.0"}, Date{}, Date{}, on, false, FixDelay{}},
		{"no date asked about", "controlled", []string{"2.0"}, NewDate(2025, 11, 1), Date{}, Date{}, false, FixDelay{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, late := p.LateFix(tc.risk, tc.versions, tc.discovered, tc.out, tc.on)
			if late != tc.late || got.Days != tc.want.Days || got.Limit != tc.want.Limit || got.Key != tc.want.Key || got.What != tc.want.What ||
				got.Open != tc.want.Open || got.Out.String() != tc.want.Out.String() {
				t.Errorf("got %+v, %v; want %+v, %v", got, late, tc.want, tc.late)
			}
		})
	}
}
