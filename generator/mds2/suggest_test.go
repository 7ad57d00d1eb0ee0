package mds2

import "testing"

// TestSuggest: a near spelling with the same numbers is proposed; an ID
// with other numbers never is (its question asks something else), only
// the section's range.
func TestSuggest(t *testing.T) {
	c := loadShipped(t)
	for _, tc := range []struct{ id, want string }{
		{"SGDU-1", `did you mean "SGUD-1"?`},
		{"MPII-21", `did you mean "MPII-2.1"?`},
		{"AUDT 2.1", `did you mean "AUDT-2.1"?`},
		{"SGUD-9", "the SGUD questions run from SGUD-1 to SGUD-4"},
		{"MPII-9", "the MPII questions run from MPII-1 to MPII-3.10"},
		{"QQQQ-77", ""},
	} {
		if got := c.Suggest(tc.id); got != tc.want {
			t.Errorf("Suggest(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
