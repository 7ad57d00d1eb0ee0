package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanAttentionGivesTheContingencyAfterAConcern: the pump dock's
// plan (5.4) gave notice HMS-PD-EOS-001's concern about OpenSSL 1.1.1 (why
// the component is one) as "the contingency recorded" for it, and dropped
// the clause every other row gives, that no release of the ended version
// 3.4.2 replaces it, while the CSD's 5.2 labelled the concern as the
// notice's and gave the contingency after it. The plan now says the same
// (kind.Remarks), naming the notice only where the notices are built.
func TestPlanAttentionGivesTheContingencyAfterAConcern(t *testing.T) {
	const (
		concern  = "The OpenSSL project ended support of OpenSSL 1.1.1 on 11 September 2023; vulnerabilities found in it after that date are not fixed in the DS-200. "
		ended    = "The general contingency above; support of version `3.4.2` ended on 2025-06-30, so no release of that version replaces this component. |"
		lead     = "or has ended, with the contingency stated for each, if any:\n"
		plan     = "pumpdock/security-plan.md"
		built    = `build = ["security_plan", "csd", "mds2", "notices"]`
		notBuilt = `build = ["security_plan", "csd", "mds2"]`
	)
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		says, never []string
	}{
		{"notices built: the notice is named", nil,
			[]string{lead, "| 2023-09-11 | Notice HMS-PD-EOS-001 says: " + concern + ended},
			[]string{"contingency recorded for each", "| Notice HMS-PD-EOS-001: ", "fixed in the DS-200. |", "A notice naming it says"}},
		{"notices not built: no unbuilt document is named", func(s string) string { return answerMDS2("SGUD-4", `"yes"`)(kindtest.Replace(built, notBuilt)(s)) },
			[]string{lead, "| 2023-09-11 | A notice naming it says: " + concern + ended},
			[]string{"HMS-PD-EOS-001 says", "fixed in the DS-200. |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var md string
			if tc.edit == nil {
				md = buildFixture(t, "endofsupport")(plan)
			} else {
				files, _ := buildFixtureEdited(t, "endofsupport", "pumpdock.toml", tc.edit)
				md = files[plan]
			}
			kindtest.SaysAll(t, "the pump dock's plan", md, tc.says...)
			kindtest.SaysNone(t, "the pump dock's plan", md, tc.never...)
		})
	}
}

// TestAttentionNotesAreNotTheContingency: the 12-lead monitor's linux
// component has notes, an assessment ("kernel.org projects its end for
// December 2027"), which the CSD's 5.2 and the plan's 5.4 printed in the
// Contingency column in place of the general contingency, which applies.
// Now the notes are labelled as notes and the contingency follows; a
// component without notes gets the contingency alone.
func TestAttentionNotesAreNotTheContingency(t *testing.T) {
	const (
		notes = `notes = "Linux 6.1 is a long-term kernel; kernel.org projects its end for December 2027."` + "\n"
		row   = "| linux | 6.1.90 | Actively maintained | 2027-12-31 | "
		note  = "Note: Linux 6.1 is a long-term kernel; kernel.org projects its end for December 2027. "
	)
	for _, tc := range []struct {
		name                       string
		edit                       func(string) string
		csd, plan, csdNot, planNot []string
	}{
		{"notes: labelled, then the contingency", nil,
			[]string{row + "Yes | " + note + "The general contingency below. |"}, []string{row + note + "The general contingency above. |"},
			[]string{"projects its end for December 2027. |"}, []string{"projects its end for December 2027. |"}},
		{"no notes: the contingency alone", kindtest.Replace(notes, ""),
			[]string{row + "Yes | The general contingency below |"}, []string{row + "The general contingency above |"},
			[]string{"Note: Linux 6.1"}, []string{"Note: Linux 6.1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var csd, plan string
			if tc.edit == nil {
				read := buildFixture(t, "ems12lead")
				csd, plan = read("pulsetrek/csd.md"), read("pulsetrek/security-plan.md")
			} else {
				files, _ := buildFixtureEdited(t, "ems12lead", "pulsetrek.toml", tc.edit)
				csd, plan = files["pulsetrek/csd.md"], files["pulsetrek/security-plan.md"]
			}
			kindtest.SaysAll(t, "the 12-lead monitor's CSD", csd, tc.csd...)
			kindtest.SaysNone(t, "the 12-lead monitor's CSD", csd, tc.csdNot...)
			kindtest.SaysAll(t, "the 12-lead monitor's plan", plan, tc.plan...)
			kindtest.SaysNone(t, "the 12-lead monitor's plan", plan, tc.planNot...)
		})
	}
}
