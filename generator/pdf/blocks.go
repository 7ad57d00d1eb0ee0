package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// blockFunc lays out one block node and its content.
type blockFunc func(r *renderer, n ast.Node) error

// register maps each block kind to the function that lays it out, the way
// goldmark's HTML renderer registers its node renderers.
func (r *renderer) register() {
	r.funcs = map[ast.NodeKind]blockFunc{
		ast.KindHeading:         renderHeading,
		ast.KindParagraph:       renderParagraph,
		ast.KindTextBlock:       renderParagraph,
		ast.KindList:            renderList,
		ast.KindBlockquote:      renderBlockquote,
		ast.KindFencedCodeBlock: renderCodeBlock,
		ast.KindCodeBlock:       renderCodeBlock,
		ast.KindThematicBreak:   renderThematicBreak,
		ast.KindHTMLBlock:       renderNothing,
		east.KindTable:          renderTable,
	}
}

// block lays out n; kinds without a function of their own (the document,
// list items reached directly) lay out their children.
func (r *renderer) block(n ast.Node) error {
	if f, ok := r.funcs[n.Kind()]; ok {
		return f(r, n)
	}
	return r.blocks(n)
}

func (r *renderer) blocks(n ast.Node) error {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if err := r.block(ch); err != nil {
			return err
		}
	}
	return nil
}

// renderNothing skips raw HTML: documents are rendered in safe mode.
func renderNothing(*renderer, ast.Node) error { return nil }

func renderHeading(r *renderer, n ast.Node) error {
	h := n.(*ast.Heading)
	level := headingLevel(h)
	hs := headingStyles[level]
	lines, leading, height := r.headingLines(h)
	r.space(hs.before)
	// Keep a heading with the start of what follows it (keep.go).
	top := r.place(height, r.keepAfterHeading(h))
	id := headingID(h)
	if link, ok := r.links[id]; ok {
		r.c.setLink(link, top)
	}
	text := plainText(h, r.src)
	r.bookmark(text, level, top)
	r.headings = append(r.headings, heading{text: text, level: level, id: id, page: r.page})
	for i, ln := range lines {
		r.drawLine(ln, r.left, r.width(), top+float64(i)*leading, leading, alignLeft)
	}
	r.y = top + height
	if hs.rule {
		r.c.line(r.left, r.y-2, r.right, r.y-2, 0.6, colorRule)
	}
	r.space(hs.after)
	return nil
}

// headingLevel is h's level, 1 to 6.
func headingLevel(h *ast.Heading) int { return min(max(h.Level, 1), 6) }

// headingLines wraps heading h to the column: its lines, their leading,
// and the height it takes, rule included.
func (r *renderer) headingLines(h *ast.Heading) (lines []line, leading, height float64) {
	hs := headingStyles[headingLevel(h)]
	items := r.inlines(h, style{face: hs.face, size: hs.size, color: colorHeading}, false)
	leading = hs.size * 1.3
	lines = wrap(items, r.width())
	height = float64(max(len(lines), 1)) * leading
	if hs.rule {
		height += 4
	}
	return lines, leading, height
}

// renderParagraph lays out a paragraph (or a tight list item's text) and
// any images in it, each image as a figure between its lines.
func renderParagraph(r *renderer, n ast.Node) error {
	c := collector{r: r, figures: true, items: r.borrowItems()}
	c.children(n, style{face: faceRegular, size: bodySize, color: r.color})
	items := c.items
	defer r.returnItems(items)
	start := 0
	for i, it := range items {
		if it.kind != itemImage {
			continue
		}
		r.textLines(items[start:i], bodySize, 0)
		if err := r.figure(it.img); err != nil {
			return err
		}
		start = i + 1
	}
	// A paragraph right before a table introduces it ("… as below:"):
	// its last lines stay with the table's header and first row.
	extra := 0.0
	if t := introducedTable(n); t != nil && start == 0 {
		if lt := r.tableAhead(t); lt != nil {
			extra = r.paraGap + lt.lead(r)
		}
	}
	r.textLines(items[start:], bodySize, extra)
	r.space(r.paraGap)
	return nil
}

