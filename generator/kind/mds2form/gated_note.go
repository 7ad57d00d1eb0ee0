package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// dropGatedNote handles a note written beside a blank answer ({ note = n })
// to q, which the form's instruction has made N/A (trig says why): the
// note stood in for the answer the manufacturer did not give ("Not
// stated in this form"), and the instruction now gives one. Printed
// beside N/A it would say both that the question does not apply and
// what the note says in place of an answer, so the row drops it, and
// check says so: the manufacturer keeps it with an N/A of their own
// ({ answer = "na", note = n }), which the form prints with its note.
func (r *mds2Resolver) dropGatedNote(q *mds2.Question, g given, trig string, row *mds2.Row) {
	if g.entry.Note == 0 || g.answer != mds2.Unanswered || row.Note != g.entry.Note {
		return
	}
	r.warnf(g.path, "%s is left blank with note %d, but the form's instruction makes %s N/A because %s: the form prints N/A without the note; remove the entry, or keep the note with { answer = \"na\", note = %d }",
		q.ID, g.entry.Note, q.ID, trig, g.entry.Note)
	row.Note = 0
}
