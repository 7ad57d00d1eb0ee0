package content

// MDS2NoteUnstated reports whether the manufacturer's answer to question
// id is a note that only says the matter is not stated: the note is
// marked unstated = true ([[mds2.notes]] unstated). The note's text is
// not read to decide this. Another document that cites the answer then
// says the form does not state it either, not that the form refers to
// its notes, which would promise guidance the note does not give.
func (p *Product) MDS2NoteUnstated(id string) bool {
	n := p.MDS2.Answers[id].Note
	if n == 0 {
		return false
	}
	for _, note := range p.MDS2.Notes {
		if note.Number == n {
			return note.Unstated
		}
	}
	return false
}
