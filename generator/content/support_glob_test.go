package content

import "testing"

// TestGlobMatchCompiledOnce: a pattern is compiled once and still matches
// as written, in both directions, with and without case folding.
func TestGlobMatchCompiledOnce(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		fold, want bool
	}{
		{"pkg:npm/*", "pkg:npm/@scope/left-pad@1.0", false, true},
		{"pkg:npm/*", "PKG:npm/x", false, false},
		{"qt*", "QtBase", true, true},
		{"qt*", "libqt", true, false},
		{"open?sl", "openssl", true, true},
		{"open?sl", "opensl", true, false},
		{"a.b", "axb", false, false}, // a dot is a dot
	} {
		for range 2 { // the second time from the cache
			if got := globMatch(tc.pattern, tc.s, tc.fold); got != tc.want {
				t.Errorf("globMatch(%q, %q, %v) = %v, want %v", tc.pattern, tc.s, tc.fold, got, tc.want)
			}
		}
	}
	a, _ := compiledGlob("qt*", true)
	b, _ := compiledGlob("qt*", true)
	c, _ := compiledGlob("qt*", false)
	if a != b {
		t.Error("the same pattern was compiled twice")
	}
	if a == c {
		t.Error("the folding and the case-sensitive pattern share one compiled form")
	}
}
