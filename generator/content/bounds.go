package content

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/input"
)

// Bounds on TOML input, checked before the TOML decoder sees a byte. The
// decoder's time and memory grow with the square of the nesting depth (40
// KB of nested inline tables took over 6 GB), so depth is limited in a
// linear pre-scan; the limits are far above what product data needs (the
// example product nests 4 deep and its longest text is under 1 KB).
const (
	// MaxNesting bounds, on any one line, the open arrays and inline tables
	// plus the parts of the dotted key being written.
	MaxNesting = 32
	// MaxString bounds one text value, in bytes.
	MaxString = 64 << 10
	// MaxFile bounds one TOML file, in bytes.
	MaxFile = input.MaxTOML
)

// checkBounds scans TOML source for nesting deeper than MaxNesting: open
// '[' and '{' (arrays, inline tables, table headers) plus the dots of the
// key being written. It skips strings and comments, and reports the first
// line where the limit is passed, or 0.
func checkBounds(src []byte) (line int, msg string) {
	if len(src) > MaxFile {
		return 1, fmt.Sprintf("file of %d bytes is larger than the limit of %d bytes", len(src), MaxFile)
	}
	line = 1
	depth, dots := 0, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			line++
			dots = 0
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines := skipString(src, i)
			i, line = end, line+lines
		case '[', '{':
			depth++
			dots = 0
		case ']', '}':
			if depth > 0 {
				depth--
			}
			dots = 0
		case ',', '=':
			dots = 0
		case '.':
			dots++
		}
		if depth+dots > MaxNesting {
			return line, fmt.Sprintf("nested deeper than %d levels (arrays, inline tables and dotted key parts on one line); flatten the data", MaxNesting)
		}
	}
	return 0, ""
}

// skipString returns the index of the last byte of the string starting at
// src[i] (a quote) and the number of newlines in it. An unterminated
// string runs to the end; the TOML decoder reports it.
func skipString(src []byte, i int) (end, lines int) {
	q := src[i]
	multi := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if multi {
		j = i + 3
	}
	for ; j < len(src); j++ {
		c := src[j]
		switch {
		case c == '\\' && q == '"':
			if j+1 < len(src) && src[j+1] == '\n' {
				lines++
			}
			j++
		case c == '\n':
			if !multi {
				return j - 1, lines // the decoder reports the unterminated string
			}
			lines++
		case c == q && !multi:
			return j, lines
		case c == q && j+2 < len(src) && src[j+1] == q && src[j+2] == q:
			j += 2
			for k := 0; k < 2 && j+1 < len(src) && src[j+1] == q; k++ {
				j++ // up to two quotes more belong to the string
			}
			return j, lines
		}
	}
	return len(src) - 1, lines
}
