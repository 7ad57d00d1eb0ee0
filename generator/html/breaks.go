package html

import (
	htmltemplate "html/template"
	"strings"
)

// Where a phone-width table may break its words. A table already scrolls
// sideways when it cannot fit, so a value that reads wrongly in pieces is
// kept whole rather than squeezed: an ISO date split at a hyphen
// ("2024-05-" over "06") reads as two values, so does an identifier
// ("CVE-2025-" over "0395", "MIS-LVP7-" over "CSD-001"), and a file name
// broken at any letter ("vex.jso" over "n") is hard to read back or type.

// DateClass is the class of the span that keeps an ISO date on one line
// (the stylesheet sets it nowrap).
const DateClass = "date"

// isoDates returns the [start, end) offsets of the ISO 8601 calendar dates
// (YYYY-MM-DD) in s that stand as words of their own: neither side touches
// a letter, a digit or a hyphen, so an identifier such as sa-2025-001 or
// a number that only holds a date (92024-05-061) is not taken for one.
func isoDates(s []byte) [][2]int {
	var out [][2]int
	for i := 0; i+10 <= len(s); i++ {
		if !datePattern(s[i:i+10]) || (i > 0 && joins(s[i-1])) || (i+10 < len(s) && joins(s[i+10])) {
			continue
		}
		out = append(out, [2]int{i, i + 10})
		i += 9
	}
	return out
}

// IdentClass is the class of the span that keeps an identifier joined by
// hyphens on one line (the stylesheet sets it nowrap).
const IdentClass = "ident"

// maxIdent is the longest identifier kept whole, in bytes: a longer one,
// unbroken, could widen a phone-width column past the screen.
const maxIdent = 24

// hyphenIdents returns the [start, end) offsets of the identifiers in s
// that stand as words of their own: runs of ASCII letters and digits
// joined by single hyphens, with at least one letter and one digit
// (CVE-2025-0395, MIS-LVP7-CSD-001, LVP-7, SHA-256; not a hyphenated word
// such as Wi-Fi, nor a date, which isoDates keeps), maxIdent bytes at
// most. Neither side may touch a character of a longer name (identJoins):
// a host, file or path name breaks at its dots and slashes instead.
func hyphenIdents(s []byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !alnum(s[i]) || (i > 0 && identJoins(s[i-1])) {
			i++
			continue
		}
		j, hyphens, letters, digits := i, 0, 0, 0
	word:
		for ; j < len(s); j++ {
			switch c := s[j]; {
			case letter(c):
				letters++
			case digit(c):
				digits++
			case c == '-' && j+1 < len(s) && alnum(s[j+1]):
				hyphens++
			default:
				break word
			}
		}
		after := j == len(s) || !identJoins(s[j]) || (s[j] == '.' || s[j] == ':') && (j+1 == len(s) || !alnum(s[j+1]))
		if hyphens > 0 && letters > 0 && digits > 0 && j-i <= maxIdent && after {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// identJoins reports whether c, next to an identifier, could make it part
// of a longer name: a letter or digit (of any script), a hyphen, an
// underscore, a slash, a dot, a colon, an at sign or a backslash escape.
// A dot or colon after one that ends the word (a full stop) does not
// (hyphenIdents).
func identJoins(c byte) bool {
	return alnum(c) || c >= 0x80 || strings.IndexByte("-_/.:@\\", c) >= 0
}

func alnum(c byte) bool { return letter(c) || digit(c) }

// datePattern reports whether d is exactly four digits, a hyphen, two
// digits, a hyphen and two digits.
func datePattern(d []byte) bool {
	for i, c := range d {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if !digit(c) {
			return false
		}
	}
	return true
}

// joins reports whether c, next to a date, would make it part of a longer
// word.
func joins(c byte) bool {
	return letter(c) || digit(c) || c == '-'
}

func digit(c byte) bool { return c >= '0' && c <= '9' }

// KeepDates escapes s for HTML and keeps each ISO date in it on one line,
// for a table cell a template writes from text (the product page's
// per-market general availability).
func KeepDates(s string) htmltemplate.HTML {
	var b strings.Builder
	start := 0
	for _, d := range isoDates([]byte(s)) {
		b.WriteString(htmltemplate.HTMLEscapeString(s[start:d[0]]))
		b.WriteString(`<span class="` + DateClass + `">` + s[d[0]:d[1]] + `</span>`)
		start = d[1]
	}
	b.WriteString(htmltemplate.HTMLEscapeString(s[start:]))
	return htmltemplate.HTML(b.String()) //nolint:gosec // every piece of s is escaped
}

// FileName escapes a file name or relative path for HTML with a break
// opportunity (<wbr>, which adds no character to a copy) after each ".",
// "-" and "/" inside it, but not in a version number's dot between two
// digits: vex-3.0.openvex.json may break as "vex-", "3.0.", "openvex.",
// "json" and nowhere else (the stylesheet stops the name's <code> from
// breaking anywhere).
func FileName(name string) htmltemplate.HTML {
	var b strings.Builder
	start := 0
	for i := 0; i < len(name)-1; i++ {
		switch c := name[i]; {
		case c == '.' && i > 0 && digit(name[i-1]) && digit(name[i+1]):
			// the dot of a version number (3.0): kept whole, like a date
		case c == '.', c == '-', c == '/':
			b.WriteString(htmltemplate.HTMLEscapeString(name[start : i+1]))
			b.WriteString("<wbr>")
			start = i + 1
		}
	}
	b.WriteString(htmltemplate.HTMLEscapeString(name[start:]))
	return htmltemplate.HTML(b.String()) //nolint:gosec // every piece of name is escaped
}

// TemplateFuncs are the functions the site's page templates (index.html,
// product.html) may call besides html/template's own.
var TemplateFuncs = htmltemplate.FuncMap{"keepDates": KeepDates, "fileName": FileName}
