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
	date := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
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
