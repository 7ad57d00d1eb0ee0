// Package tomlkey reads the keys of TOML source lines, for the code that
// works on TOML as text: key positions for diagnostics (generator/content)
// and the annotated files of `jspgen init` (generator/scaffold). The TOML
// parser has accepted the text already; these only find keys in it.
package tomlkey

import "strings"

// Split splits a dotted key into its parts, unquoting quoted parts and
// keeping the dots inside them ("mds2.answers.\"MPII-2.5\"" has three).
func Split(s string) []string {
	var segs []string
	var b strings.Builder
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else {
				b.WriteByte(c)
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '.':
			segs = append(segs, strings.TrimSpace(b.String()))
			b.Reset()
		case c == ' ' || c == '\t':
		default:
			b.WriteByte(c)
		}
	}
	return append(segs, strings.TrimSpace(b.String()))
}

// End returns the index of the '=' that ends the key of a key = value
// line, outside quotes, or -1.
func End(line string) int {
	quote := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '=':
			return i
		}
	}
	return -1
}
