package generator

import (
	"strings"
	"testing"
)

// TestLateFixAgreesWithCommitmentRow: a CSD's section 5.5 calls a
// controlled risk's fix late only where section 6 makes the regular
// release commitment to its version (content.FixCommitmentFor). The
// hybridhosted 2.2 CSD said in section 6 that 2.2 gets no regular
// release since 2026-06-15, and in 5.5 that its fix of CVE-2026-28114
// takes longer than the 30-day commitment; the selfhosted 2.2 CSD said
// whether the commitment holds for 2.2 (in limited support) is not
// stated, and then that 2.2 is 26 days beyond it. The linac 4.2 CSD
// withdrew the commitment without saying that 4.2's security fixes go on
// as its notice states. The versions still held to it keep the late-fix
// paragraph.
func TestLateFixAgreesWithCommitmentRow(t *testing.T) {
	hybrid := buildFixture(t, "hybridhosted")
	self := buildFixture(t, "selfhosted")
	linac := buildFixture(t, "linac")
	late := "longer than the 30-day commitment"
	lateNew := "of CVE-2026-28114 takes " + late // identified after 2.2's regular releases stopped
	lateOld := "of CVE-2024-24790 took " + late  // fell due while 2.2 still got them
	for _, tc := range []struct {
		name, text       string
		says, doesNotSay []string
	}{
		{"hybridhosted 2.2 CSD", hybrid("ossiva-hx/2.2/csd.md"),
			[]string{"version `2.2` receives no regular release since 2026-06-15; its security fixes come as notice ", lateOld},
			[]string{lateNew}},
		{"hybridhosted 2.3 CSD", hybrid("ossiva-hx/csd.md"),
			[]string{"**Why the fix " + lateNew + ".**"}, nil},
		{"hybridhosted plan", hybrid("ossiva-hx/security-plan.md"),
			[]string{"no fix for version `2.3` has been released"},
			[]string{"no fix for versions `2.2` and `2.3`"}},
		{"selfhosted 2.2 CSD", self("cortexa-fx/2.2/csd.md"),
			[]string{"no fix for this version has been released. The 30-day commitment is for the versions in support; whether it holds for this version, in limited support when the fix fell due (from 15 June 2026), is not stated."},
			[]string{lateNew, "26 days beyond the commitment"}},
		{"selfhosted 2.3 CSD", self("cortexa-fx/csd.md"),
			[]string{lateNew}, nil},
		{"selfhosted plan", self("cortexa-fx/security-plan.md"),
			[]string{"whether it holds for version `2.2`, in limited support when the fix fell due (from 15 June 2026), is not stated", "no fix for version `2.3` has been released"},
			[]string{"no fix for versions `2.2` and `2.3`"}},
		{"linac 4.2 CSD", linac("solstra-lx/4.2/csd.md"),
			[]string{"version `4.2` receives no regular release since 2023-02-06; its security fixes come as notice "}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range tc.says {
				if !strings.Contains(tc.text, s) {
					t.Errorf("does not say %q", s)
				}
			}
			for _, s := range tc.doesNotSay {
				if strings.Contains(tc.text, s) {
					t.Errorf("says %q", s)
				}
			}
		})
	}
}
