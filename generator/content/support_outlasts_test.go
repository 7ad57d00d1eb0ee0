package content

import "testing"

// TestSupportOutlasts: a version whose end of support is not announced on
// a date, of a product promising end_of_life.notice_months of notice, is
// supported beyond that date plus the notice; an announced end, no
// promise or no date decide nothing.
func TestSupportOutlasts(t *testing.T) {
	on := NewDate(2025, 11, 3)
	for _, c := range []struct {
		name   string
		months int
		v      *Version
		on     Date
		want   Date
	}{
		{"not announced, 24 months promised", 24, &Version{Version: "3.1.0"}, on, NewDate(2027, 11, 3)},
		{"not announced, 12 months promised", 12, &Version{Version: "3.1.0"}, on, NewDate(2026, 11, 3)},
		{"announced", 24, &Version{Version: "3.1.0", EndOfSupport: NewDate(2026, 12, 31)}, on, Date{}},
		{"no notice promised", 0, &Version{Version: "3.1.0"}, on, Date{}},
		{"no date", 24, &Version{Version: "3.1.0"}, Date{}, Date{}},
		{"no version", 24, nil, on, Date{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{EndOfLife: EndOfLife{NoticeMonths: c.months}}
			if got := p.SupportOutlasts(c.v, c.on); got != c.want {
				t.Errorf("SupportOutlasts = %v, want %v", got, c.want)
			}
		})
	}
}
