package mds2form

import (
	"encoding/json"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
)

// formInputs fingerprints what the form's JSON, CSV and workbook are made
// from (kind.File.Inputs): the answered form and the workbook's metadata,
// every field of both (TestFormInputsHoldEveryField). nil when there is
// no form.
func formInputs(f *mds2.Form, meta workbook.Meta) []byte {
	if f == nil {
		return nil
	}
	b, err := json.Marshal(struct {
		Form *mds2.Form
		Meta workbook.Meta
	}{f, meta})
	if err != nil {
		return nil
	}
	return b
}
