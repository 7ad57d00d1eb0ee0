package content

import (
	"reflect"
	"strings"
	"testing"
)

// TestCVDDaysAreCalendarDays: the CSD and the plan print the CVD
// timelines as calendar days ("within 5 calendar days"), and check holds
// triage hours, counted around the clock, against them; the field
// reference must say so, or a manufacturer who counts working days writes
// a number the documents misstate.
func TestCVDDaysAreCalendarDays(t *testing.T) {
	docs := map[string]string{}
	for _, f := range Fields(reflect.TypeOf(CVD{})) {
		docs[f.Name] = f.Doc
	}
	for _, key := range []string{"acknowledge_days", "assess_days", "disclosure_days"} {
		if !strings.Contains(strings.ToLower(docs[key]), "calendar days") {
			t.Errorf("postmarket.cvd.%s: doc %q does not say it counts calendar days", key, docs[key])
		}
	}
}
