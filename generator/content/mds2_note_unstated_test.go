package content

import "testing"

// TestMDS2NoteUnstatedKey: MDS2NoteUnstated follows the note's
// unstated key, whatever its text says; a note without the key is taken
// to answer, even when its text begins "Not stated": the text is not
// read.
func TestMDS2NoteUnstatedKey(t *testing.T) {
	for _, tc := range []struct {
		name string
		note MDS2Note
		want bool
	}{
		{"marked", MDS2Note{Number: 3, Text: "Backup and restore are not stated.", Unstated: true}, true},
		{"not marked", MDS2Note{Number: 3, Text: "Backup and restore are not stated."}, false},
		{"an answering note", MDS2Note{Number: 3, Text: "The server backs up each night."}, false},
		{"text alone", MDS2Note{Number: 3, Text: "Not stated."}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			p.MDS2.Answers = map[string]MDS2Answer{"DTBK-1": {Answer: "see_note", Note: 3}}
			p.MDS2.Notes = []MDS2Note{tc.note}
			if got := p.MDS2NoteUnstated("DTBK-1"); got != tc.want {
				t.Errorf("MDS2NoteUnstated = %v, want %v", got, tc.want)
			}
			if p.MDS2NoteUnstated("DTBK-2") {
				t.Error("an unanswered question has no unstated note")
			}
		})
	}
}
