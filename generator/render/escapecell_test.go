package render

import (
	"strings"
	"testing"
)

// escapeCellBefore is EscapeCell as first written, before the fast paths
// of oneLine and writeEscaped: the reference they must match.
func escapeCellBefore(s string) string {
	s = strings.Join(strings.FieldsFunc(s, isBreakingSpace), " ")
	var b strings.Builder
	write := func(s string) {
		for _, r := range s {
			if r < 128 && strings.ContainsRune(inlineSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	last := 0
	for _, m := range urlPattern.FindAllStringIndex(s, -1) {
		write(s[last:m[0]])
		b.WriteString("<" + s[m[0]:m[1]] + ">")
		last = m[1]
	}
	write(s[last:])
	return b.String()
}

var escapeCellCases = []string{
	"", " ", "plain words", " leading", "trailing ", "two  spaces", "tab\there", "line\nbreak",
	"no-break\u00a0space", "ideographic\u3000space", "*bold* _em_ `code` [x](y) <b> &amp; ~s~ | # !",
	"see https://example.com/a_b?c=d|e. and http://x.y", "ünïcödé ✓ – “quotes”",
	"invalid \xff\xfe bytes *", "\xff", "real \uFFFD rune", "\\ backslash",
}

func TestEscapeCellSameAsBefore(t *testing.T) {
	for _, s := range escapeCellCases {
		if got, want := EscapeCell(s), escapeCellBefore(s); got != want {
			t.Errorf("EscapeCell(%q) = %q, before %q", s, got, want)
		}
	}
}

func FuzzEscapeCellSameAsBefore(f *testing.F) {
	for _, s := range escapeCellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := EscapeCell(s), escapeCellBefore(s); got != want {
			t.Errorf("EscapeCell(%q) = %q, before %q", s, got, want)
		}
	})
}
