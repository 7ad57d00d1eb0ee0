package mds2form

import (
	"strings"
	"testing"
)

// TestK8sAIDatabaseAndGatedNote: BleedAlert, a SaMD whose results are in
// the hospital's own PostgreSQL database, answers MPII-2.4 Yes, STCF-3 No
// and STCF-4 Yes: no warning that its PII database must be on the
// device. With STCF-4 No, the database is nowhere, which is warned about.
// (Its SAHD-6.2 under SAHD-6 N/A: TestK8sAISAHD62UnderNA.)
func TestK8sAIDatabase(t *testing.T) {
	const (
		fixture = "../../testdata/k8sai/"
		nowhere = "mds2.answers.MPII-2.4: the form answers MPII-2.4 Yes, STCF-3 No and STCF-4 No, but PII the software keeps in a database is data stored in a database, on the device or outside it: correct one of them"
	)
	for _, tc := range []struct {
		name      string
		edit      func(string) string
		want, not []string // diagnostics that must, and must not, appear
	}{
		{"the hospital's database", nil, nil, []string{"the form answers MPII-2.4"}},
		{"no database anywhere", func(s string) string {
			return strings.Replace(s, `"STCF-4" = { answer = "yes", note = 7 }`, `"STCF-4" = { answer = "no", note = 7 }`, 1)
		}, []string{nowhere}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, _, _ := resolveCase(t, copyCase(t, fixture+"jspgen.toml", fixture+"content/bleedalert.toml", tc.edit))
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
		})
	}
}
