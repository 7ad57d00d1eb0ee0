package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestNoteOnlyAnswerBesideAnotherVersionsDerived: the labrobot fixture's
// "RDMP-3" = { note = 1 } ("Not stated.") is there for 4.3's form, whose
// data leave RDMP-3 open (no end of support); 4.0's data derive Yes, and
// its form printed "Yes | Note 1 (Not stated.)". The derived answer
// stands without the note, and check warns, naming the question, the
// version, the answer and where the note-only answer belongs. Moved to
// 4.3's own changes, nothing is warned; where no form prints the
// note-only answer alone (both versions derive RDMP-3), it is a note on
// the derived answer and stays; inherited by a later version whose data
// derive it, the fix is to drop it there.
func TestNoteOnlyAnswerBesideAnotherVersionsDerived(t *testing.T) {
	const given = "\"RDMP-3\" = { note = 1 }\n"
	const v43 = "version = \"4.3\"\ngeneral_availability = 2025-09-08\n"
	for _, tc := range []struct {
		name             string
		edit             func(string) string
		cur              string // the older form's version
		want             string // the warning's start; "" for none
		fix              string // its end
		oldNote, curNote int    // RDMP-3's note in the older and current forms
		oldAnswer        mds2.Answer
		curAnswer        mds2.Answer
	}{
		{"first version derives", func(s string) string { return s }, "4.0",
			`MDS2 form of version 4.0: "RDMP-3" = { note = 1 } gives only a note, which the form of version 4.3 prints beside a blank answer (the data leave RDMP-3 open there); version 4.0's data give Yes: versions[0].end_of_support (`,
			"so version 4.0's form gives Yes without note 1. Keep the note-only answer for the versions that need it: give it only to version 4.3, under versions[1].changes.mds2_answers_changed (later versions inherit it), instead of here",
			0, 1, mds2.Yes, mds2.Unanswered},
		{"moved to the version that needs it", func(s string) string {
			s = strings.Replace(s, given, "", 1)
			return strings.Replace(s, v43, v43+"[versions.changes]\nmds2_answers_changed = { \"RDMP-3\" = { note = 1 } }\n", 1)
		}, "4.0", "", "", 0, 1, mds2.Yes, mds2.Unanswered},
		{"both derive", func(s string) string {
			return strings.Replace(s, v43, v43+"end_of_support = 2031-12-31\n", 1)
		}, "4.0", "", "", 1, 1, mds2.Yes, mds2.Yes},
		{"later version derives", func(s string) string {
			s = strings.Replace(s, "end_of_support = 2026-12-31\n", "", 1)
			// 4.0's notice announces the end of support it no longer has.
			s = s[:strings.Index(s, "[[notices]]")] + s[strings.Index(s, "[documents]"):]
			return strings.Replace(s, v43, v43+"end_of_support = 2031-12-31\n", 1)
		}, "4.0",
			`"RDMP-3" = { note = 1 } gives only a note, which the form of version 4.0 prints beside a blank answer (the data leave RDMP-3 open there); version 4.3's data give Yes: versions[1].end_of_support (`,
			`so version 4.3's form gives Yes without note 1. Keep the note-only answer for the versions that need it: drop it for version 4.3 with versions[1].changes.mds2_answers_removed = ["RDMP-3"]`,
			1, 0, mds2.Unanswered, mds2.Yes},
		{"later version derives, dropped there", func(s string) string {
			s = strings.Replace(s, "end_of_support = 2026-12-31\n", "", 1)
			s = s[:strings.Index(s, "[[notices]]")] + s[strings.Index(s, "[documents]"):]
			return strings.Replace(s, v43, v43+"end_of_support = 2031-12-31\n[versions.changes]\nmds2_answers_removed = [\"RDMP-3\"]\n", 1)
		}, "4.0", "", "", 1, 0, mds2.Unanswered, mds2.Yes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Without the lifecycle page, whose promise of notice
			// derives RDMP-3 for a version without an end of support,
			// nor the CSD, whose section 13 does the same; the
			// manufacturer's note-only answer ("Not stated.") is the
			// case under test (the fixture, with its page, needs none).
			c := copyCase(t, "../../testdata/labrobot/jspgen.toml", "../../testdata/labrobot/content/sortline.toml", func(s string) string {
				s = strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"RDMP-3\" = { note = 1 }\n", 1)
				return tc.edit(strings.Replace(s, `["csd", "mds2", "security_plan", "notices", "lifecycle"]`, `["mds2", "security_plan", "notices"]`, 1))
			})
			cur, old, diags := twoVersionForms(t, c, content.NewDate(2026, 12, 5), tc.cur)
			var warns []string
			for _, d := range diags {
				// Note 1 ("Not stated.") also stands alone beside other
				// questions of the same form: warnNoteBesideDerived's
				// case, TestNoteOnlyAnswerBesideDerivedInSameForm's.
				if strings.Contains(d.String(), "RDMP-3") && !strings.Contains(d.String(), "in place of an answer, beside") {
					warns = append(warns, d.String())
				}
			}
			switch {
			case tc.want == "" && len(warns) > 0:
				t.Errorf("unexpected diagnostics:\n%s", strings.Join(warns, "\n"))
			case tc.want != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.want) || !strings.HasSuffix(warns[0], tc.fix)):
				t.Errorf("want one warning containing %q; got\n%s", tc.want, strings.Join(warns, "\n"))
			}
			if row, _ := old.Row("RDMP-3"); row.Answer != tc.oldAnswer || row.Note != tc.oldNote {
				t.Errorf("4.0's RDMP-3 = %s, note %d; want %s, note %d", row.Answer, row.Note, tc.oldAnswer, tc.oldNote)
			}
			if row, _ := cur.Row("RDMP-3"); row.Answer != tc.curAnswer || row.Note != tc.curNote {
				t.Errorf("4.3's RDMP-3 = %s, note %d; want %s, note %d", row.Answer, row.Note, tc.curAnswer, tc.curNote)
			}
		})
	}
}
