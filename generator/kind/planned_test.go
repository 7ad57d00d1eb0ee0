package kind

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestPlannedSaidGivesOnlyAPlannedDate: a notice released on 2024-03-28
// says a later version not out then is planned; it gives the version's
// general availability only while that is still a plan on the build's
// as-of date. A general availability between the notice and the as-of
// date is the day the version came out, which the notice cannot have
// given as its plan (the data do not say what was planned then).
func TestPlannedSaidGivesOnlyAPlannedDate(t *testing.T) {
	date := content.NewDate
	on := date(2024, time.March, 28)
	asOf := date(2026, time.November, 30)
	for _, tc := range []struct {
		name  string
		ga    content.Date
		where string
		want  string
	}{
		{"out by the notice", date(2023, time.May, 1), "", ""},
		{"out on the notice's day", on, "", ""},
		{"no general availability", content.Date{}, "", "planned"},
		{"out after the notice, by the as-of date", date(2025, time.February, 3), "", "planned"},
		{"out on the as-of date", asOf, "", "planned"},
		{"still planned on the as-of date", date(2027, time.April, 1), "", "planned; general availability 2027-04-01"},
		{"still planned, not in every market", date(2027, time.April, 1), "available in the United States", "planned"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &content.Version{Version: "2.0", GeneralAvailability: tc.ga}
			if got := PlannedSaid(v, tc.where, on, asOf); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
