package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestK8sAISAHD62UnderNA: the form's instruction makes SAHD-6.2 N/A only
// when SAHD-6 is No. BleedAlert answers SAHD-6 N/A (no local accounts), of
// which the form says nothing, so its SAHD-6.2, a blank with note 2 ("Not
// stated in this form"), stands as written; it was printed N/A "by the
// form's instruction", saying the question does not apply where the
// manufacturer says it is not stated. Under SAHD-6 No the instruction
// holds: N/A without the note, and check says so at the entry.
func TestK8sAISAHD62UnderNA(t *testing.T) {
	const fixture = "../../testdata/k8sai/"
	gated := func(trigger string) string {
		return `mds2.answers.SAHD-6.2: SAHD-6.2 is left blank with note 2, but the form's instruction makes SAHD-6.2 N/A because SAHD-6 is ` + trigger
	}
	for _, tc := range []struct {
		name     string
		edit     func(string) string
		wantGate bool
	}{
		{"SAHD-6 N/A", nil, false},
		{"SAHD-6 No", func(s string) string {
			return strings.Replace(s, `"SAHD-6" = { answer = "na", reason = "BleedAlert has no local accounts" }`, `"SAHD-6" = "no"`, 1)
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, diags, _, _ := resolveCase(t, copyCase(t, fixture+"jspgen.toml", fixture+"content/bleedalert.toml", tc.edit))
			all := strings.Join(diagStrings(diags), "\n")
			row, ok := f.Row("SAHD-6.2")
			if !ok {
				t.Fatal("no row SAHD-6.2")
			}
			if tc.wantGate {
				if !strings.Contains(all, gated("No")) {
					t.Errorf("no diagnostic %q in:\n%s", gated("No"), all)
				}
				if row.Answer != mds2.NA || row.Basis != mds2.BasisGated || row.Note != 0 {
					t.Errorf("SAHD-6.2 = %s (%s), note %d; want N/A by the form's instruction, without the note", row.Answer, row.Basis, row.Note)
				}
				return
			}
			if strings.Contains(all, "SAHD-6.2") {
				t.Errorf("a diagnostic names SAHD-6.2 under SAHD-6 N/A:\n%s", all)
			}
			if row.Answer != mds2.Unanswered || row.Basis == mds2.BasisGated || row.Note != 2 {
				t.Errorf("SAHD-6.2 = %q (%s), note %d; want the manufacturer's blank with note 2", row.Answer, row.Basis, row.Note)
			}
		})
	}
}
