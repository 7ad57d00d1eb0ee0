package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"sync"

	"github.com/yuin/goldmark/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// Heading is one heading of a document, for tables of contents and outlines.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Headings lists the document's headings in order.
func (d *Document) Headings() []Heading {
	var out []Heading
	ast.Walk(d.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		id, _ := h.AttributeString("id")
		idBytes, _ := id.([]byte)
		out = append(out, Heading{Level: h.Level, ID: string(idBytes), Text: PlainText(h, d.Source)})
		return ast.WalkSkipChildren, nil
	})
	return out
}

// plainWriters are PlainText's writers: goldmark's writer wants a
// bufio.Writer, whose 4 KiB buffer every heading and heading ID would
// otherwise allocate anew (4 % of the bytes a build allocated).
var plainWriters = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}

// PlainText returns the text a reader sees in n: backslash escapes and
// character references resolved exactly as goldmark's HTML writer does,
// markup dropped, line breaks as spaces.
func PlainText(n ast.Node, src []byte) string {
	var buf bytes.Buffer
	w := plainWriters.Get().(*bufio.Writer)
	w.Reset(&buf)
	defer func() { w.Reset(nil); plainWriters.Put(w) }()
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			gmhtml.DefaultWriter.Write(w, n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				w.WriteByte(' ')
			}
		case *ast.String:
			if n.IsCode() {
				gmhtml.DefaultWriter.RawWrite(w, n.Value)
			} else {
				gmhtml.DefaultWriter.Write(w, n.Value)
			}
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					gmhtml.DefaultWriter.RawWrite(w, t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			gmhtml.DefaultWriter.RawWrite(w, n.Label(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	w.Flush()
	return stdhtml.UnescapeString(buf.String())
}
