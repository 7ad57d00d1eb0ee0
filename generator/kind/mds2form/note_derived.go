package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// warnNoteBesideDerived reports, as a warning, a note-only hand answer
// ({ note = n }) to a question the data now answer, where the same form
// prints note n alone, beside a blank answer, for other questions: there
// the note stands in for an answer ("Not stated: the data do not answer
// this question"), and beside the derived answer the row reads "No |
// Note 1", an answer and a note saying there is none. A sparse product
// file gets there by answering { note = 1 } for every question the data
// left open and then adding the fact that decides one (samd = false for
// PLOK-1). The note stays on the row: which of the two the manufacturer
// meant is theirs to say (a note used both ways may be an explanation
// that fits both), so check names the question, the derived answer and
// both fixes. The form of another version that prints the note alone is
// noteAloneElsewhere's case, which drops the note here first.
func (r *mds2Resolver) warnNoteBesideDerived(form *mds2.Form, derived map[string]fact, givens map[string]given) {
	alone := map[int][]string{} // note number: the questions it stands alone beside
	for _, sec := range form.Sections {
		for _, row := range sec.Rows {
			blank := row.Kind == mds2.KindYesNo && row.Answer == mds2.Unanswered || row.Kind == mds2.KindText && row.Text == ""
			if blank && row.Note != 0 {
				alone[row.Note] = append(alone[row.Note], row.ID)
			}
		}
	}
	for _, sec := range form.Sections {
		for _, row := range sec.Rows {
			g, ok := givens[row.ID]
			d, isDerived := derived[row.ID]
			// A row the data gate N/A (gateByData: DOC-11.1 under a
			// derived DOC-11 No) is derived as much, by its From.
			basis := d.String()
			if _, gated := r.dataGated[row.ID]; gated && !isDerived {
				basis, isDerived = row.From, true
			}
			if !ok || !isDerived || row.Kind != mds2.KindYesNo || row.Basis != mds2.BasisDerived || row.Note == 0 ||
				g.entry.Note != row.Note || strings.TrimSpace(g.entry.Answer) != "" || len(alone[row.Note]) == 0 {
				continue
			}
			r.warnf(g.path, "%q = { note = %d } gives only a note, but the data answer %s %s: %s; the form prints %s with note %d, which it also prints alone, in place of an answer, beside %s. If note %d says the answer is not stated, remove the entry; if it is a note on the answer %s, write it as one: %q = { answer = %q, note = %d }",
				row.ID, row.Note, row.ID, row.Answer, basis, row.Answer, row.Note, questionList(alone[row.Note]), row.Note, row.Answer, row.ID, strings.ToLower(row.Answer.String()), row.Note)
		}
	}
}

// questionList names up to three questions, then how many more.
func questionList(ids []string) string {
	if len(ids) <= 3 {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d other questions", strings.Join(ids[:3], ", "), len(ids)-3)
}
