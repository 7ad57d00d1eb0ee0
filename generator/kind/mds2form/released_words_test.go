package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestCoversUnreleasedSaysNoReleaseDate: the warning called the build's
// as-of date the form's release date ("the MDS2 form (released …)") when
// documents.mds2.release_date is not written; it now says the form has no
// release date and speaks as of that date, and keeps "released" for a
// form that has one.
func TestCoversUnreleasedSaysNoReleaseDate(t *testing.T) {
	on := content.NewDate(2026, 3, 2)
	for _, tc := range []struct {
		name     string
		released content.Date
		want     string
	}{
		{"no release date", content.Date{}, "the MDS2 form (no release date, so as of the build's as-of date 2026-03-02) covers version 1.0.0"},
		{"released", on, "the MDS2 form (released 2026-03-02) covers version 1.0.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{Versions: []content.Version{{Version: "0.9.0", GeneralAvailability: content.NewDate(2025, 1, 1)}, {Version: "1.0.0", GeneralAvailability: content.NewDate(2026, 10, 1)}}}
			p.MDS2.Versions = []string{"1.0.0"}
			p.Documents.MDS2.ReleaseDate = tc.released
			got := coversUnreleased(&kind.Env{AsOf: on}, kind.Product{Product: p}, on)
			if len(got) != 1 || !strings.HasPrefix(got[0].Message, tc.want) {
				t.Errorf("got %v; want one warning starting %q", got, tc.want)
			}
		})
	}
}
