// Package textedit applies replacements of byte ranges to a text: the one
// way the Markdown-field renderer and jspgen migrate rewrite text in place.
package textedit

import "strings"

// Edit replaces src[Start:Stop] with Text.
type Edit struct {
	Start, Stop int
	Text        string
}

// Apply makes edits, which must be in order of Start; an edit that begins
// inside an earlier one is dropped (the earlier one already rewrote that
// text).
func Apply(src string, edits []Edit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.Start < last {
			continue
		}
		b.WriteString(src[last:e.Start])
		b.WriteString(e.Text)
		last = e.Stop
	}
	b.WriteString(src[last:])
	return b.String()
}
