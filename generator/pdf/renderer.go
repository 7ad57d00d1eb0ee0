package pdf

import (
	"github.com/yuin/goldmark/ast"
)

// renderer is one layout pass over a document.
type renderer struct {
	*passShared
	warn *warnings // the document's when drawing; discarded when measuring
	src  []byte
	c    *canvas
	plan plan

	// geo is the current page's geometry (a drawing too wide for the
	// column gets a landscape page); nextGeo the next page's, the paper's
	// portrait geometry but while such a page is started.
	geo, nextGeo geometry

	funcs map[ast.NodeKind]blockFunc

	stopAt  int  // a measuring pass ends at the block that reaches this page; 0: never
	stopped bool // it did

	page        int     // current page, from 1
	y           float64 // top of the free space on the page
	gap         float64 // space still owed before the next block
	left, right float64 // current text column
	paraGap     float64 // space after a paragraph here (tight lists use less)
	color       rgb     // body text colour here (block quotes are muted)
	listDepth   int

	textBuf    []byte   // joinText's buffer
	spareItems [][]item // item buffers to reuse (scratch.go)

	marker *marker    // list marker waiting for its item's first line
	laid   *laidTable // the next table, laid out to keep a heading with it
	bars   []bar      // block-quote rules still open

	title    *ast.Heading    // the leading H1, shown as the title block
	docTitle string          // Meta.Title, else the leading H1's text
	ids      map[string]bool // heading IDs of the document
	links    map[string]int  // heading ID → fpdf internal link
	headings []heading       // in document order, as placed
	outline  int             // outline level of the last bookmark

	contentsEnd contentsEnd // where the contents ended; page 0 without contents
	bodyStart   int         // the page the body starts on
}

// contentsEnd is the page the contents end on and how full its body area
// is there (0 to 1), as the layout rule afterContents sees it.
type contentsEnd struct {
	page int
	fill float64
}

// heading is a placed heading, for the contents.
type heading struct {
	text  string
	level int
	id    string
	page  int
}

func newRenderer(s *passShared, c *canvas, p plan) *renderer {
	s.passes++
	r := &renderer{
		passShared: s,
		src:        s.doc.Source,
		c:          c,
		plan:       p,
		ids:        map[string]bool{},
		links:      map[string]int{},
		color:      colorText,
		paraGap:    paraGap,
		geo:        s.geo,
		nextGeo:    s.geo,
	}
	r.warn = s.warn
	if c.pdf == nil {
		r.warn = newWarnings(s.meta)
	}
	r.register()
	if h, ok := s.doc.Root.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		r.title = h
	}
	r.docTitle = s.meta.Title
	if r.docTitle == "" && r.title != nil {
		r.docTitle = plainText(r.title, r.src)
	}
	// Links may point forward, so every destination exists before drawing.
	// Walk order is document order: link numbers are deterministic.
	_ = ast.Walk(s.doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			if id := headingID(h); id != "" && !r.ids[id] {
				r.ids[id] = true
				r.links[id] = c.newLink()
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return r
}

func headingID(h *ast.Heading) string {
	if v, ok := h.AttributeString("id"); ok {
		switch id := v.(type) {
		case []byte:
			return string(id)
		case string:
			return id
		}
	}
	return ""
}

// run lays the whole document out: title block, contents, body.
func (r *renderer) run() error {
	defer r.shareItems()
	r.left, r.right = r.geo.left, r.geo.right
	r.newPage()
	r.titleBlock()
	if len(r.plan.toc) > 0 {
		r.tableOfContents()
		r.afterContents()
	}
	r.bodyStart = r.page
	if r.pageEnded() {
		r.bodyStart++ // the first block starts the next page
	}
	for n := r.doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if r.title != nil && n == ast.Node(r.title) {
			continue
		}
		if err := r.block(n); err != nil {
			return err
		}
		if r.stopped {
			return nil
		}
	}
	r.finish()
	return nil
}

// tocEntries are the headings the contents lists: levels 1 to 3.
func (r *renderer) tocEntries() []tocEntry {
	var out []tocEntry
	for _, h := range r.headings {
		if h.level <= 3 {
			out = append(out, tocEntry(h))
		}
	}
	return out
}

// bookmark adds an outline entry for a heading of level (1–6) at y. The
// outline must nest one level at a time, so a jump (H2 → H4) is clamped.
func (r *renderer) bookmark(text string, level int, y float64) {
	l := min(max(level-1, 0), r.outline+1)
	r.outline = l
	r.c.bookmark(text, l, y)
}

// marker is a list item's bullet or number, printed with the item's first
// line, whatever block that line belongs to.
type marker struct {
	text  string
	right float64 // right edge of the marker
	st    style
}

func (r *renderer) drawMarker(top, leading float64) {
	m := r.marker
	if m == nil {
		return
	}
	r.marker = nil
	w := m.st.face.width(m.text, m.st.size)
	r.c.text(m.right-w, baseline(top, min(leading, bodyLeading), m.st.size), m.text, m.st.face, m.st.size, m.st.color)
}

// bar is the rule at the left of an open block quote.
type bar struct {
	x, top float64
}

// closeBars draws the open block-quote rules down to the current position,
// at the end of a page.
func (r *renderer) closeBars() {
	for _, b := range r.bars {
		if r.y > b.top {
			r.c.line(b.x, b.top, b.x, r.y, 1.6, colorQuoteBar)
		}
	}
}
