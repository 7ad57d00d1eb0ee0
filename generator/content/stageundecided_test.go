package content

import (
	"testing"
	"time"
)

// TestStageUndecided: a version whose end of life is not stated is in
// Support or Limited Support on a date before its end of support only
// where that end has come by the site's as-of date (its end of life then
// passed at a date the data do not give); with its end of support still
// ahead on the as-of date, no end of life is announced and it was in
// Support, as the lifecycle page says (review 81, dexalegacy 1).
func TestStageUndecided(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	v := Version{Version: "5.2", GeneralAvailability: d(2009, 5, 1), EndOfSupport: d(2018, 12, 31)}
	withEOL := v
	withEOL.EndOfLife = d(2017, 6, 30)
	const undecided = "Support or Limited Support (end of life not stated)"
	for _, tc := range []struct {
		name     string
		v        Version
		on, asOf Date
		want     string
	}{
		{"end of support passed by as-of, notice before it", v, d(2016, 12, 1), d(2026, 12, 7), undecided},
		{"end of support still ahead on as-of", v, d(2016, 12, 1), d(2017, 1, 1), "Support"},
		{"end of life stated, before it", withEOL, d(2016, 12, 1), d(2026, 12, 7), "Support"},
		{"end of life stated, after it", withEOL, d(2018, 1, 1), d(2026, 12, 7), "Limited Support"},
		{"no end of support", Version{Version: "6.0", GeneralAvailability: d(2020, 1, 1)}, d(2021, 1, 1), d(2026, 12, 7), "Support"},
	} {
		if got := tc.v.StageUndecided(tc.on, tc.asOf); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
