package mds2form

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// ambitForms prepares the forms of the versionparts fixture's Ambit pump
// (3.6 joins no network; 4.0 adds Wi-Fi and a server), edited: the
// current form (4.0's), 3.6's, and the diagnostics.
func ambitForms(t *testing.T, edit func(string) string) (cur, old *mds2.Form, diags content.Diagnostics) {
	t.Helper()
	c := copyCase(t, "../../testdata/versionparts/jspgen.toml", "../../testdata/versionparts/content/ambit.toml", edit)
	return twoVersionForms(t, c, content.NewDate(2026, 10, 1), "3.6")
}

// TestInheritedNoteBesideALaterVersionsData: a hand answer with a note
// written for the first version, whose data do not decide it (3.6's
// CONN-3 Yes, note 1 "joins no network"), is not confirmed for a later
// version whose data decide the same answer (4.0's Wi-Fi port): the note
// may be false there, and was printed silently. Check warns, naming
// both ways to give 4.0 its own answer, and 4.0's form gives the derived
// answer without the note (a warning: a note written for the whole
// product is often true of every version). Dropping the answer for 4.0, or
// restating it with its note in 4.0's own changes, settles it; an
// answer with a note both versions' data decide alike (DOC-11 No from
// samd = false) was written beside those very facts and stands.
func TestInheritedNoteBesideALaterVersionsData(t *testing.T) {
	const removed = `mds2_answers_removed = ["CONN-3"]`
	for _, tc := range []struct {
		name     string
		edit     func(string) string
		wantWarn bool
		curNote  int // 4.0's CONN-3 note
	}{
		{"inherited", func(s string) string { return strings.Replace(s, removed, "mds2_answers_removed = []", 1) }, true, 0},
		{"removed", func(s string) string { return s }, false, 0},
		{"restated", func(s string) string {
			s = strings.Replace(s, removed, "mds2_answers_removed = []", 1)
			return strings.Replace(s, `mds2_answers_changed = { "CONN-5"`, `mds2_answers_changed = { "CONN-3" = { answer = "yes", note = 1 }, "CONN-5"`, 1)
		}, false, 1},
		{"decided alike in both", func(s string) string {
			return strings.Replace(s, "\"DOC-10\" = \"no\"\n", "\"DOC-10\" = \"no\"\n\"DOC-11\" = { answer = \"no\", note = 2 }\n", 1)
		}, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cur, old, diags := ambitForms(t, tc.edit)
			var errs, warns []string
			for _, d := range diags {
				switch {
				case d.Severity == content.Error:
					errs = append(errs, d.String())
				case strings.Contains(d.String(), "CONN-3"):
					warns = append(warns, d.String())
				}
			}
			const want = `mds2.answers.CONN-3: answer Yes with note 1 was written for version 3.6 (in [mds2.answers], the first version's, which later versions inherit), whose data do not decide it; version 4.0's data give Yes: versions[1].changes.ports_added[0] (`
			const fix = `Note 1 explains the answer for version 3.6 and may not hold for version 4.0, so version 4.0's form gives the derived answer without it: restate answer and note under versions[1].changes.mds2_answers_changed if the note holds for version 4.0 too, or drop the answer there with versions[1].changes.mds2_answers_removed = ["CONN-3"] to confirm the form as it is`
			found := slices.ContainsFunc(warns, func(e string) bool { return strings.Contains(e, want) && strings.HasSuffix(e, fix) })
			if tc.wantWarn && (!found || len(warns) != 1) {
				t.Errorf("want the one warning %q…%q; got\n%s", want, fix, strings.Join(warns, "\n"))
			}
			if !tc.wantWarn && len(warns) > 0 {
				t.Errorf("unexpected warnings:\n%s", strings.Join(warns, "\n"))
			}
			if len(errs) > 0 {
				t.Errorf("unexpected errors:\n%s", strings.Join(errs, "\n"))
			}
			if row, _ := cur.Row("CONN-3"); row.Answer != mds2.Yes || row.Note != tc.curNote || hasNote(cur, 1) != (tc.curNote == 1) {
				t.Errorf("4.0's CONN-3 = %s, note %d (note 1 printed: %v); want Yes, note %d", row.Answer, row.Note, hasNote(cur, 1), tc.curNote)
			}
			if row, _ := old.Row("CONN-3"); row.Answer != mds2.Yes || row.Note != 1 || !hasNote(old, 1) {
				t.Errorf("3.6's CONN-3 = %s, note %d (note 1 printed: %v); want Yes with note 1", row.Answer, row.Note, hasNote(old, 1))
			}
			if tc.name == "decided alike in both" {
				for _, f := range []*mds2.Form{cur, old} {
					if row, _ := f.Row("DOC-11"); row.Answer != mds2.No || row.Basis != mds2.BasisAnswered || row.Note != 2 || !hasNote(f, 2) {
						t.Errorf("form of %v: DOC-11 = %s, %s, note %d; want the manufacturer's No with note 2", f.Versions, row.Answer, row.Basis, row.Note)
					}
				}
			}
		})
	}
}
