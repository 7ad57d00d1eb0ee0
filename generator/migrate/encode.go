package migrate

import (
	"fmt"
	"strings"
)

// encodeLike writes v as a TOML string in the quoting of raw, the value as
// the file wrote it: '…', ”'…”', "…" or """…""" (a newline right after
// an opening triple quote is kept). Literal strings take v as it is when
// they can hold it; otherwise the value becomes a basic string.
func encodeLike(raw, v string) string {
	switch {
	case strings.HasPrefix(raw, "'''"):
		if !strings.Contains(v, "'''") && !strings.HasSuffix(v, "'") {
			return "'''" + leadingNewline(raw, "'''") + v + "'''"
		}
		return `"""` + leadingNewline(raw, "'''") + escapeBasic(v, true) + `"""`
	case strings.HasPrefix(raw, "'"):
		if !strings.ContainsAny(v, "'\n\r") {
			return "'" + v + "'"
		}
		return `"` + escapeBasic(v, false) + `"`
	case strings.HasPrefix(raw, `"""`):
		return `"""` + leadingNewline(raw, `"""`) + escapeBasic(v, true) + `"""`
	}
	return `"` + escapeBasic(v, false) + `"`
}

// leadingNewline is "\n" when raw opens its triple quote with a newline
// (which TOML drops from the value).
func leadingNewline(raw, quote string) string {
	if strings.HasPrefix(raw[len(quote):], "\n") {
		return "\n"
	}
	return ""
}

// escapeBasic escapes v for a basic string; in a multi-line one, newlines
// and tabs stay as they are and quotes are escaped only where three would
// meet (or at the end, before the closing quotes).
func escapeBasic(v string, multiline bool) string {
	var b strings.Builder
	for i, r := range v {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"' && (!multiline || strings.HasPrefix(v[i:], `"""`) || i == len(v)-1 || strings.HasPrefix(v[i:], `""`) && i+2 == len(v)):
			b.WriteString(`\"`)
		case r == '\n' && multiline, r == '\t':
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
