// Package markdown parses the Markdown that templates produce into one
// goldmark tree. The HTML and PDF renderers both walk that tree, so the
// parser configuration lives here and nowhere else.
package markdown

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// New returns the goldmark instance every document uses: CommonMark plus GFM
// tables, strikethrough and autolinks, with heading IDs. It never enables
// raw HTML output (goldmark's safe default).
func New() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100))),
	)
}

// sharedParser is New's parser, made once: making one costs more than
// parsing a short Markdown field, and a build parses thousands. goldmark's
// parsers keep no state between parses (it lives in the parser.Context of
// each), so every goroutine can use the one parser.
var sharedParser = sync.OnceValue(func() parser.Parser { return New().Parser() })

// headingIDs gives every heading an ID made from its text as a reader sees
// it (escapes and entities resolved, markup dropped), so that a template's
// anchor function and the rendered ID agree. goldmark's automatic IDs use
// the raw source line instead.
type headingIDs struct{}

func (headingIDs) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	ids := NewIDs() // ours, whatever the context holds
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			h.SetAttributeString("id", ids.Generate([]byte(PlainText(h, reader.Source())), ast.KindHeading))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// Document is a parsed Markdown source: the tree and the bytes its
// segments point into.
type Document struct {
	Root   ast.Node
	Source []byte
}

// Parse parses src. Headings get IDs from [IDs], so the same heading has the
// same ID in HTML and in PDF links.
func Parse(src []byte) *Document {
	root := sharedParser().Parse(text.NewReader(src))
	return &Document{Root: root, Source: src}
}
