package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMDS2AuditUnstatedNotes: section 7 said "for …, the form refers to
// its notes" where each cited note says only "Not stated" (insulinpen's
// twelve AUDT-2 answers, all note 1). Answers whose note says only that
// (content.Product.MDS2NoteUnstated) are said to be not stated, their note
// named once, beside the answers that say something; where no answer says
// anything, there are no events to tell ("" ), so the section says only
// that they are not stated.
func TestMDS2AuditUnstatedNotes(t *testing.T) {
	notes := []content.MDS2Note{{Number: 1, Text: "Not stated.", Unstated: true}, {Number: 2, Text: "The server logs these events; see the IFU."}}
	for _, tc := range []struct {
		name    string
		answers map[string]content.MDS2Answer
		want    string
	}{
		{"only unstated notes", map[string]content.MDS2Answer{
			"AUDT-2.1": {Answer: "see_note", Note: 1}, "AUDT-2.2": {Answer: "see_note", Note: 1}}, ""},
		{"beside a Yes", map[string]content.MDS2Answer{
			"AUDT-2.1": {Answer: "yes"}, "AUDT-2.2": {Answer: "see_note", Note: 1}, "AUDT-2.3": {Answer: "see_note", Note: 1}},
			"its audit log records successful logins and logouts (AUDT-2.1); for unsuccessful login and logout attempts (AUDT-2.2) and changes to user privileges (AUDT-2.3), the form's note 1 says only that they are not stated"},
		{"a note that says something", map[string]content.MDS2Answer{
			"AUDT-2.1": {Answer: "see_note", Note: 2}, "AUDT-2.2": {Answer: "see_note", Note: 1}},
			"for successful logins and logouts (AUDT-2.1, note 2), the form refers to its notes; for unsuccessful login and logout attempts (AUDT-2.2), the form's note 1 says only that it is not stated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers, p.MDS2.Notes = tc.answers, notes
			if got := (&CSDData{}).MDS2Audit(p).Events; got != tc.want {
				t.Errorf("Events =\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
