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

// EditDistance is the optimal-string-alignment distance of a and b in
// bytes (insertions, deletions, substitutions and swaps of neighbours
// each count one), for "did you mean" suggestions of a mistyped key or
// ID: "SGDU" is one swap from "SGUD".
func EditDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
