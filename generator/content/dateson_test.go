package content

import "testing"

// TestDatesOn: a milestone moved by a notice issued after the date reads
// as it was announced before; one moved by a notice issued by then, as
// moved; two notices after the date, the earlier one's previous date.
func TestDatesOn(t *testing.T) {
	d := NewDate
	notice := func(issued Date, changes ...NoticeDateChange) Notice {
		return Notice{Issued: issued, DateChanges: changes}
	}
	p := &Product{
		Versions: []Version{{Version: "1.0", EndOfLife: d(2026, 6, 30), EndOfSupport: d(2028, 12, 31)}, {Version: "2.0", EndOfSupport: d(2030, 1, 1)}},
		Notices: []Notice{
			notice(d(2026, 1, 20), NoticeDateChange{Version: "1.0", Milestone: "end_of_life", Previous: d(2027, 6, 30)},
				NoticeDateChange{Version: "1.0", Milestone: "end_of_support", Previous: d(2029, 6, 30)}),
			notice(d(2025, 6, 1), NoticeDateChange{Version: "1.0", Milestone: "end_of_support", Previous: d(2030, 6, 30)}),
		},
	}
	for _, tc := range []struct {
		on       Date
		eol, eos Date
		same     bool
	}{
		{d(2026, 1, 20), d(2026, 6, 30), d(2028, 12, 31), true},  // both notices issued by then
		{d(2025, 12, 31), d(2027, 6, 30), d(2029, 6, 30), false}, // the later notice not yet
		{d(2025, 5, 31), d(2027, 6, 30), d(2030, 6, 30), false},  // neither: the earlier one's previous
		{Date{}, d(2026, 6, 30), d(2028, 12, 31), true},
	} {
		q := p.DatesOn(tc.on)
		if v := q.Versions[0]; v.EndOfLife != tc.eol || v.EndOfSupport != tc.eos {
			t.Errorf("on %s: 1.0 end of life %s, end of support %s; want %s, %s", tc.on, v.EndOfLife, v.EndOfSupport, tc.eol, tc.eos)
		}
		if (q == p) != tc.same {
			t.Errorf("on %s: returned the product itself = %v; want %v", tc.on, q == p, tc.same)
		}
		if q.Versions[1].EndOfSupport != d(2030, 1, 1) || p.Versions[0].EndOfLife != d(2026, 6, 30) {
			t.Errorf("on %s: another version, or the product itself, changed", tc.on)
		}
	}
}
