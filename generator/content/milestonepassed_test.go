package content

import "testing"

// TestUnsetCellPassedBeforeEndOfLife: once a version's end of life has
// passed (Limited Support, End of Support), its end of marketing and of
// production, which come no later, read "Passed, date not stated" when
// unset, as an unset end of life does, not "Not announced" beside a
// stage saying it is no longer sold, nor "Not set"; before then they are
// still "Not announced"; a withdrawn version's stay "Not set", and an
// end of guaranteed support keeps its own words.
func TestUnsetCellPassedBeforeEndOfLife(t *testing.T) {
	date := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	v := Version{Version: "6.1", GeneralAvailability: date("2019-09-16"), EndOfLife: date("2025-06-30"), EndOfSupport: date("2027-06-30")}
	for _, tc := range []struct {
		on, milestone, want string
	}{
		{"2024-07-01", "end_of_marketing", "Not announced"},
		{"2024-07-01", "end_of_production", "Not announced"},
		{"2024-07-01", "end_of_guaranteed_support", "Not announced"},
		{"2025-06-30", "end_of_marketing", "Passed, date not stated"},
		{"2025-09-01", "end_of_production", "Passed, date not stated"},
		{"2025-09-01", "end_of_guaranteed_support", "Not announced"},
		{"2027-06-30", "end_of_marketing", "Passed, date not stated"},
		{"2027-06-30", "end_of_production", "Passed, date not stated"},
		{"2027-06-30", "end_of_guaranteed_support", "Not set"},
	} {
		if got := v.UnsetCell(tc.milestone, date(tc.on)); got != tc.want {
			t.Errorf("on %s, %s: %q, want %q", tc.on, tc.milestone, got, tc.want)
		}
	}
	// An end of life left unset but passed (its end of support has).
	undated := Version{Version: "5.2", GeneralAvailability: date("2016-04-11"), EndOfSupport: date("2024-06-30")}
	for _, m := range []string{"end_of_marketing", "end_of_production", "end_of_life"} {
		if got := undated.UnsetCell(m, date("2024-07-01")); got != "Passed, date not stated" {
			t.Errorf("undated end of life, %s: %q", m, got)
		}
	}
	withdrawn := v
	withdrawn.Withdrawn = date("2020-01-15")
	if got := withdrawn.UnsetCell("end_of_marketing", date("2026-01-01")); got != "Not set" {
		t.Errorf("withdrawn: %q, want Not set", got)
	}
}
