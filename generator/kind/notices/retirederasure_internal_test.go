package notices

import "testing"

// TestRetiredErasureSaysTheTableOnlyWhereStated: the sentence under the
// notice's data table says the table tells how a kept store is erased from
// retired units only where the store's sanitize is stated.
func TestRetiredErasureSaysTheTableOnlyWhereStated(t *testing.T) {
	for _, tc := range []struct {
		names, erased []string
		want          string
	}{
		{[]string{"A"}, []string{"A"}, "the table says how it is erased from units that are retired."},
		{[]string{"A", "B"}, []string{"A", "B"}, "the table says how they are erased from units that are retired."},
		{[]string{"A"}, nil, "how it is erased from units that are retired is not stated."},
		{[]string{"A", "B"}, nil, "how they are erased from units that are retired is not stated."},
		{[]string{"A", "B", "C"}, []string{"B"}, "the table says how B is erased from units that are retired; how A and C are erased is not stated."},
	} {
		if got := retiredErasure(tc.names, tc.erased); got != tc.want {
			t.Errorf("retiredErasure(%v, %v) = %q, want %q", tc.names, tc.erased, got, tc.want)
		}
	}
}
