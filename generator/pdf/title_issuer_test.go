package pdf

import (
	"slices"
	"testing"
)

// TestTitleBlockIssuedBy: a document about a version another company made
// names that company as the manufacturer on its title page and the
// company that issues it (the site's manufacturer, which supports the
// version now) beside it and above the title; a document without an
// issuer of its own names its manufacturer alone, as before.
func TestTitleBlockIssuedBy(t *testing.T) {
	texts := func(m Meta) []string {
		var out []string
		for _, o := range recordedText(t, "# Customer Security Documentation\n\nBody.\n", m) {
			out = append(out, o.s)
		}
		return out
	}
	taken := texts(Meta{Title: "Customer Security Documentation", Manufacturer: "Kestrowe Medical Ltd", IssuedBy: "Brightwater B.V.", DocumentID: "X-1"})
	count := func(list []string, s string) (n int) {
		for _, x := range list {
			if x == s {
				n++
			}
		}
		return n
	}
	// the issuer above the title and under ISSUED BY; the maker once
	if count(taken, "Brightwater B.V.") != 2 || count(taken, "Kestrowe Medical Ltd") != 1 {
		t.Errorf("the title page names the issuer %d times and the manufacturer %d times, want 2 and 1: %q",
			count(taken, "Brightwater B.V."), count(taken, "Kestrowe Medical Ltd"), taken)
	}
	for _, want := range []string{"MANUFACTURER", "Kestrowe Medical Ltd", "ISSUED BY", "Brightwater B.V."} {
		if !slices.Contains(taken, want) {
			t.Errorf("the title page of a version another company made lacks %q: %q", want, taken)
		}
	}
	own := texts(Meta{Title: "Customer Security Documentation", Manufacturer: "Brightwater B.V.", DocumentID: "X-1"})
	if count(own, "Brightwater B.V.") != 2 {
		t.Errorf("the title page names its manufacturer %d times, want 2 (above the title, under MANUFACTURER): %q", count(own, "Brightwater B.V."), own)
	}
	if slices.Contains(own, "ISSUED BY") {
		t.Errorf("a document its manufacturer issues names an issuer too: %q", own)
	}
}
