package html

import (
	"fmt"
	"regexp"
	"strings"
)

// headingOrTable finds, in goldmark's HTML, a heading with its id, or the
// start or end of a table.
var headingOrTable = regexp.MustCompile(`<h[1-6] id="([^"]*)"|<table>|</table>`)

// wrapTables puts each table of a rendered body in a scroll container, so a
// wide table scrolls on its own instead of widening the page on a narrow
// screen. The container is focusable (keyboard users can scroll it) and is
// a region named by the heading the table stands under.
func wrapTables(body string) string {
	var b strings.Builder
	last, heading := 0, ""
	for _, m := range headingOrTable.FindAllStringSubmatchIndex(body, -1) {
		tok := body[m[0]:m[1]]
		switch {
		case tok == "<table>":
			b.WriteString(body[last:m[0]])
			if heading != "" {
				fmt.Fprintf(&b, `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="%s">`, heading)
			} else {
				b.WriteString(`<div class="table-wrap" role="region" tabindex="0" aria-label="Table">`)
			}
			b.WriteString(tok)
			last = m[1]
		case tok == "</table>":
			b.WriteString(body[last:m[1]])
			b.WriteString("</div>")
			last = m[1]
		default:
			heading = body[m[2]:m[3]] // already attribute-escaped by goldmark
		}
	}
	b.WriteString(body[last:])
	return b.String()
}
