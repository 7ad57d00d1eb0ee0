package vuln

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestFixWhereByNotice: a security notice released on 2026-02-16 and
// built on 2026-07-01 said its fix was out "in the European Union from 1
// June 2026", the day it came out there, after the notice and by the
// build, not a date the notice gave. The notice's timeline and its
// remediation now name that market without the date; a market still to
// come on the build keeps its date, one out by the notice gets its own
// event, and with the build on the notice's date both read as before.
func TestFixWhereByNotice(t *testing.T) {
	p := &content.Product{Name: "P", Markets: []string{"us", "eu", "uk", "ca"}, Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: day("2024-01-01")},
		{Version: "2.0", GeneralAvailability: day("2025-11-03"), Markets: []string{"us", "eu", "uk"}, MarketReleases: []content.MarketRelease{
			{Market: "uk", GeneralAvailability: day("2026-09-01")},
			{Market: "eu", GeneralAvailability: day("2026-06-01")},
		}},
	}}
	for _, tc := range []struct {
		name, on, asOf, where string
		timeline              []string
	}{
		{"built later", "2026-02-16", "2026-07-01",
			"P 2.0 is available in the United States; later in the European Union; in the United Kingdom from 1 September 2026; not released in Canada.",
			[]string{"2025-11-03: Fix for X available in the United States: software 2.0 released there (later in the European Union; in the United Kingdom from 1 September 2026; not released in Canada)."}},
		{"built on its date", "2026-02-16", "2026-02-16",
			"P 2.0 is available in the United States; in the European Union from 1 June 2026; in the United Kingdom from 1 September 2026; not released in Canada.",
			[]string{"2025-11-03: Fix for X available in the United States: software 2.0 released there (in the European Union from 1 June 2026; in the United Kingdom from 1 September 2026; not released in Canada)."}},
		{"built after every release", "2026-02-16", "2026-10-01",
			"P 2.0 is available in the United States; later in the European Union and the United Kingdom; not released in Canada.",
			[]string{"2025-11-03: Fix for X available in the United States: software 2.0 released there (later in the European Union and the United Kingdom; not released in Canada)."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FixWhereBy(p, "2.0", day(tc.on), day(tc.asOf)); got != tc.where {
				t.Errorf("FixWhereBy:\n got %q\nwant %q", got, tc.where)
			}
			a := &Advisory{Timeline: []Event{{Date: day("2025-11-03"), What: "fix_available", ID: "X", Version: "2.0"}}}
			a.ByMarketBy(p, day(tc.on), day(tc.asOf))
			var got []string
			for _, e := range a.Timeline {
				got = append(got, e.Date.String()+": "+e.Text("M"))
			}
			if len(got) != len(tc.timeline) {
				t.Fatalf("got %q, want %q", got, tc.timeline)
			}
			for i := range got {
				if got[i] != tc.timeline[i] {
					t.Errorf("event %d:\n got %q\nwant %q", i, got[i], tc.timeline[i])
				}
			}
		})
	}
}
