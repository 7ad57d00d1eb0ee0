package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// dataGate returns an implied condition of q, direct or inherited (the
// catalog's gating, which follows the MDS2 reference's table: MPII-1 = No
// → MPII-2, MPII-3 and their sub-questions N/A; MPII-2 = No → MPII-2.x;
// MPII-3 = No → MPII-3.x; DOC-11 = No → DOC-11.x; …), whose trigger the
// product data answer otherwise than it wants: the trigger's derived
// answer is the one the form gives, or the trigger is itself N/A by such
// a condition. why names the trigger, its answer and the deciding fact
// ("MPII-3 is No (interfaces … list no PHI or PII)").
//
// A hand-answered trigger gates nothing here: a No the manufacturer
// wrote is the manufacturer's to follow with No or N/A (real forms answer
// either), so the form still asks.
func (r *mds2Resolver) dataGate(q *mds2.Question, final map[string]mds2.Answer, derived map[string]fact) (mds2.Condition, string, bool) {
	for _, c := range q.Gates() {
		a := final[c.ID]
		if c.Stated || a == mds2.Unanswered || a == mds2.SeeNote || c.Admits(a) {
			continue
		}
		if root, ok := r.dataGated[c.ID]; ok {
			return c, fmt.Sprintf("%s is %s (%s)", c.ID, a, root), true
		}
		if d, ok := derived[c.ID]; ok && d.Answer == a {
			return c, fmt.Sprintf("%s is %s (%s)", c.ID, a, d.Short()), true
		}
	}
	return mds2.Condition{}, "", false
}

// gateByData makes row N/A as the data decide it (dataGate's c and why):
// the question presupposes c's answer, which the data deny.
func (r *mds2Resolver) gateByData(q *mds2.Question, c mds2.Condition, why string, row *mds2.Row) {
	row.Answer, row.Basis = mds2.NA, mds2.BasisDerived
	row.From = fmt.Sprintf("%s, and %s presupposes %s %s", why, q.ID, c.ID, c.Asked())
	if r.dataGated == nil {
		r.dataGated = map[string]string{}
	}
	r.dataGated[q.ID] = why
}
