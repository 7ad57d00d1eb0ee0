package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// A device that handles no PII (MPII-1 No) has nothing the questions
// about PII alone could be about: the catalog's gating makes MPII-2,
// MPII-3 and their sub-questions N/A (implied), and the rows elsewhere
// that ask about PII only (weak: DIDT, EMRG, PLOK-2/3, TXCF, the audit
// log's PII) are N/A as well. The form answers them N/A where the
// manufacturer does not, whether MPII-1 is derived No or answered No by
// hand: the manufacturer's No is a statement about the device, and
// asking again whether it de-identifies or encrypts the PII it does not
// have invites a "Not stated" that contradicts it (dialysiswater).
// A No the manufacturer writes stands (real forms answer either); an
// N/A without a note repeats the gate. Not here: DTBK-1 (patient data,
// which need not identify anyone) and the questions about data in
// general (STCF, TXCF-4/5).

// noPIIQuestions are the questions about PII only, with what each asks
// about, for the N/A's reason.
var noPIIQuestions = map[string]string{
	"MPII-2":   "presupposes MPII-1 Yes",
	"MPII-3":   "presupposes MPII-1 Yes",
	"AUDT-1.2": "asks about PII in the audit log only",
	"DIDT-1":   "asks about de-identifying PII only",
	"EMRG-1":   "asks about emergency access to PII only",
	"PLOK-2":   "asks about parts that hold PII only",
	"PLOK-3":   "asks about parts that hold PII only",
	"TXCF-1":   "asks about sending PII only",
	"TXCF-2":   "asks about sending PII only",
	"TXCF-3":   "asks about sending PII only",
}

// noPIITrigger says why the product handles no PII ("MPII-1 is No
// (…)"): MPII-1 answered No, by the data, or by hand where the data do
// not decide it and no cloud service is sent any. A hand No over data
// that list PII (an override) gates nothing: the data and the answer
// disagree, and the manufacturer's note is about MPII-1 alone.
func (r *mds2Resolver) noPIITrigger(derived map[string]fact, final map[string]mds2.Answer) (string, bool) {
	if final["MPII-1"] != mds2.No {
		return "", false
	}
	if d, ok := derived["MPII-1"]; ok {
		if d.Answer != mds2.No || !r.facts.noPIIAnywhere() {
			return "", false
		}
		return "MPII-1 is No (" + d.Short() + ")", true
	}
	for _, s := range r.p.Cloud.Services {
		if carriesPII(s.Data) {
			return "", false
		}
	}
	return "MPII-1 is No (no PII: the manufacturer's answer)", true
}

// gateNoPII answers q N/A, in row, where it asks about PII only and the
// product handles none (noPIITrigger), and the manufacturer gives no
// answer of their own; it reports whether the row is done. A question
// the data decide, or the form's own instruction rules out (PLOK-2
// under PLOK-1 Yes), is left to those.
func (r *mds2Resolver) gateNoPII(q *mds2.Question, g given, isGiven, isDerived bool, derived map[string]fact, final map[string]mds2.Answer, row *mds2.Row) bool {
	asks, ok := noPIIQuestions[q.ID]
	if !ok || isDerived {
		return false
	}
	if c, out := mds2.RuledOut(q, final); out && c.Stated {
		return false
	}
	trig, ok := r.noPIITrigger(derived, final)
	if !ok {
		return false
	}
	from := fmt.Sprintf("%s, and %s %s", trig, q.ID, asks)
	explicit := isGiven && g.answer != mds2.Unanswered
	if explicit && g.answer == mds2.NA {
		// N/A all the same: the questions under it follow (DIDT-1.1).
		r.markDataGated(q.ID, trig)
	}
	switch {
	case explicit && g.answer == mds2.NA && g.entry.Note == 0:
		row.Answer, row.Basis, row.From = mds2.NA, mds2.BasisAnswered, mds2.AgreesPrefix+from
		r.warnf(g.path, "answer N/A repeats what the form decides (%s); remove it", from)
		r.repeated(g.path)
		return true
	case explicit:
		// No, See Note, an N/A with its note: the manufacturer's; a Yes
		// to a question the catalog gates is warned about there.
		if g.answer == mds2.Yes && len(q.Gates()) == 0 {
			r.warnf(g.path, "answer Yes although %s, and %s %s; check both answers", trig, q.ID, asks)
		}
		return false
	}
	// A note-only entry ({ note = n }) stays on the N/A, as beside a
	// data-gated one; warnNoteBesideDerived warns where it stands in
	// for an answer elsewhere.
	row.Answer, row.Basis, row.From = mds2.NA, mds2.BasisDerived, from
	r.markDataGated(q.ID, trig)
	return true
}

func (r *mds2Resolver) markDataGated(id, why string) {
	if r.dataGated == nil {
		r.dataGated = map[string]string{}
	}
	r.dataGated[id] = why
}
