package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2PortListNote: SomnoScore keeps its recordings in the hospital's
// SQL Server database, which no port reaches (the psgsleep review,
// finding 4): CONN-2's derived Yes gets a note naming the connection the
// list lacks, the CSD's caveat after its final deny. With a port to the
// database, the list lacks nothing, and no note.
func TestMDS2PortListNote(t *testing.T) {
	const (
		site = "../../testdata/psgsleep/jspgen.toml"
		prod = "../../testdata/psgsleep/content/somnotrack.toml"
		text = `The port list that the answer Yes to CONN-2 points to lists no port for the connections the product needs to the Hospital SQL Server database, where it keeps its data store "SomnoScore database".`
	)
	const anchor = "# The recorder's recording is labelled with the study ID only"
	sqlPort := func(s string) string {
		if !strings.Contains(s, anchor) {
			t.Fatalf("fixture lacks %q", anchor)
		}
		return strings.Replace(s, anchor, "[[ports]]\nnumber = 1433\ntransport = \"tcp\"\nservice = \"SQL Server (TDS)\"\npurpose = \"Keeping recordings and reports in the SomnoScore database.\"\ndirection = \"out\"\ninterface = \"pc-net\"\npart = \"somnoscore\"\npeer_part = \"sqlserver\"\n\n"+anchor, 1)
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		want string // CONN-2's note; "" for none
	}{
		{"no port reaches the database", nil, text},
		{"a port reaches the database", sqlPort, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, site, prod, tc.edit))
			row, ok := f.Row("CONN-2")
			if !ok {
				t.Fatal("no row CONN-2")
			}
			if row.Answer != mds2.Yes || !fromData(&row) {
				t.Errorf("CONN-2 = %s (%s); want Yes from the data", row.Answer, row.Basis)
			}
			if row.NoteText != tc.want || (tc.want != "") != (row.Note != 0) {
				t.Errorf("CONN-2 note %d %q; want %q", row.Note, row.NoteText, tc.want)
			}
		})
	}
}
