package content

import (
	"slices"
	"testing"
	"time"
)

// TestLabelingEndOfSupportCountsModels: FDA labeling item 13 was called
// empty ("no version has an end-of-support date") for a product whose
// model states its own end of support, which the CSD gives in section
// 13. A model's end of support now counts; a product with neither a
// version's nor a model's still lacks one.
func TestLabelingEndOfSupportCountsModels(t *testing.T) {
	const lacks = "versions.end_of_support (when one is decided), or until then end_of_life.notice_months or end_of_life.commitments (how customers will be told of it)"
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 13 })]
	for _, tc := range []struct {
		name    string
		model   Date
		version Date
		want    bool
	}{
		{"neither", Date{}, Date{}, true},
		{"a model's", NewDate(2028, time.December, 31), Date{}, false},
		{"a version's", Date{}, NewDate(2028, time.December, 31), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Models: []Model{{ID: "VS-20", EndOfSupport: tc.model}, {ID: "VS-40"}}, Versions: []Version{{Version: "3.6", EndOfSupport: tc.version}}}
			if got := slices.Contains(item.Missing(p), lacks); got != tc.want {
				t.Errorf("item 13 missing %q = %v, want %v (missing: %v)", lacks, got, tc.want, item.Missing(p))
			}
		})
	}
}
