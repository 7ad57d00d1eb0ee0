package render

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/textedit"
)

// MarkdownField inserts the value of a Markdown field (a content key tagged
// jsp:"markdown") into a document as Markdown, where every other value is
// escaped (EscapeText). The value is the user's Markdown with three
// changes, made at the positions the parser gives, so everything else reads
// exactly as written:
//
//   - A heading becomes a bold paragraph. A value does not know the level
//     of the section it lands in (the same field appears under "2." in one
//     document and "9.4" in another), and a heading of its own would enter
//     the document's numbered outline and its table of contents; a bold
//     line keeps the emphasis the writer wanted without either.
//   - Raw HTML is escaped, so it shows as the text that was written (the
//     renderers drop raw HTML; a reader would otherwise lose the text).
//   - A relative link or image destination, which names a file of the
//     product's asset folder (content/<product-id>/, published at
//     site/<product-id>/), is prefixed with base: "../" for a document one
//     folder below the product's (notices/…), "" for the others.
//
// Links with another scheme than http, https or mailto, absolute paths and
// missing files are errors of the content (reported with file:line before
// anything is rendered), not repaired here.
func MarkdownField(base, value string) string {
	src := []byte(strings.TrimSpace(strings.ReplaceAll(value, "\r\n", "\n")))
	if len(src) == 0 {
		return ""
	}
	// One pass handles what people write; a contrived value (a heading
	// turned paragraph that meets a "---" below it) can need another. The
	// promise holds whatever the input: after a few passes that still
	// leave a heading or HTML, the value is escaped whole.
	out, clean := tameMarkdown(base, src)
	for range 3 {
		if clean {
			return string(out)
		}
		out, clean = tameMarkdown("", out)
	}
	if clean {
		return string(out)
	}
	return EscapeText(value)
}

// tameMarkdown makes one pass of MarkdownField's changes over src and
// reports whether src had nothing to change but destinations.
func tameMarkdown(base string, src []byte) ([]byte, bool) {
	doc := markdown.Parse(src)
	clean := true
	var edits []edit
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			clean = false
			edits = append(edits, headingEdit(src, n))
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			clean = false
			for i := range n.Lines().Len() {
				edits = append(edits, escapeLT(src, n.Lines().At(i).Start, n.Lines().At(i).Stop)...)
			}
			if n.HasClosure() {
				edits = append(edits, escapeLT(src, n.ClosureLine.Start, n.ClosureLine.Stop)...)
			}
		case *ast.RawHTML:
			clean = false
			for i := range n.Segments.Len() {
				edits = append(edits, escapeLT(src, n.Segments.At(i).Start, n.Segments.At(i).Stop)...)
			}
		case *ast.Link:
			edits = append(edits, destinationEdit(src, base, n.Destination)...)
		case *ast.Image:
			edits = append(edits, destinationEdit(src, base, n.Destination)...)
		}
		return ast.WalkContinue, nil
	})
	return apply(src, edits), clean
}

// edit replaces src[Start:Stop] with Text.
type edit = textedit.Edit

// apply makes non-overlapping edits (an edit inside an earlier one is
// dropped: a heading's bold text already carries its content).
func apply(src []byte, edits []edit) []byte {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.Start - b.Start })
	return []byte(textedit.Apply(string(src), edits))
}

// headingEdit turns a heading (ATX "## Title" or setext "Title\n---") into
// a paragraph "**Title**" followed by a blank line, so text under it stays
// a paragraph of its own.
func headingEdit(src []byte, h *ast.Heading) edit {
	lines := h.Lines()
	if lines.Len() == 0 { // "#" alone: goldmark keeps no segment; drop the marker
		return emptyHeadingEdit(src, h)
	}
	first, last := lines.At(0), lines.At(lines.Len()-1)
	text := strings.TrimSpace(string(src[first.Start:last.Stop]))
	start := first.Start
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	atx := start > 0 && src[start-1] == '#'
	if atx { // back over the opening "#"s; a list or quote marker before them stays
		for start > 0 && src[start-1] == '#' {
			start--
		}
	} else {
		start = first.Start
	}
	stop := lineEnd(src, last.Stop)
	if !atx && lineIsSetextUnderline(src, stop) { // the underline belongs to the heading
		stop = lineEnd(src, stop+1)
	}
	bold := "**" + text + "**"
	if h.NextSibling() != nil && stop < len(src) && !blankLineAt(src, stop+1) {
		if _, top := h.Parent().(*ast.Document); top || lineIsSetextUnderline(src, stop) {
			bold += "\n" // a paragraph of its own (and no "---" under it that would make it a heading again)
		} else {
			bold += "\\" // in a list item or quote a blank line would change the container; a hard break keeps the line
		}
	}
	return edit{Start: start, Stop: stop, Text: bold}
}

// emptyHeadingEdit removes the marker of a heading without text: the first
// "#" after the block before it.
func emptyHeadingEdit(src []byte, h *ast.Heading) edit {
	from := 0
	for n := h.PreviousSibling(); n != nil; n = n.PreviousSibling() {
		if l := n.Lines(); l != nil && l.Len() > 0 {
			from = l.At(l.Len() - 1).Stop
			break
		}
	}
	i := bytes.IndexByte(src[from:], '#')
	if i < 0 {
		return edit{Start: len(src), Stop: len(src)}
	}
	return edit{Start: from + i, Stop: lineEnd(src, from+i)}
}

// lineEnd is the offset of the newline ending the line that holds i, or
// the end of src.
func lineEnd(src []byte, i int) int {
	i = min(max(i, 0), len(src))
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// blankLineAt reports whether the line starting at i holds only spaces.
func blankLineAt(src []byte, i int) bool {
	return i >= len(src) || strings.TrimSpace(string(src[i:lineEnd(src, i)])) == ""
}

// lineIsSetextUnderline reports whether the line after the newline at
// offset nl is a setext underline ("===" or "---").
func lineIsSetextUnderline(src []byte, nl int) bool {
	if nl >= len(src) {
		return false
	}
	l := strings.TrimSpace(string(src[nl+1 : lineEnd(src, nl+1)]))
	return l != "" && (strings.Trim(l, "=") == "" || strings.Trim(l, "-") == "")
}

// escapeLT backslash-escapes every '<' in src[start:stop].
func escapeLT(src []byte, start, stop int) []edit {
	var out []edit
	for i := start; i < stop; i++ {
		if src[i] == '<' && (i == 0 || src[i-1] != '\\') {
			out = append(out, edit{Start: i, Stop: i + 1, Text: `\<`})
		}
	}
	return out
}

// destinationEdit prefixes a relative destination with base. The parser's
// destination is a slice of src, which gives its position; a destination
// it had to copy (none in practice) is left as written.
func destinationEdit(src []byte, base string, dest []byte) []edit {
	if base == "" || !markdown.IsRelativeDestination(string(dest)) {
		return nil
	}
	off, ok := offsetIn(src, dest)
	if !ok {
		return nil
	}
	return []edit{{Start: off, Stop: off, Text: base}}
}

// offsetIn returns the offset of sub in src when sub is a slice of src's
// array.
func offsetIn(src, sub []byte) (int, bool) {
	if len(sub) == 0 || len(src) == 0 {
		return 0, false
	}
	off := cap(src) - cap(sub)
	if off < 0 || off+len(sub) > len(src) || &src[off] != &sub[0] {
		return 0, false
	}
	return off, true
}
