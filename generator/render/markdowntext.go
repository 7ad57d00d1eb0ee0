package render

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/markdown"
)

// MarkdownFieldText is a Markdown field as plain text, for the files that
// are not Markdown (the MDS2 workbook, its CSV and JSON). A value that
// reads the same as plain text (no markup, or none that renders) is
// returned as written, line breaks and all. Otherwise it is what a reader
// of the document sees: markup dropped, escapes resolved ("\*\*ASAP**" is
// "**ASAP**"), a link's address in parentheses after its text, each
// paragraph, list item and line on a line of its own.
func MarkdownFieldText(value string) string {
	tamed := MarkdownField("", value)
	if tamed == "" || sameHTML(tamed, EscapeText(value)) {
		return value
	}
	doc := markdown.Parse([]byte(tamed))
	var blocks []string
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		blocks = append(blocks, blockText(n, doc.Source, ""))
	}
	return strings.Join(blocks, "\n\n")
}

// sameHTML reports whether two Markdown texts render alike.
func sameHTML(a, b string) bool {
	var ha, hb bytes.Buffer
	md := markdown.New()
	if md.Convert([]byte(a), &ha) != nil || md.Convert([]byte(b), &hb) != nil {
		return false
	}
	return bytes.Equal(ha.Bytes(), hb.Bytes())
}

// blockText is one block as plain text; prefix starts its first line (a
// list marker).
func blockText(n ast.Node, src []byte, prefix string) string {
	switch n := n.(type) {
	case *ast.List:
		var items []string
		num := n.Start
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			marker := "- "
			if n.IsOrdered() {
				marker = strconv.Itoa(num) + ". "
				num++
			}
			items = append(items, blockText(it, src, marker))
		}
		return prefix + strings.Join(items, "\n")
	case *ast.ListItem, *ast.Blockquote:
		var parts []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			parts = append(parts, blockText(c, src, ""))
		}
		return prefix + strings.Join(parts, "\n")
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		var b strings.Builder
		for i := range n.Lines().Len() {
			seg := n.Lines().At(i)
			b.Write(seg.Value(src))
		}
		return prefix + strings.TrimRight(b.String(), "\n")
	case *ast.ThematicBreak:
		return prefix + "—"
	}
	return prefix + inlineText(n, src)
}

// inlineText is the text of a paragraph, line by line, with each link's
// address in parentheses after its text when the text does not show it.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if link, ok := c.(*ast.Link); ok {
			text := markdown.PlainText(link, src)
			b.WriteString(text)
			if dest := string(link.Destination); dest != "" && dest != text && "mailto:"+text != dest {
				b.WriteString(" (" + dest + ")")
			}
			continue
		}
		text := markdown.PlainText(c, src)
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			text = strings.TrimSuffix(text, " ") + "\n"
		}
		b.WriteString(text)
	}
	return strings.TrimSpace(b.String())
}
