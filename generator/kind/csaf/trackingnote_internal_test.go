package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestTrackingUnassignedNote: a notice whose document control gives no
// revision or no release date has a CSAF twin that says which tracking
// values the product data do not assign and what it carries instead
// (version 1, the issue date); one that gives both, or a history, has
// no such note.
func TestTrackingUnassignedNote(t *testing.T) {
	issued := content.NewDate(2016, 12, 1)
	tests := []struct {
		name string
		doc  content.DocumentControl
		want string
	}{
		{"neither", content.DocumentControl{}, "no revision and no release date"},
		{"no release date", content.DocumentControl{Revision: "B"}, "revision B of this notice no release date"},
		{"no revision", content.DocumentControl{ReleaseDate: content.NewDate(2016, 12, 5)}, "no revision. CSAF requires a document version and a revision history, so this document gives version 1"},
		{"both", content.DocumentControl{Revision: "B", ReleaseDate: content.NewDate(2016, 12, 5)}, ""},
		{"history", content.DocumentControl{History: []content.Revision{{Revision: "A", Date: issued, Summary: "First."}}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			note, ok := trackingUnassignedNote(content.Notice{Issued: issued, Document: tt.doc})
			if tt.want == "" {
				if ok {
					t.Fatalf("unexpected note %q", note.Text)
				}
				return
			}
			if !ok || !strings.Contains(note.Text, tt.want) || note.Category != "general" {
				t.Fatalf("note %+v, want a general note containing %q", note, tt.want)
			}
			if tt.doc.ReleaseDate.IsZero() && !strings.Contains(note.Text, "issue date, 2016-12-01") {
				t.Errorf("note does not give the issue date: %s", note.Text)
			}
		})
	}
}
