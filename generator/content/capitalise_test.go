package content

import "testing"

// TestCapitaliseFirst: the first letter is capitalised whole, also where
// it takes more than one byte (a part named "Éclair console" after "the"
// is dropped); capitalising its first byte alone broke the letter.
func TestCapitaliseFirst(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		"the GX-7 analyzer":      "The GX-7 analyzer",
		"éclair console":         "Éclair console",
		"ß":                      "ß", // no single upper-case letter: left as it is
		"Already capitalised":    "Already capitalised",
		"1 component is listed.": "1 component is listed.",
	} {
		if got := capitaliseFirst(in); got != want {
			t.Errorf("capitaliseFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
