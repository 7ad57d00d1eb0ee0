package render

import (
	"regexp"
	"strings"
	"testing"
)

// tidyByRegexp is Tidy as it was first written, with two regular
// expressions: the reference the one-pass Tidy must match.
func tidyByRegexp(md []byte) []byte {
	s := regexp.MustCompile(`(?m)[ \t]+$`).ReplaceAllString(string(md), "")
	s = regexp.MustCompile(`\n{3,}`).ReplaceAllString(s, "\n\n")
	return []byte(strings.TrimLeft(strings.TrimRight(s, "\n"), "\n") + "\n")
}

func TestTidy(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "\n"},
		{"\n\n \t\n", "\n"},
		{"a", "a\n"},
		{"a  \t\nb\t\n", "a\nb\n"},
		{"\n\na\n\n\n\nb\n\n\n", "a\n\nb\n"},
		{"a\n  \n\t\n \nb", "a\n\nb\n"}, // blank lines of spaces are blank
		{"a\n\nb", "a\n\nb\n"},          // one blank line stays
		{"a \r\nb", "a \r\nb\n"},        // a space before \r is not trailing
		{"  indented\n    code  \n", "  indented\n    code\n"}, // leading space stays
		{"| a | b |  \n|---|---|\n", "| a | b |\n|---|---|\n"},
	}
	for _, c := range cases {
		if got := string(Tidy([]byte(c.in))); got != c.want {
			t.Errorf("Tidy(%q) = %q, want %q", c.in, got, c.want)
		}
		if ref := string(tidyByRegexp([]byte(c.in))); ref != c.want {
			t.Errorf("reference Tidy(%q) = %q, want %q: the case is wrong", c.in, ref, c.want)
		}
	}
}

func FuzzTidy(f *testing.F) {
	for _, s := range []string{"", "a \n\n\n b\t\n", "\n \n\t\r\n x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(Tidy([]byte(s))), string(tidyByRegexp([]byte(s))); got != want {
			t.Errorf("Tidy(%q) = %q, regexp version %q", s, got, want)
		}
	})
}
