package content

import "testing"

// TestNoticeGivenLead: the notice a notice gave is said in the whole
// months check counts (MonthsUntil) and the days left over, counted from
// the same day of the month, or the last day of a shorter month.
func TestNoticeGivenLead(t *testing.T) {
	d := func(s string) Date {
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for _, c := range []struct {
		issued, eos, want string
	}{
		{"2026-06-15", "2027-06-30", "12 months and 15 days before"},
		{"2025-11-20", "2026-05-20", "6 months before"},
		{"2025-06-30", "2026-12-31", "18 months and 1 day before"},
		{"2025-01-31", "2025-03-30", "1 month and 30 days before"}, // check counts 1 month (to 28 February)
		{"2025-01-31", "2025-02-28", "28 days before"},
		{"2025-03-03", "2025-03-03", "on the day of"},
		{"2025-02-01", "2025-01-01", "1 month after"},
		{"2025-01-10", "2025-01-01", "9 days after"},
	} {
		g := NoticeGiven{Issued: d(c.issued), EndOfSupport: d(c.eos)}
		if g.Issued.After(g.EndOfSupport) {
			g.After = true
			g.Months, g.Days = span(g.EndOfSupport, g.Issued)
		} else {
			g.Months, g.Days = span(g.Issued, g.EndOfSupport)
		}
		if got := g.Lead(); got != c.want {
			t.Errorf("issued %s, end of support %s: got %q, want %q", c.issued, c.eos, got, c.want)
		}
		if !g.After && g.Months != g.Issued.MonthsUntil(g.EndOfSupport) {
			t.Errorf("issued %s: months %d differ from check's %d", c.issued, g.Months, g.Issued.MonthsUntil(g.EndOfSupport))
		}
	}
}
