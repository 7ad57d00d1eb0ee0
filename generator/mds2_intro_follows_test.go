package generator

import (
	"strings"
	"testing"
)

// TestMDS2IntroSaysWhichCSDItsDerivedAnswersAgreeWith: transferred's
// form covers 5.2.0, 5.4.0 and 6.0.0, whose facts differ, so its derived
// answers describe 6.0.0 (mds2.Form.Follows). Its introduction said they
// "agree with the customer security documentation of the same versions",
// which 5.2.0's CSD, on different facts, need not. A form whose versions
// share their facts keeps the plain sentence.
func TestMDS2IntroSaysWhichCSDItsDerivedAnswersAgreeWith(t *testing.T) {
	const (
		same    = "so those answers agree with the customer security documentation of the same versions"
		follows = "so those answers agree with the customer security documentation of version `6.0.0`, whose facts they describe"
	)
	for _, tc := range []struct {
		fixture, file string
		says, never   string
	}{
		{"transferred", "orvia-pm/mds2.md", follows, same},
		{"aed", "lifeguard/mds2.md", same, "whose facts they describe"},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			form := buildFixture(t, tc.fixture)(tc.file)
			if !strings.Contains(form, tc.says) {
				t.Errorf("%s does not say %q", tc.file, tc.says)
			}
			if strings.Contains(form, tc.never) {
				t.Errorf("%s says %q", tc.file, tc.never)
			}
		})
	}
}