// textLines wraps items to the column and places the lines, never
// leaving a lone line of them at the foot or the head of a page
// (linesKept); the lines kept with the last also keep extra points of
// what follows on their page.
func (r *renderer) textLines(items []item, size, extra float64) {
	if len(items) == 0 {
		return
	}
	leading := size * bodyLeading / bodySize
	lines, buf := wrapInto(r.borrowItems(), items, r.width())
	defer r.returnItems(buf)
	for i, ln := range lines {
		kept := linesKept(i, len(lines))
		keep := float64(kept) * leading
		if i+kept == len(lines)-1 {
			keep += extra
		}
		top := r.place(leading, keep)
		r.drawLine(ln, r.left, r.width(), top, leading, alignLeft)
		r.y = top + leading
	}
}

func renderBlockquote(r *renderer, n ast.Node) error {
	top := r.place(0, bodyLeading)
	r.bars = append(r.bars, bar{x: r.left + 2, top: top})
	left, color := r.left, r.color
	r.indent(quoteIndent)
	r.color = colorMuted
	err := r.blocks(n)
	// Outer quotes' rules go on below; only this one ends here.
	if b := r.bars[len(r.bars)-1]; r.y > b.top {
		r.c.line(b.x, b.top, b.x, r.y, 1.6, colorQuoteBar)
	}
	r.bars = r.bars[:len(r.bars)-1]
	r.left, r.color = left, color
	r.space(r.paraGap)
	return err
}

func renderThematicBreak(r *renderer, _ ast.Node) error {
	r.space(8)
	top := r.place(1, 0)
	r.drawMarker(top, bodyLeading)
	r.c.line(r.left, top, r.right, top, 0.8, colorRule)
	r.y = top + 1
	r.space(10)
	return nil
}

// renderCodeBlock sets code in the mono font on a light background,
// wrapping long lines and continuing across pages.
func renderCodeBlock(r *renderer, n ast.Node) error {
	st := style{face: faceMono, size: codeSize, color: colorText}
	inner := r.width() - 2*codePad
	var rows []string
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		text := strings.TrimRight(string(seg.Value(r.src)), "\r\n")
		text = clean(expandTabs(text), st.face, r.warn.missingGlyph)
		rows = append(rows, wrapCode(text, st, inner)...)
	}
	// Fenced blocks keep their trailing blank lines in Lines(); drop them.
	for len(rows) > 0 && strings.TrimSpace(rows[len(rows)-1]) == "" {
		rows = rows[:len(rows)-1]
	}
	if len(rows) == 0 {
		return nil
	}
	for len(rows) > 0 {
		top := r.place(2*codePad+codeLeading, 0)
		fit := int((r.geo.bottom - top - 2*codePad) / codeLeading)
		k := max(1, min(fit, len(rows)))
		// Rather than leave one lonely line at the foot of a page, move
		// short tails to the next page; nor start the next page with a
		// lone last line: take one more with it, or move a block of
		// three lines whole.
		if k < len(rows) && k < 2 && !r.atTop() {
			r.newPage()
			continue
		}
		if k < len(rows) && len(rows)-k == 1 {
			if k > 2 {
				k--
			} else if !r.atTop() {
				r.newPage()
				continue
			}
		}
		h := 2*codePad + float64(k)*codeLeading
		r.c.fillRect(r.left, top, r.width(), h, colorCodeBg)
		r.drawMarker(top+codePad, codeLeading)
		for i, row := range rows[:k] {
			r.c.text(r.left+codePad, baseline(top+codePad+float64(i)*codeLeading, codeLeading, st.size), strings.TrimRight(row, " "), st.face, st.size, st.color)
		}
		r.y = top + h
		rows = rows[k:]
		if len(rows) > 0 {
			r.newPage()
		}
	}
	r.space(r.paraGap + 2)
	return nil
}

func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// wrapCode breaks a code line into rows at most width wide, at any rune:
// code has no words to respect, and every character must stay visible.
func wrapCode(text string, st style, width float64) []string {
	if st.face.width(text, st.size) <= width {
		return []string{text}
	}
	var rows []string
	m := metrics[st.face]
	start, w := 0, 0.0
	for i, ch := range text {
		cw := float64(m.advance(ch)) * st.size / 1000
		if w+cw > width && i > start {
			rows = append(rows, text[start:i])
			start, w = i, 0
		}
		w += cw
	}
	return append(rows, text[start:])
}
