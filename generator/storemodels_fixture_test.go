package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestStoreOfSomeModelsInPlanAndNotice: the Corva bed keeps weight
// readings on the Corva ICU only (data_stores.models) and alarm events on
// both models. The plan's data-at-rest table (6.5) and the end-of-support
// notice's data table, about both models, name the ICU beside the weight
// readings and no model beside the alarm history.
func TestStoreOfSomeModelsInPlanAndNotice(t *testing.T) {
	read := buildFixture(t, "smartbed")
	for rel, rows := range map[string][]string{
		"corva/security-plan.md": {
			"| 72-hour weight readings (model Corva ICU only) | Corva bed controller (on the device) | Patient measurements or recordings (no name or record number) | Bed controller | Kept without patient name or MRN.",
			"| 72-hour alarm history | Corva bed controller (on the device) | Alarms | Bed controller | Kept without patient name or MRN.",
		},
		"corva/notices/eos-4.8.md": {
			"| 72-hour weight readings (model Corva ICU only) | Corva bed controller (on the device) | Patient measurements or recordings (no name or record number) | Bed controller | Not stated for this store (the decommissioning steps are above) |",
			"| 72-hour alarm history | Corva bed controller (on the device) | Alarms | Bed controller | Not stated for this store (the decommissioning steps are above) |",
		},
	} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, rows...)
		kindtest.SaysNone(t, rel, doc, "72-hour alarm history (model")
	}
}
