package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMDS2AuditUnstatedKey: a note marked unstated = true whose text
// does not begin "Not stated" ("Security event logging ... are not
// stated.", dialysisfleet's note 2) is no answer to refer to either:
// section 7 says the events are not stated, not that the form refers
// to its notes. Unmarked, the same note is taken to answer.
func TestMDS2AuditUnstatedKey(t *testing.T) {
	const text = "Security event logging and audit logs are not stated."
	answers := map[string]content.MDS2Answer{
		"AUDT-2.1": {Answer: "yes"}, "AUDT-2.2": {Answer: "see_note", Note: 2}}
	for _, tc := range []struct {
		name     string
		unstated bool
		want     string
	}{
		{"marked", true, "its audit log records successful logins and logouts (AUDT-2.1); for unsuccessful login and logout attempts (AUDT-2.2), the form's note 2 says only that it is not stated"},
		{"not marked", false, "its audit log records successful logins and logouts (AUDT-2.1); for unsuccessful login and logout attempts (AUDT-2.2, note 2), the form refers to its notes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = answers
			p.MDS2.Notes = []content.MDS2Note{{Number: 2, Text: text, Unstated: tc.unstated}}
			if got := (&CSDData{}).MDS2Audit(p).Events; got != tc.want {
				t.Errorf("Events =\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
