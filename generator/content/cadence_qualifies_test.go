package content

import (
	"strings"
	"testing"
)

// TestCadenceOfOther: the eegremote fixture's regular_cycle "Monthly
// validation of Windows updates; VigilEEG fixes in the next release"
// promises a monthly validation of another maker's updates, not monthly
// releases: check asked for release_cadence = "monthly", which would
// hold Aldermoor to releases it never promised. A cadence word that
// qualifies something other than a release is not asked for; one that
// qualifies releases, or follows one, still is.
func TestCadenceOfOther(t *testing.T) {
	const ask = `the text names a cadence (`
	for _, tc := range []struct {
		text string
		want string // the cadence the warning names; "" for no warning
	}{
		{"Monthly validation of Windows updates; VigilEEG fixes in the next release.", ""},
		{"Windows updates are validated monthly; fixes in the next release.", ""},
		{"An annual penetration test; fixes in the next release.", ""},
		{"Monthly security updates.", `"Monthly"`},
		{"Quarterly maintenance releases.", `"Quarterly"`},
		{"A maintenance release every quarter.", `"every quarter"`},
		{"Releases on a quarterly basis.", `"quarterly"`},
		{"Windows updates are validated and released monthly.", `"monthly"`},
		{"Monthly validation of Windows updates; a VigilEEG release every quarter.", `"every quarter"`},
	} {
		p := &Product{Name: "VigilEEG LTM"}
		p.Postmarket.Patching.RegularCycle = tc.text
		var got []string
		for _, d := range ruleCadenceProse(&Site{Manufacturer: Manufacturer{Name: "Aldermoor Neurodiagnostics, Inc."}}, p) {
			got = append(got, d.Message)
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q: want no warning, got %q", tc.text, got)
		case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], ask+tc.want+")")):
			t.Errorf("%q: want a warning naming %s, got %q", tc.text, tc.want, got)
		}
	}
}
