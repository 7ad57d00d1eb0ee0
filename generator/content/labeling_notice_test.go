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
// and the advice waits for a date to be decided. The item asks for the
// end of support only "if known": with the notice or the commitments and
// the risk transfer stated, nothing more can be given until an end is
// decided, and the item is complete (REPORT-surgicalrobot #3).
func TestLabelingItem13NoticePromise(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 13 })]
	const eos = "versions.end_of_support (when one is decided), or until then end_of_life.notice_months or end_of_life.commitments (how customers will be told of it)"
	for _, tc := range []struct {
		name    string
		eol     EndOfLife
		empty   bool
		missing []string
	}{
		{"notice and commitments", EndOfLife{NoticeMonths: 24, Commitments: "Customers receive a notice."}, false, []string{"end_of_life.risk_transfer"}},
		{"notice only", EndOfLife{NoticeMonths: 24}, false, []string{"end_of_life.risk_transfer"}},
		{"commitments only", EndOfLife{Commitments: "Customers receive a notice."}, false, []string{"end_of_life.risk_transfer"}},
		{"notice, commitments and risk transfer", EndOfLife{NoticeMonths: 24, Commitments: "Customers receive a notice.", RiskTransfer: "The customer carries the risk."}, false, nil},
		{"notice and risk transfer", EndOfLife{NoticeMonths: 24, RiskTransfer: "The customer carries the risk."}, false, nil},
		{"risk transfer only", EndOfLife{RiskTransfer: "The customer carries the risk."}, false, []string{eos}},
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
