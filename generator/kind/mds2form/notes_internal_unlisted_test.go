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
// the note is as before. The two questions rest on the same two links,
// so they share one note, which names no kind of interface.
func TestMDS2InternalLinkNoteUnlistedPart(t *testing.T) {
	const complete = "\ninterfaces_complete = false"
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		heads map[string]string
		tail  string
	}{
		{"the tablet's list is incomplete", nil, map[string]string{
			"CONN-1.1":   "The answers citing this note rest on these stated interfaces of the device, each a link internal to the product: ",
			"CONN-1.1.1": "The answers citing this note rest on these stated interfaces of the device, each a link internal to the product: ",
		}, "Whether the StrideCore tablet has other interfaces of the kinds those questions ask about is not stated."},
		{"the list is complete", func(s string) string { return strings.Replace(s, complete, "\ninterfaces_complete = true", 1) }, map[string]string{
			"CONN-1.1":   "The answers citing this note rest on these interfaces of the device, each a link internal to the product: ",
			"CONN-1.1.1": "The answers citing this note rest on these interfaces of the device, each a link internal to the product: ",
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
				if unlisted := strings.Contains(row.NoteText, "is not stated."); tc.tail == "" && unlisted {
					t.Errorf("%s note %q says an interface is unlisted; the list is complete", id, row.NoteText)
				} else if tc.tail != "" && !strings.HasSuffix(row.NoteText, " "+tc.tail) {
					t.Errorf("%s note %q; want it to end %q", id, row.NoteText, tc.tail)
				}
			}
		})
	}
}
