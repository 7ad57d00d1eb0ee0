// Package markdown parses the Markdown that templates produce into one
// goldmark tree. The HTML and PDF renderers both walk that tree, so the
// parser configuration lives here and nowhere else.
package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// New returns the goldmark instance every document uses: CommonMark plus GFM
// tables, strikethrough and autolinks, with heading IDs. It never enables
// raw HTML output (goldmark's safe default).
func New() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// Document is a parsed Markdown source: the tree and the bytes its
// segments point into.
type Document struct {
	Root   ast.Node
	Source []byte
}

// Parse parses src with heading IDs from [IDs], so that the same heading
// gets the same ID in HTML and in PDF links.
func Parse(src []byte) *Document {
	ctx := parser.NewContext(parser.WithIDs(NewIDs()))
	root := New().Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	return &Document{Root: root, Source: src}
}
