package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestNoteOnlyAnswerBesideDerivedInSameForm: a sparse product file
// answers { note = 1 } ("not stated") for the questions its data leave
// open, then states samd = false, which derives PLOK-1 No: the form
// printed "No | Note 1" beside a note saying the data do not answer,
// and check said nothing (the eegremote fixture). check now warns,
// naming the question, the derived answer and both fixes, where the
// same form prints note 1 alone beside another question; a note-only
// answer whose note no blank answer of the form uses is a note on the
// derived answer and is not warned about, nor is the note written with
// the answer.
func TestNoteOnlyAnswerBesideDerivedInSameForm(t *testing.T) {
	const alone = "\"ALOF-1\" = { note = 1 }\n"
	for _, tc := range []struct {
		name, answers string
		want          string // the warning; "" for none
	}{
		{"note 1 also alone", alone + "\"PLOK-1\" = { note = 1 }\n",
			`"PLOK-1" = { note = 1 } gives only a note, but the data answer PLOK-1 No: samd (`},
		{"note 1 nowhere alone", "\"ALOF-1\" = \"no\"\n\"PLOK-1\" = { note = 1 }\n", ""},
		{"the note written with the answer", alone + "\"PLOK-1\" = { answer = \"no\", note = 1 }\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := fixtureCase(t, func(s string) string {
				s = strings.Replace(s, "\"ALOF-1\" = \"no\"\n", "", 1)
				return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n"+tc.answers, 1)
			})
			f, diags, _, _ := resolveCase(t, c)
			var warns []string
			for _, d := range diags {
				if strings.Contains(d.String(), "PLOK-1") {
					warns = append(warns, d.String())
				}
			}
			switch {
			case tc.want == "" && len(warns) > 0:
				t.Errorf("unexpected diagnostics:\n%s", strings.Join(warns, "\n"))
			case tc.want != "":
				if len(warns) != 1 || !strings.Contains(warns[0], tc.want) ||
					!strings.Contains(warns[0], "the form prints No with note 1, which it also prints alone, in place of an answer, beside ALOF-1. If note 1 says the answer is not stated, remove the entry; if it is a note on the answer No, write it as one: \"PLOK-1\" = { answer = \"no\", note = 1 }") {
					t.Errorf("want one warning containing %q; got\n%s", tc.want, strings.Join(warns, "\n"))
				}
			}
			if row := formRow(f, "PLOK-1"); row.Answer != mds2.No || row.Note != 1 {
				t.Errorf("PLOK-1 = %s, note %d; want No, note 1", row.Answer, row.Note)
			}
		})
	}
}
