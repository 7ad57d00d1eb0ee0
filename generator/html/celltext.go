package html

import (
	"slices"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// cellTextRenderer lets dotted names in table cells (host names such as
// update.example-medical.com, field paths such as remote_service.offered)
// break at their dots: Chromium breaks such a word only at its hyphens,
// so one long host name set the width of a network-port column and
// pushed the table past its box. A <wbr> goes before each dot that joins
// two parts of a name, as a URL is broken (a line that ends in a dot
// would read as the end of a sentence); copying the text gives the name
// unchanged, as no character is added. An ISO date in a cell is kept on
// one line (a span of DateClass, breaks.go): Chromium breaks a narrow
// column's "2024-05-06" after a hyphen; so is an identifier joined by
// hyphens, such as CVE-2025-0395 (IdentClass). Text outside table cells
// is goldmark's own.
type cellTextRenderer struct {
	base  *gmhtml.Renderer // takes the page's renderer options (SetOption)
	plain renderer.NodeRendererFunc
}

func newCellTextRenderer() *cellTextRenderer {
	base := gmhtml.NewRenderer().(*gmhtml.Renderer)
	funcs := funcCapture{}
	base.RegisterFuncs(funcs)
	return &cellTextRenderer{base: base, plain: funcs[ast.KindText]}
}

// funcCapture keeps the render functions a renderer registers.
type funcCapture map[ast.NodeKind]renderer.NodeRendererFunc

func (f funcCapture) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) { f[k] = fn }

// SetOption passes the page renderer's options (hard wraps, XHTML, the
// text writer) on to the goldmark renderer whose text rendering this
// one keeps outside table cells.
func (c *cellTextRenderer) SetOption(name renderer.OptionName, value any) {
	c.base.SetOption(name, value)
}

func (c *cellTextRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindText, c.renderText)
}

func (c *cellTextRenderer) renderText(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	t, ok := n.(*ast.Text)
	// A cell is one line of source, so its text never ends in a line
	// break; anything else is left to goldmark.
	if !ok || !entering || t.IsRaw() || t.SoftLineBreak() || t.HardLineBreak() || !inTableCell(n) {
		return c.plain(w, source, n, entering)
	}
	value := t.Segment.Value(source)
	type kept struct {
		at    [2]int
		class string
	}
	var spans []kept
	for _, d := range isoDates(value) {
		spans = append(spans, kept{d, DateClass})
	}
	for _, d := range hyphenIdents(value) {
		spans = append(spans, kept{d, IdentClass})
	}
	slices.SortFunc(spans, func(a, b kept) int { return a.at[0] - b.at[0] })
	start := 0
	for _, k := range spans {
		c.writeNames(w, value[start:k.at[0]])
		w.WriteString(`<span class="` + k.class + `">`)
		w.Write(value[k.at[0]:k.at[1]]) // ASCII letters, digits and hyphens: nothing to escape
		w.WriteString("</span>")
		start = k.at[1]
	}
	c.writeNames(w, value[start:])
	return ast.WalkContinue, nil
}

// writeNames writes cell text with a <wbr> before each dot of a name.
func (c *cellTextRenderer) writeNames(w util.BufWriter, value []byte) {
	start := 0
	for _, cut := range dotBreaks(value) {
		c.base.Writer.Write(w, value[start:cut])
		w.WriteString("<wbr>")
		start = cut
	}
	c.base.Writer.Write(w, value[start:])
}

// inTableCell reports whether n is inside a table cell.
func inTableCell(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == east.KindTableCell {
			return true
		}
	}
	return false
}

// dotBreaks returns the offsets of the dots in s before which a name may
// break: a dot after two name characters (letters, digits, "-", "_", or
// the "[" and "]" of an index, which the Markdown may escape) and before
// a letter and another name character. So update.example-medical.com and
// versions[1].changes break at each dot, while a version or decimal
// (4.2.1, 2.5), an abbreviation (e.g., i.e.), a short brand (i.MX) and a
// full stop do not. The character before a cut is a name character, so
// no cut splits a backslash escape or an entity reference, which the
// text writer resolves in each piece.
func dotBreaks(s []byte) []int {
	var cuts []int
	for i := 2; i+2 < len(s); i++ {
		if s[i] == '.' && nameBefore(s[:i]) && letter(s[i+1]) && nameByte(s[i+2]) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// nameBefore reports whether s ends in two name characters, either of
// them escaped with a backslash.
func nameBefore(s []byte) bool {
	j := len(s) - 1
	for range 2 {
		if j < 0 || !nameOrIndex(s[j]) {
			return false
		}
		j--
		if j >= 0 && s[j] == '\\' {
			j--
		}
	}
	return true
}

func letter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func nameByte(b byte) bool {
	return letter(b) || b >= '0' && b <= '9' || b == '-' || b == '_'
}

func nameOrIndex(b byte) bool { return nameByte(b) || b == '[' || b == ']' }
