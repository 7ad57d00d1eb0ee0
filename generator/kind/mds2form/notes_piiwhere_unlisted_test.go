package mds2form

import (
	"strings"
	"testing"
)

// TestMDS2PIISentNoteUnlisted (review 73, rtls finding 5): where the
// bed's interfaces list is not whole (interfaces_complete = false), the
// note says what the list states, not that the bed sends no PHI or PII.
func TestMDS2PIISentNoteUnlisted(t *testing.T) {
	const (
		site = "../../testdata/smartbed/jspgen.toml"
		prod = "../../testdata/smartbed/content/corva.toml"
		text = "The answers Yes to MPII-1, MPII-2.6 and MPII-3 and No to TXCF-1 rest on the BedView gateway, on a server the customer hosts, whose Gateway VM network adapter carries PHI and PII. No interface listed for the Corva bed controller carries PHI or PII; whether there are interfaces of the Corva bed controller other than those listed is not stated."
	)
	f, _, _, _ := resolveCase(t, copyCase(t, site, prod, func(s string) string {
		// The bed's part writes interfaces_complete = true: set it false
		// (a key written twice is a TOML error).
		old := "interfaces_complete = true\nid = \"bed\"\n"
		if !strings.Contains(s, old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(s, old, "interfaces_complete = false\nid = \"bed\"\n", 1)
	}))
	for _, id := range []string{"MPII-1", "MPII-3", "TXCF-1"} {
		row, ok := f.Row(id)
		if !ok {
			t.Fatalf("no row %s", id)
		}
		if row.NoteText != text {
			t.Errorf("%s note %d %q; want %q", id, row.Note, row.NoteText, text)
		}
	}
}
