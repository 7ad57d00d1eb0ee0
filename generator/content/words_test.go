package content

import "testing"

// TestAndList: the list of names a sentence gives, with commas and a
// final "and".
func TestAndList(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
	} {
		if got := AndList(tc.words); got != tc.want {
			t.Errorf("AndList(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}
}
