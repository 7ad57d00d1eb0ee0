package content

import "testing"

// TestUnsetCellPassedBeforeEndOfLife: once a version is in Limited
// Support or End of Support, an unset end of life reads "Passed, date not
// stated": the stage says it has come. Its end of marketing and of
// production, left unset, are not known to have passed (a version need
// never have had one of its own, maldi 8, and the stages no longer say a
// version past its end of life is no longer sold): "Not announced" in
// Limited Support, "Not set" once support has ended; a withdrawn
// version's stay "Not set", and an end of guaranteed support keeps its
// own words.
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
		{"2025-06-30", "end_of_marketing", "Not announced"},
		{"2025-09-01", "end_of_production", "Not announced"},
		{"2025-09-01", "end_of_guaranteed_support", "Not announced"},
		{"2027-06-30", "end_of_marketing", "Not set"},
		{"2027-06-30", "end_of_production", "Not set"},
		{"2027-06-30", "end_of_guaranteed_support", "Not set"},
	} {
		if got := v.UnsetCell(tc.milestone, date(tc.on)); got != tc.want {
			t.Errorf("on %s, %s: %q, want %q", tc.on, tc.milestone, got, tc.want)
		}
	}
	// An end of life left unset but passed (its end of support has).
	undated := Version{Version: "5.2", GeneralAvailability: date("2016-04-11"), EndOfSupport: date("2024-06-30")}
	for m, want := range map[string]string{"end_of_marketing": "Not set", "end_of_production": "Not set", "end_of_life": "Passed, date not stated"} {
		if got := undated.UnsetCell(m, date("2024-07-01")); got != want {
			t.Errorf("undated end of life, %s: %q, want %q", m, got, want)
		}
	}
	withdrawn := v
	withdrawn.Withdrawn = date("2020-01-15")
	if got := withdrawn.UnsetCell("end_of_marketing", date("2026-01-01")); got != "Not set" {
		t.Errorf("withdrawn: %q, want Not set", got)
	}
}
