package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestNoteOnlyAnswerUnderADataGate: a sparse product file answers
// { note = 1 } ("not stated") for DOC-11.1 while samd was unstated, then
// states samd = false, which derives DOC-11 No and so makes DOC-11.1 N/A
// by the data (exoskeleton). The form printed DOC-11.1 blank with note 1
// ("not stated") under DOC-11 No, and check said nothing. The N/A now
// prints, with the note kept, as beside a derived answer, and check warns
// where the same form prints note 1 alone beside another question; a
// note no blank answer uses, or one written with N/A, is not warned
// about.
func TestNoteOnlyAnswerUnderADataGate(t *testing.T) {
	const alone = "\"ALOF-1\" = { note = 1 }\n"
	for _, tc := range []struct {
		name, answers string
		want          string // the warning; "" for none
	}{
		{"note 1 also alone", alone + "\"DOC-11.1\" = { note = 1 }\n",
			`"DOC-11.1" = { note = 1 } gives only a note, but the data answer DOC-11.1 N/A: DOC-11 is No (samd is false), and DOC-11.1 presupposes DOC-11 Yes; the form prints N/A with note 1, which it also prints alone, in place of an answer, beside ALOF-1. If note 1 says the answer is not stated, remove the entry; if it is a note on the answer N/A, write it as one: "DOC-11.1" = { answer = "n/a", note = 1 }`},
		{"note 1 nowhere alone", "\"ALOF-1\" = \"no\"\n\"DOC-11.1\" = { note = 1 }\n", ""},
		{"the note written with the answer", alone + "\"DOC-11.1\" = { answer = \"na\", note = 1 }\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := fixtureCase(t, func(s string) string {
				s = strings.Replace(s, "\"ALOF-1\" = \"no\"\n", "", 1)
				s = strings.Replace(s, "\"DOC-11.1\" = \"na\"\n", "", 1)
				return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n"+tc.answers, 1)
			})
			f, diags, _, _ := resolveCase(t, c)
			var warns []string
			for _, d := range diags {
				if strings.Contains(d.String(), "DOC-11.1") {
					warns = append(warns, d.String())
				}
			}
			switch {
			case tc.want == "" && len(warns) > 0:
				t.Errorf("unexpected diagnostics:\n%s", strings.Join(warns, "\n"))
			case tc.want != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.want)):
				t.Errorf("want one warning containing %q; got\n%s", tc.want, strings.Join(warns, "\n"))
			}
			if row := formRow(f, "DOC-11.1"); row.Answer != mds2.NA || row.Note != 1 {
				t.Errorf("DOC-11.1 = %q, note %d; want N/A, note 1", row.Answer, row.Note)
			}
		})
	}
}
