package content

import "testing"

// TestRevisionOn: the revision a page dated on cites, both ways.
func TestRevisionOn(t *testing.T) {
	d := DocumentControl{Revision: "C", ReleaseDate: NewDate(2026, 3, 1), History: []Revision{
		{Revision: "A", Date: NewDate(2025, 1, 10)}, {Revision: "B", Date: NewDate(2025, 7, 1)}, {Revision: "C", Date: NewDate(2026, 3, 1)},
	}}
	for _, tc := range []struct {
		on   Date
		want string
		date Date
	}{
		{NewDate(2026, 3, 1), "C", NewDate(2026, 3, 1)},
		{NewDate(2027, 1, 1), "C", NewDate(2026, 3, 1)},
		{NewDate(2026, 2, 28), "B", NewDate(2025, 7, 1)},
		{NewDate(2025, 7, 1), "B", NewDate(2025, 7, 1)},
		{NewDate(2025, 6, 30), "A", NewDate(2025, 1, 10)},
		{NewDate(2024, 1, 1), "C", NewDate(2026, 3, 1)}, // before its history: nothing earlier to cite
		{Date{}, "C", NewDate(2026, 3, 1)},
	} {
		if rev, date := d.RevisionOn(tc.on); rev != tc.want || date != tc.date {
			t.Errorf("RevisionOn(%s) = %s, %s; want %s, %s", tc.on, rev, date, tc.want, tc.date)
		}
	}
}
