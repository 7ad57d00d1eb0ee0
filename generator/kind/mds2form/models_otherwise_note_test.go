package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestNoteOfYesButNAOnAModelNamesAModel: CONN-2 is Yes from m2's port
// and N/A for m1, which joins no network. The manufacturer's note on the
// row stood unchecked, where a note on an answer of some models is
// warned about when it names none of them. It is now checked the same
// way: a note naming no model is warned about, one naming a model by ID
// or name is not.
func TestNoteOfYesButNAOnAModelNamesAModel(t *testing.T) {
	for _, tc := range []struct {
		note string
		warn bool
	}{
		{"Not every model joins a network.", true},
		{"Model One joins no network.", false},
		{"Only m2 has the Ethernet port.", false},
	} {
		w := displayAndLAN("m2")
		w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: tc.note}}
		w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-2": {Answer: "yes", Note: 1}}
		form, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		if row := formRow(form, "CONN-2"); row.Note != 1 {
			t.Errorf("%q: CONN-2 has note %d, want the manufacturer's 1", tc.note, row.Note)
		}
		var got bool
		for _, d := range diags {
			got = got || strings.Contains(d.String(), "but N/A for model m1, and its note 1 names no model")
		}
		if got != tc.warn {
			t.Errorf("%q: warned %v, want %v", tc.note, got, tc.warn)
		}
	}
}
