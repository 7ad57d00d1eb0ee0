package inventory_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestPassedEndsReleasedBefore: the warning said "the documents say its
// supplier support ended" of a component whose end came after the
// documents' release date, when each document speaks as of that date and
// still prints the stated level (REPORT-transferred #7). It now says
// which documents print the level as stated, and which, speaking as of a
// later date, say the support ended.
func TestPassedEndsReleasedBefore(t *testing.T) {
	d := content.NewDate
	var c inventory.Component
	c.Name, c.Version, c.Support, c.EndOfSupport = "openssl", "3.0.14", "maintained", d(2026, 9, 7)
	asOf := d(2026, 10, 1)
	for _, tc := range []struct {
		name      string
		docs      content.Documents
		want, not []string
	}{
		{"all released before the end",
			content.Documents{Build: []string{"csd", "lifecycle"},
				CSD: content.DocumentControl{ReleaseDate: d(2026, 6, 30)}, Lifecycle: content.DocumentControl{ReleaseDate: d(2026, 6, 30)}},
			[]string{"the CSD and the lifecycle page, released 2026-06-30, speak as of their release dates, before that end, and print its level as stated, not that its support ended; a revision released on or after 2026-09-07 would say that it ended"},
			[]string{"the documents say"}},
		{"one before, one without a release date",
			content.Documents{Build: []string{"csd", "lifecycle"}, CSD: content.DocumentControl{ReleaseDate: d(2026, 6, 30)}},
			[]string{"the CSD, released 2026-06-30, speaks as of its release date, before that end, and prints its level as stated, not that its support ended; the lifecycle page says its supplier support ended on 2026-09-07"},
			[]string{"the documents say"}},
		{"none released before the end",
			content.Documents{Build: []string{"csd"}, CSD: content.DocumentControl{ReleaseDate: d(2026, 9, 30)}},
			[]string{": the documents say its supplier support ended on 2026-09-07 and list it among the components that need attention; if"},
			[]string{"released"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{Documents: tc.docs}
			diags := inventory.PassedEnds(p, []inventory.Component{c}, asOf)
			if len(diags) != 1 {
				t.Fatalf("got %d warnings, want 1: %v", len(diags), diags)
			}
			m := diags[0].Message
			for _, w := range tc.want {
				if !strings.Contains(m, w) {
					t.Errorf("warning %q lacks %q", m, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(m, w) {
					t.Errorf("warning %q says %q", m, w)
				}
			}
		})
	}
}
