package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/mds2"
)

// weakGate is a gating rule of the catalog fact sheet whose basis is only
// "weak": plausible, not forced. The catalog does not encode these (a
// product may answer the questions meaningfully), but the fact sheet has
// real forms leave an N/A under a weak trigger without a note, so such an
// N/A needs no reason (checkApplies). The IDs are the form's own, which a
// product's catalog keeps.
type weakGate struct {
	when      []mds2.Condition // all hold
	questions []string         // made moot; their sub-questions follow their parents
}

var weakGates = []weakGate{
	// No audit log at all: the customer's choice of events, the audit
	// attribute list, export, review, protection and analysis of the log
	// are moot. AUDT-1 alone is not it: AUDT-1 asks about logs beyond
	// the operating system's, which AUDT-2 may still keep.
	{when: []mds2.Condition{{ID: "AUDT-1", Answer: mds2.No}, {ID: "AUDT-2", Answer: mds2.No}},
		questions: []string{"AUDT-3", "AUDT-4", "AUDT-5", "AUDT-6", "AUDT-7", "AUDT-8"}},
}

// mootByWeakGate reports whether the answers make question id moot by a
// weak gating rule.
func mootByWeakGate(id string, final map[string]mds2.Answer) bool {
	for _, w := range weakGates {
		if slices.Contains(w.questions, id) && !slices.ContainsFunc(w.when, func(c mds2.Condition) bool { return final[c.ID] != c.Answer }) {
			return true
		}
	}
	return false
}
