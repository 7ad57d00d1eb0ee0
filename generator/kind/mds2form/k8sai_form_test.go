package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestK8sAIDatabaseAndGatedNote: BleedAlert, a SaMD whose results are in
// the hospital's own PostgreSQL database, answers MPII-2.4 Yes, STCF-3 No
// and STCF-4 Yes: no warning that its PII database must be on the
// device. Its SAHD-6.2, a blank with note 2 ("Not stated in this form"),
// is N/A by the form's instruction (SAHD-6 is N/A): the row drops the
// note, and check says so at the entry. With STCF-4 No, the database is
// nowhere, which is warned about.
func TestK8sAIDatabaseAndGatedNote(t *testing.T) {
	const (
		fixture = "../../testdata/k8sai/"
		gated   = `mds2.answers.SAHD-6.2: SAHD-6.2 is left blank with note 2, but the form's instruction makes SAHD-6.2 N/A because SAHD-6 is N/A: the form prints N/A without the note; remove the entry, or keep the note with { answer = "na", note = 2 }`
		nowhere = "mds2.answers.MPII-2.4: the form answers MPII-2.4 Yes, STCF-3 No and STCF-4 No, but PII the software keeps in a database is data stored in a database, on the device or outside it: correct one of them"
	)
	for _, tc := range []struct {
		name      string
		edit      func(string) string
		want, not []string // diagnostics that must, and must not, appear
	}{
		{"the hospital's database", nil, []string{gated}, []string{"the form answers MPII-2.4"}},
		{"no database anywhere", func(s string) string {
			return strings.Replace(s, `"STCF-4" = { answer = "yes", note = 7 }`, `"STCF-4" = { answer = "no", note = 7 }`, 1)
		}, []string{gated, nowhere}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, diags, _, _ := resolveCase(t, copyCase(t, fixture+"jspgen.toml", fixture+"content/bleedalert.toml", tc.edit))
			all := strings.Join(diagStrings(diags), "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("no diagnostic %q in:\n%s", w, all)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(all, w) {
					t.Errorf("diagnostic %q in:\n%s", w, all)
				}
			}
			row, ok := f.Row("SAHD-6.2")
			if !ok {
				t.Fatal("no row SAHD-6.2")
			}
			if row.Answer != mds2.NA || row.Basis != mds2.BasisGated || row.Note != 0 {
				t.Errorf("SAHD-6.2 = %s (%s), note %d; want N/A by the form's instruction, without the note", row.Answer, row.Basis, row.Note)
			}
		})
	}
}
