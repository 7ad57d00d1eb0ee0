package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2RemotePartsNote: the DX-5's remote service reaches the clinic
// server, not the dialysis machines (remote_service.parts, the
// dialysisfleet review): RMOT-1 stays Yes, with a note naming what is
// reached and what is not. Naming every part on the customer's side, or
// not writing the key, leaves the Yes without a note, and a
// manufacturer's own note on RMOT-1 stands.
func TestMDS2RemotePartsNote(t *testing.T) {
	const (
		site = "../../testdata/dialysisfleet/jspgen.toml"
		prod = "../../testdata/dialysisfleet/content/dx5.toml"
		note = "Remote service connections reach DX-5 Clinic Server only, not the DX-5 dialysis machine."
		keys = "connection = \"outbound\"\nparts = [\"server\"]\n"
	)
	edit := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("fixture lacks %q", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		note string
		own  bool // the manufacturer's note
	}{
		{"the server only", nil, note, false},
		{"every part on the customer's side", edit(keys, "connection = \"outbound\"\nparts = [\"machine\", \"server\"]\n"), "", false},
		{"parts not written", edit(keys, "connection = \"outbound\"\n"), "", false},
		{"the manufacturer's own note", edit("\"RMOT-1.1\" = ", "\"RMOT-1\" = { answer = \"yes\", note = 4 }\n\"RMOT-1.1\" = "), "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, site, prod, tc.edit))
			row, ok := f.Row("RMOT-1")
			if !ok {
				t.Fatal("no row RMOT-1")
			}
			if row.Answer != mds2.Yes {
				t.Errorf("RMOT-1 = %s; want Yes", row.Answer)
			}
			switch {
			case tc.own:
				if row.Note != 4 {
					t.Errorf("RMOT-1 note %d %q; want the manufacturer's note 4", row.Note, row.NoteText)
				}
			case row.NoteText != tc.note:
				t.Errorf("RMOT-1 note %d %q; want %q", row.Note, row.NoteText, tc.note)
			}
		})
	}
}
