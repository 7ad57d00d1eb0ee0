package mds2form

import (
	"strings"
	"testing"
)

// TestMDS2InternalLinkNoteUnlistedPart (internalLinkText): the
// exoskeleton's tablet lists only some of its interfaces
// (interfaces_complete = false), so the note on CONN-1.1 and CONN-1.1.1
// speaks of each stated wireless interface and says that whether the
// tablet has others is not stated; it said "Each wireless interface of
// the device is a link internal to the product … join no network", a
// claim about interfaces the data do not list. With the list complete,
// the note is as before.
func TestMDS2InternalLinkNoteUnlistedPart(t *testing.T) {
	const complete = "\ninterfaces_complete = false"
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		heads map[string]string
		tail  string
	}{
		{"the tablet's list is incomplete", nil, map[string]string{
			"CONN-1.1":   "Each stated wireless interface of the device is a link internal to the product: ",
			"CONN-1.1.1": "Each stated Wi-Fi interface of the device is a link internal to the product: ",
		}, "Whether the StrideCore tablet has other %s interfaces is not stated."},
		{"the list is complete", func(s string) string { return strings.Replace(s, complete, "\ninterfaces_complete = true", 1) }, map[string]string{
			"CONN-1.1":   "Each wireless interface of the device is a link internal to the product: ",
			"CONN-1.1.1": "Each Wi-Fi interface of the device is a link internal to the product: ",
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, "../../testdata/exoskeleton/jspgen.toml", "../../testdata/exoskeleton/content/stridecore.toml", tc.edit))
			for id, head := range tc.heads {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if !strings.HasPrefix(row.NoteText, head) {
					t.Errorf("%s note %q; want it to begin %q", id, row.NoteText, head)
				}
				what := map[string]string{"CONN-1.1": "wireless", "CONN-1.1.1": "Wi-Fi"}[id]
				if unlisted := strings.Contains(row.NoteText, "is not stated."); tc.tail == "" && unlisted {
					t.Errorf("%s note %q says an interface is unlisted; the list is complete", id, row.NoteText)
				} else if tc.tail != "" && !strings.HasSuffix(row.NoteText, " "+strings.Replace(tc.tail, "%s", what, 1)) {
					t.Errorf("%s note %q; want it to end %q", id, row.NoteText, strings.Replace(tc.tail, "%s", what, 1))
				}
			}
		})
	}
}
