package mds2

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// Notes and the OTHR text are Markdown fields in the product file; the
// JSON export carries the text a reader sees, and plain text as written.
func TestJSONNotesArePlainText(t *testing.T) {
	f := &Form{Notes: []Note{{Number: 1, Text: "Firmware is **fixed**; see [guide](https://example.com/g)."}, {Number: 2, Text: "FORTIFY_SOURCE\nkept as written"}},
		Other: `Call \*\*ASAP** when in doubt.`}
	b, err := f.JSON()
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "JSON", string(b), `"Firmware is fixed; see guide (https://example.com/g)."`, `"FORTIFY_SOURCE\nkept as written"`, `"other": "Call **ASAP** when in doubt."`)
	if f.Notes[0].Text != "Firmware is **fixed**; see [guide](https://example.com/g)." {
		t.Error("JSON changed the form's own notes, which the document renders as Markdown")
	}
}
