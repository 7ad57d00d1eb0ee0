package pdf

import (
	"net/url"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// style is how a run of text is set. It is comparable: adjacent pieces of a
// line with equal styles are printed as one string.
type style struct {
	face   face
	size   float64
	color  rgb
	code   bool // inline code: shaded background
	strike bool
	under  bool
	url    string // external link target
	anchor string // internal link target: a heading ID
}

type itemKind uint8

const (
	itemWord  itemKind = iota // text without spaces; adjacent words are one unbreakable unit
	itemSpace                 // a break opportunity
	itemBreak                 // a hard line break
	itemImage                 // an image, laid out as a figure between lines
)

// item is one piece of inline content, measured.
type item struct {
	kind itemKind
	text string // cleaned: every rune is in st.face
	st   style
	w    float64
	img  *ast.Image
}

// inlines turns the inline children of n into items set in base style.
// Images become itemImage only when figures is true (paragraphs); elsewhere
// (headings, table cells) their alt text is printed instead.
func (r *renderer) inlines(n ast.Node, base style, figures bool) []item {
	c := collector{r: r, figures: figures}
	c.children(n, base)
	return c.items
}

type collector struct {
	r       *renderer
	items   []item
	figures bool
}

func (c *collector) children(n ast.Node, st style) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.node(ch, st)
	}
}

func (c *collector) node(n ast.Node, st style) {
	src := c.r.src
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(src)
		if !n.IsRaw() {
			v = unescape(v)
		}
		c.text(string(v), st)
		switch {
		case n.HardLineBreak():
			c.items = append(c.items, item{kind: itemBreak})
		case n.SoftLineBreak():
			c.text(" ", st)
		}
	case *ast.String:
		v := n.Value
		if !n.IsRaw() && !n.IsCode() {
			v = unescape(v)
		}
		c.text(string(v), st)
	case *ast.CodeSpan:
		var b strings.Builder
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			switch t := ch.(type) {
			case *ast.Text:
				b.Write(t.Value(src))
			case *ast.String:
				b.Write(t.Value)
			}
		}
		code := st
		code.face = faceMono
		if st.face == faceBold || st.face == faceBoldItalic {
			code.face = faceMonoBold
		}
		code.size = st.size * inlineCodeScale
		code.code = true
		c.text(strings.ReplaceAll(b.String(), "\n", " "), code)
	case *ast.Emphasis:
		if n.Level >= 2 {
			st.face = st.face.bold()
		} else {
			st.face = st.face.italic()
		}
		c.children(n, st)
	case *east.Strikethrough:
		st.strike = true
		c.children(n, st)
	case *ast.Link:
		c.children(n, c.r.linkStyle(st, string(n.Destination)))
	case *ast.AutoLink:
		c.text(string(n.Label(src)), c.r.linkStyle(st, string(n.URL(src))))
	case *ast.Image:
		if c.figures {
			c.items = append(c.items, item{kind: itemImage, img: n})
			return
		}
		st.face = st.face.italic()
		c.children(n, st)
	case *ast.RawHTML:
		// Safe mode: raw HTML is neither rendered nor printed.
	default:
		c.children(n, st)
	}
}

// text appends s as words and spaces.
func (c *collector) text(s string, st style) {
	s = clean(s, st.face, c.r.warn.missingGlyph)
	// Room for every word and space at once rather than growing by halves.
	c.items = slices.Grow(c.items, 2*strings.Count(s, " ")+1)
	for s != "" {
		i := strings.IndexByte(s, ' ')
		switch {
		case i < 0:
			c.word(s, st)
			return
		case i > 0:
			c.word(s[:i], st)
		}
		c.items = append(c.items, item{kind: itemSpace, text: " ", st: st, w: st.face.width(" ", st.size)})
		s = strings.TrimLeft(s[i:], " ")
	}
}

func (c *collector) word(s string, st style) {
	c.items = append(c.items, item{kind: itemWord, text: s, st: st, w: st.face.width(s, st.size)})
}

// linkStyle returns st as a link to dest: "#id" links to the heading with
// that ID, anything else is a URI.
func (r *renderer) linkStyle(st style, dest string) style {
	st.color, st.under = colorLink, true
	if id, ok := strings.CutPrefix(dest, "#"); ok {
		if !r.ids[id] {
			if u, err := url.PathUnescape(id); err == nil && r.ids[u] {
				id = u
			}
		}
		if !r.ids[id] {
			r.warn.add("link to %q: no heading has that ID; printed without a link", dest)
			st.color, st.under = colorText, false
			return st
		}
		st.anchor = id
		return st
	}
	st.url = dest
	return st
}

// unescape resolves backslash escapes and character references, as
// goldmark's HTML writer does when it prints text.
func unescape(v []byte) []byte {
	if !hasEscapes(v) {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

func hasEscapes(v []byte) bool {
	for _, b := range v {
		if b == '\\' || b == '&' {
			return true
		}
	}
	return false
}

// plainText is the text of n's inline content, for bookmarks and the
// contents: not cleaned, as outline titles are not set in a font.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			switch t := ch.(type) {
			case *ast.Text:
				v := t.Value(src)
				if !t.IsRaw() {
					v = unescape(v)
				}
				b.Write(v)
				if t.SoftLineBreak() || t.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(t.Value)
			case *ast.AutoLink:
				b.Write(t.Label(src))
			case *ast.RawHTML:
			default:
				walk(ch)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
