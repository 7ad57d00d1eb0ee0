package workbook

import "github.com/jspgen/jspgen/generator/mds2"

// gatedNA returns the imported N/A answers that the form's own stated
// instructions give anyway, each with the answer that rules it out ("CONN-1 is No"): an N/A without a
// note or a reason to a question that a stated condition rules out,
// judged by the imported answers alone (mds2.RuledOut). The resolver
// makes exactly these questions N/A when they are left unanswered (basis
// gated), so leaving them out of the product file keeps the form as the
// workbook has it and lets export → import → build give the same
// mds2.json. Every other N/A, e.g. one under a trigger left blank or one
// that only an implied condition supports, is the manufacturer's own
// answer and is kept; so is an N/A the record of a workbook jspgen wrote
// gives as the manufacturer's (basis answered): the build gives it as
// theirs again.
func (imp *Import) gatedNA(cat *mds2.Catalog) map[string]string {
	answers := answersByID(imp)
	out := map[string]string{}
	for _, a := range imp.Answers {
		if a.Kind != mds2.KindYesNo || a.Answer != mds2.NA || a.Note != 0 || a.Reason != "" {
			continue
		}
		if r, ok := imp.record.row(a.ID); ok && r.basis == mds2.BasisAnswered {
			continue
		}
		q, ok := cat.Lookup(a.ID)
		if !ok {
			continue
		}
		if c, ruledOut := mds2.RuledOut(q, answers); ruledOut && c.Stated {
			out[a.ID] = c.ID + " is " + answers[c.ID].String()
		}
	}
	return out
}

// answersByID maps each imported yes_no answer by its question ID.
func answersByID(imp *Import) map[string]mds2.Answer {
	m := map[string]mds2.Answer{}
	for _, a := range imp.Answers {
		if a.Kind == mds2.KindYesNo {
			m[a.ID] = a.Answer
		}
	}
	return m
}
