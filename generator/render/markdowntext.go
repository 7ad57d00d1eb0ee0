package render

import (
	"bytes"
	"strconv"
	"strings"
	"sync"

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
	if text, ok := fieldTexts.get(value); ok {
		return text
	}
	text := markdownFieldText(value)
	fieldTexts.put(value, text)
	return text
}

// fieldTexts remembers MarkdownFieldText's answers: the MDS2 JSON, CSV,
// notes and workbook each ask for the same values of a product, and each
// answer parses and renders Markdown up to three times.
var fieldTexts = textMemo{max: 4096}

// textMemo is a map of a pure function's answers, safe for concurrent
// use, emptied when it holds max of them so that it stays small.
type textMemo struct {
	mu  sync.Mutex
	m   map[string]string
	max int
}

func (c *textMemo) get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *textMemo) put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string]string)
	}
	c.m[k] = v
}

func markdownFieldText(value string) string {
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
