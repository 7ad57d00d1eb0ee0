package content

import (
	"slices"
	"testing"
)

// TestLabelingItem13NoticePromise: item 13 was called empty for a
// supported product with no end of support announced (twoproducts'
// WardSight), although section 13 prints the notice promised and the
// commitments; and its advice asked for an end-of-support date nobody
// had decided. The notice or the commitments now meet part of the item,
// and the advice waits for a date to be decided.
func TestLabelingItem13NoticePromise(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 13 })]
	const eos = "versions.end_of_support (when one is decided)"
	for _, tc := range []struct {
		name    string
		eol     EndOfLife
		empty   bool
		missing []string
	}{
		{"notice and commitments", EndOfLife{NoticeMonths: 24, Commitments: "Customers receive a notice."}, false, []string{eos, "end_of_life.risk_transfer"}},
		{"notice only", EndOfLife{NoticeMonths: 24}, false, []string{eos, "end_of_life.risk_transfer"}},
		{"commitments only", EndOfLife{Commitments: "Customers receive a notice."}, false, []string{eos, "end_of_life.risk_transfer"}},
		// The versions' stage table, which section 13 prints for every
		// version, meets part of the item too (misc78).
		{"nothing", EndOfLife{}, false, []string{eos, "end_of_life.risk_transfer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Versions: []Version{{Version: "5.2"}}, EndOfLife: tc.eol}
			if got := item.Empty(p); got != tc.empty {
				t.Errorf("empty = %v, want %v", got, tc.empty)
			}
			if got := item.Missing(p); !slices.Equal(got, tc.missing) {
				t.Errorf("missing = %q, want %q", got, tc.missing)
			}
		})
	}
}
