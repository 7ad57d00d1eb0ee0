// Package html renders a parsed Markdown document as an HTML page: goldmark's
// HTML renderer (safe mode: raw HTML in the Markdown is never emitted) for
// the body, inside the site's page layout.
package html

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"sync"

	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/render"
)

// Link is one navigation or download link; Href is relative to the page.
type Link struct {
	Text string
	Href string
	Note string // e.g. a file's format
}

// Page is everything the layout needs for one page.
type Page struct {
	Lang        string
	Title       string // <title> and the page heading context
	SiteTitle   string
	Description string
	Root        string // relative path from the page to the site root, "" or "../"
	Canonical   string // absolute URL, only when the site has a base URL
	Breadcrumbs []Link
	Formats     []Link // the same document in other formats
	Meta        []Link // document control facts for the page header (Text: label, Note: value)
	TOC         []markdown.Heading
	Body        htmltemplate.HTML
	Footer      string
	Generator   string
}

// Body renders the document's tree as HTML.
func Body(doc *markdown.Document) (htmltemplate.HTML, error) {
	b := bodyBuffers.Get().(*bytes.Buffer)
	defer func() {
		b.Reset()
		bodyBuffers.Put(b)
	}()
	r := markdown.New().Renderer()
	r.AddOptions(renderer.WithNodeRenderers(util.Prioritized(figureRenderer{}, 100), util.Prioritized(tableRenderer{}, 100),
		util.Prioritized(newCellTextRenderer(), 100)))
	if err := r.Render(b, doc.Source, doc.Root); err != nil {
		return "", fmt.Errorf("rendering HTML: %w", err)
	}
	// goldmark's renderer escapes all text and drops raw HTML (safe mode),
	// so its output is trusted HTML here.
	return htmltemplate.HTML(b.String()), nil //nolint:gosec
}

// bodyBuffers hold a body while it is rendered, until it is copied out
// as a string, so that every document does not grow one from empty.
var bodyBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// TOC returns the headings a table of contents lists: levels 2 and 3.
func TOC(doc *markdown.Document) []markdown.Heading {
	var out []markdown.Heading
	for _, h := range doc.Headings() {
		if h.Level == 2 || h.Level == 3 {
			out = append(out, h)
		}
	}
	return out
}

// Layout is a parsed page layout.
type Layout struct {
	t *htmltemplate.Template
}

// LoadLayout parses the named layout (e.g. "layout.html") from the
// templates folder.
func LoadLayout(files render.Files, name string) (*Layout, error) {
	src, display, err := files.Open(name)
	if err != nil {
		return nil, &render.TemplateError{Err: fmt.Errorf("layout %s: %w", name, err)}
	}
	t, err := htmltemplate.New(display).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, &render.TemplateError{Err: err}
	}
	return &Layout{t: t}, nil
}

// layoutRoom is room for what the layout writes around the body: the
// example's layout writes 1-9 KB (head, navigation, contents, footer).
const layoutRoom = 16 << 10

// Render executes the layout for one page.
func (l *Layout) Render(p Page) ([]byte, error) {
	// Room for the body and the layout around it at once: the body is
	// most of the page, and a buffer grown from empty by doubling
	// allocated about twice the page.
	var b bytes.Buffer
	b.Grow(len(p.Body) + layoutRoom)
	if err := l.t.Execute(&b, p); err != nil {
		return nil, &render.TemplateError{Err: err}
	}
	return b.Bytes(), nil
}
