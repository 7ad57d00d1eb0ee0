package mds2form

import (
	"strings"
	"testing"
)

// TestMDS2UnstatedNoteBesideAnAnswer: a note marked unstated = true says
// only that the answer is not stated; a Yes, No or N/A that cites it
// states one, so the pair is an error at the answer. Unmarked, the same
// note is the manufacturer's explanation and no such error is given.
func TestMDS2UnstatedNoteBesideAnAnswer(t *testing.T) {
	const want = `mds2.answers.MPII-2.3: answers yes with note 2, which is marked unstated = true`
	mark := func(s string) string {
		return strings.Replace(s, "text = \"Readings are kept until the next factory reset.\"\n",
			"text = \"Readings are kept until the next factory reset.\"\nunstated = true\n", 1)
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		want bool
	}{
		{"marked", mark, true},
		{"not marked", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, _, _ := resolveCase(t, fixtureCase(t, tc.edit))
			got := false
			for _, d := range diags {
				if strings.Contains(d.String(), want) {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("error %q given: %v, want %v\n  %s", want, got, tc.want, strings.Join(diagStrings(diags), "\n  "))
			}
		})
	}
}
