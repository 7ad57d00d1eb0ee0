package kind

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestReleasedAfterAsOf: a document released after the build's as-of
// date is a warning (the site dated then would publish it early); one
// released on or before it, or not released, is not.
func TestReleasedAfterAsOf(t *testing.T) {
	date := func(s string) content.Date { return parseDate(t, s) }
	env := &Env{AsOf: date("2025-10-15")}
	p := Product{Product: &content.Product{}}
	tests := []struct {
		name, path, released string
		want                 string // the message's start; "" for none
	}{
		{"after", "documents.csd", "2026-02-16", "the CSD (C-1 revision B) is released on 2026-02-16, after the build's as-of date 2025-10-15"},
		{"the day after", "documents.csd", "2025-10-16", "the CSD (C-1 revision B) is released on 2025-10-16"},
		{"on the day", "documents.csd", "2025-10-15", ""},
		{"before", "documents.csd", "2025-10-14", ""},
		{"not released", "documents.csd", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := content.DocumentControl{ID: "C-1", Revision: "B"}
			if tc.released != "" {
				c.ReleaseDate = date(tc.released)
			}
			got := ReleasedAfterAsOf(env, p, tc.path, "CSD", c)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || got[0].Path != tc.path+".release_date" || !strings.HasPrefix(got[0].Message, tc.want) {
				t.Fatalf("got %v; want one at %s.release_date starting %q", got, tc.path, tc.want)
			}
		})
	}
	// A document block can be left out of documents.build; one notice
	// cannot.
	c := content.DocumentControl{ID: "N-1", Revision: "A", ReleaseDate: date("2026-01-20")}
	if got := ReleasedAfterAsOf(env, p, "documents.lifecycle", "lifecycle page", c); len(got) != 1 || !strings.Contains(got[0].Message, "documents.build") {
		t.Errorf("lifecycle page: %v; want the documents.build alternative", got)
	}
	if got := ReleasedAfterAsOf(env, p, "notices[2].document", "notice n", c); len(got) != 1 || strings.Contains(got[0].Message, "documents.build") {
		t.Errorf("notice: %v; want no documents.build alternative", got)
	}
}

// TestOutdatedAbout: a document released on 2024-01-22 is outdated once
// a version later than the one it describes is current; one that names a
// version not yet released on its date (a submission's) is not, while
// that version or an earlier one is current.
func TestOutdatedAbout(t *testing.T) {
	date := func(s string) content.Date { return parseDate(t, s) }
	p := Product{Product: &content.Product{Versions: []content.Version{
		{Version: "2.6", GeneralAvailability: date("2019-05-06")},
		{Version: "3.1", GeneralAvailability: date("2024-02-05")},
		{Version: "3.2", GeneralAvailability: date("2027-03-01")},
	}}}
	c := content.DocumentControl{ID: "R-1", Revision: "A", ReleaseDate: date("2024-01-22")}
	tests := []struct {
		name, asOf, about string
		want              string // the message's part; "" for none
	}{
		{"current on its release, since superseded", "2026-12-01", "", "describes version 2.6; version 3.1 has been generally available since 2024-02-05"},
		{"names the version current on its release", "2026-12-01", "2.6", "describes version 2.6; version 3.1"},
		{"names the version current now", "2026-12-01", "3.1", ""},
		{"names a version not yet released, before its release", "2024-01-30", "3.1", ""},
		{"names a version released after the current one", "2026-12-01", "3.2", ""},
		{"names the current version, superseded later", "2027-04-01", "3.1", "describes version 3.1; version 3.2 has been generally available since 2027-03-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := OutdatedAbout(&Env{AsOf: date(tc.asOf)}, p, "risk_report", "risk report", c, tc.about)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].Message, tc.want) {
				t.Errorf("got %v; want one saying %q", got, tc.want)
			}
		})
	}
}

// parseDate is date s (YYYY-MM-DD), failing the test when it is not one.
func parseDate(t *testing.T, s string) content.Date {
	t.Helper()
	d, err := content.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
