package render

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Values from TOML are data: before they land in Markdown, every character
// that Markdown would read as syntax is escaped for its position.

// inlineSpecial are the characters that start inline syntax anywhere in a
// line (emphasis, code, links, autolinks, raw HTML, entities, strikethrough,
// table pipes).
const inlineSpecial = "\\`*_[]<>&~|#!"

var (
	urlPattern        = regexp.MustCompile(`https?://[^\s<>|\x00-\x1f\x7f]+[^\s<>|\x00-\x1f\x7f.,;:!?'")\]]`)
	listMarkerPattern = regexp.MustCompile(`^(?:(\d{1,9})[.)]|[-+])(?:[ \t]|$)`)
	blankLines        = regexp.MustCompile(`\n[ \t]*\n\s*`)
)

// EscapeText escapes text for Markdown prose. Paragraph breaks (blank
// lines) are kept; other line breaks are kept as soft breaks; leading
// indentation is dropped so no line turns into a code block. URLs become
// autolinks.
func EscapeText(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	paras := blankLines.Split(s, -1)
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		for j, l := range lines {
			lines[j] = escapeLine(strings.TrimSpace(l))
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}

// EscapeCell escapes text for one GFM table cell: all on one line, pipes
// escaped.
func EscapeCell(s string) string {
	return escapeInline(oneLine(s))
}

// oneLine is s with every run of breaking white space made one space and
// none at either end: strings.Join(strings.FieldsFunc(s, isBreakingSpace),
// " "), without the slice and the copy when s is already so (most cells).
func oneLine(s string) string {
	prevSpace := true // at the start, a space would be leading
	for _, r := range s {
		space := isBreakingSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.FieldsFunc(s, isBreakingSpace), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" { // a trailing space
		return strings.Join(strings.FieldsFunc(s, isBreakingSpace), " ")
	}
	return s
}

// isBreakingSpace is white space a line may break at; a no-break space
// ("Note\u00a02") is kept, so templates can hold short labels together.
func isBreakingSpace(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' }

// escapeInline backslash-escapes inline syntax, leaving URLs as autolinks.
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	last := 0
	var urls [][]int
	if strings.Contains(s, "://") { // in every URL urlPattern matches
		urls = urlPattern.FindAllStringIndex(s, -1)
	}
	for _, m := range urls {
		writeEscaped(&b, s[last:m[0]])
		b.WriteString("<" + s[m[0]:m[1]] + ">")
		last = m[1]
	}
	writeEscaped(&b, s[last:])
	return b.String()
}

func writeEscaped(b *strings.Builder, s string) {
	if !utf8.ValidString(s) {
		// Ranging replaces invalid bytes by U+FFFD; keep doing so.
		for _, r := range s {
			if r < 128 && isInlineSpecial[r] {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return
	}
	// Valid UTF-8: no byte of a multi-byte rune is ASCII, so the text
	// between special characters is copied as it is.
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 128 && isInlineSpecial[c] {
			b.WriteString(s[last:i])
			b.WriteByte('\\')
			last = i
		}
	}
	b.WriteString(s[last:])
}

// isInlineSpecial tells the ASCII characters of inlineSpecial.
var isInlineSpecial = func() (t [128]bool) {
	for _, c := range inlineSpecial {
		t[c] = true
	}
	return t
}()

// escapeLine escapes one line of prose: inline syntax anywhere, and what is
// syntax only at the start of a line: a list marker ("- ", "+ ", "1. ",
// "1) "), a setext underline, thematic break or table delimiter row (a line
// of only "=", "-", ":" and "|"). "4.2.1" or "-20 °C" stay as they are.
func escapeLine(raw string) string {
	line := escapeInline(raw)
	switch {
	case raw == "":
		return ""
	case strings.Trim(raw, "=-:| \t") == "" && raw[0] != '|': // a leading '|' is escaped already
		return "\\" + line
	}
	if m := listMarkerPattern.FindStringSubmatchIndex(line); m != nil {
		if m[2] >= 0 { // ordered: escape the '.' or ')'
			return line[:m[3]] + "\\" + line[m[3]:]
		}
		return "\\" + line
	}
	return line
}

// CodeSpan wraps s in an inline code span, with a backtick fence longer
// than any backtick run inside it.
func CodeSpan(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
