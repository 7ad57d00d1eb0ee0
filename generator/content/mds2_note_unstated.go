package content

import "strings"

// MDS2NoteUnstated reports whether the manufacturer's answer to question
// id is a note that only says the matter is not stated: the note is
// marked unstated = true ([[mds2.notes]] unstated), or, for forms written
// before that key, its text begins "Not stated", as the note a form
// shares among the questions it leaves open does ("Not stated: we do not
// state this in this form"). Another document that cites the answer then
// says the form does not state it either, not that the form refers to
// its notes, which would promise guidance the note does not give.
func (p *Product) MDS2NoteUnstated(id string) bool {
	n := p.MDS2.Answers[id].Note
	if n == 0 {
		return false
	}
	for _, note := range p.MDS2.Notes {
		if note.Number == n {
			return note.Unstated || strings.HasPrefix(strings.ToLower(strings.TrimSpace(note.Text)), "not stated")
		}
	}
	return false
}
