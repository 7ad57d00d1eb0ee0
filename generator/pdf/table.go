package pdf

import (
	"math"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// maxMinWidth caps a column's minimum width: a cell holding a hash or a
// URL breaks it rather than squeezing every other column.
const maxMinWidth = 96

// tableRow is one laid-out row: each cell's lines, and the row's height in
// lines (the tallest cell's).
type tableRow struct {
	cells  [][]line
	lines  int
	header bool
}

// layTable sets t's columns and wraps its cells; nil for a table without
// cells. A table is set at the table size when its columns can hold their
// ordinary words there. When they cannot (eight or nine columns of words
// like "Reconstruction" or "administrations" on a portrait page), it is
// set smaller, half a point at a time down to minTableSize, at the first
// size where every such word is whole: smaller type read whole beats
// words cut mid-letter. When even minTableSize cuts one, the table keeps
// the table size and its words are cut as before: shrinking the type of
// every cell would then buy no whole word for sure.
func (r *renderer) layTable(t *east.Table) *laidTable {
	var m *measuredTable
	for _, size := range tableSizes() {
		m = r.measureTable(t, setAt(size))
		if m == nil {
			return nil
		}
		if m.fits || size == minTableSize {
			break
		}
		r.returnItems(m.items)
	}
	if !m.fits && m.set.size != tableSize {
		r.returnItems(m.items)
		m = r.measureTable(t, setAt(tableSize))
	}
	set, widths, cols := m.set, m.widths, len(m.widths)
	var head *tableRow
	var body []tableRow
	lineItems := r.borrowItems() // every cell's lines are slices of it
	for i, cells := range m.raw {
		row := tableRow{cells: make([][]line, cols), header: m.header[i], lines: 1}
		for c := range cols {
			if c < len(cells) {
				row.cells[c], lineItems = wrapInto(lineItems, cells[c], widths[c]-2*set.padX)
			}
			row.lines = max(row.lines, len(row.cells[c]))
		}
		if row.header && head == nil {
			head = &row
			continue
		}
		body = append(body, row)
	}

	return &laidTable{
		node:  t,
		width: r.width(),
		tl:    tableLayout{set: set, widths: widths, aligns: m.aligns, head: head},
		body:  body,
		items: m.items,
		lines: lineItems,
	}
}

// minTableSize is the smallest size a table is set at: below it a
// table's words are no longer comfortably read on paper.
const minTableSize = 7

// tableSizes are the sizes a table may be set at, largest first: the
// table size, then half a point smaller each step, then minTableSize.
func tableSizes() []float64 {
	sizes := []float64{tableSize}
	for k := 1.0; ; k++ {
		s := math.Round((tableSize-0.5*k)*10) / 10 // 8.3, not 8.300000000000001
		if s <= minTableSize {
			break
		}
		sizes = append(sizes, s)
	}
	return append(sizes, minTableSize)
}

// tableSet is the size a table is set at, with its line height and its
// cells' padding, which scale with the type so that a smaller table
// keeps the look of the others.
type tableSet struct {
	size, leading, padX, padY float64
	maxMin                    float64 // maxMinWidth at this size
}

// setAt is the set of a table at size; at tableSize, the theme's
// lengths exactly.
func setAt(size float64) tableSet {
	if size == tableSize {
		return tableSet{size: tableSize, leading: tableLeading, padX: cellPadX, padY: cellPadY, maxMin: maxMinWidth}
	}
	k := size / tableSize
	return tableSet{size: size, leading: tableLeading * k, padX: cellPadX * k, padY: cellPadY * k, maxMin: maxMinWidth * k}
}

// measuredTable is a table's cells collected at one size and its
// columns shared; fits reports whether every ordinary word is whole.
type measuredTable struct {
	set    tableSet
	raw    [][][]item // rows of cells of items, slices of items
	header []bool
	aligns []alignment
	widths []float64
	items  []item // borrowed: returned by the caller
	fits   bool
}

// measureTable collects t's cells at set's size and shares its columns;
// nil for a table without cells.
func (r *renderer) measureTable(t *east.Table, set tableSet) *measuredTable {
	// Every cell's items go into one buffer (lent by the renderer, given
	// back when the table is drawn), each cell a span of it.
	type span struct{ from, to int }
	c := collector{r: r, items: r.borrowItems()}
	var spans [][]span
	var header []bool
	cols := len(t.Alignments)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		_, isHead := row.(*east.TableHeader)
		st := style{face: faceRegular, size: set.size, color: colorText}
		if isHead {
			st.face = faceBold
			st.color = colorHeading
		}
		var cells []span
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			from := len(c.items)
			c.children(cell, st)
			cells = append(cells, span{from, len(c.items)})
		}
		cols = max(cols, len(cells))
		spans = append(spans, cells)
		header = append(header, isHead)
	}
	if cols == 0 || len(spans) == 0 {
		r.returnItems(c.items)
		return nil
	}
	raw := make([][][]item, len(spans)) // rows of cells of items
	for i, cells := range spans {
		raw[i] = make([][]item, len(cells))
		for j, sp := range cells {
			raw[i][j] = c.items[sp.from:sp.to:sp.to]
		}
	}
	aligns := make([]alignment, cols)
	for i := range aligns {
		if i < len(t.Alignments) {
			switch t.Alignments[i] {
			case east.AlignCenter:
				aligns[i] = alignCenter
			case east.AlignRight:
				aligns[i] = alignRight
			}
		}
	}

	pad := 2 * set.padX
	minW, maxW, headW := make([]float64, cols), make([]float64, cols), make([]float64, cols)
	words := make([][]float64, cols) // each column's ordinary words, padded
	for i, cells := range raw {
		for c, items := range cells {
			from := len(words[c])
			var lo, hi float64
			lo, hi, words[c] = contentWidths(items, words[c], set.maxMin)
			for k := from; k < len(words[c]); k++ {
				words[c][k] += pad
			}
			minW[c] = max(minW[c], min(lo, set.maxMin)+pad)
			maxW[c] = max(maxW[c], hi+pad)
			if header[i] {
				headW[c] = max(headW[c], min(lo, set.maxMin)+pad)
			}
		}
	}
	for c := range cols {
		minW[c] = max(minW[c], pad+set.size)
		maxW[c] = max(maxW[c], minW[c])
		headW[c] = min(max(headW[c], pad+set.size), minW[c])
	}
	widths := columnWidths(minW, maxW, headW, words, r.width())
	return &measuredTable{
		set: set, raw: raw, header: header, aligns: aligns, widths: widths,
		items: c.items, fits: wordsFit(words, widths),
	}
}

// wordsFit reports whether every column is at least as wide as each of
// its words (padded).
func wordsFit(words [][]float64, widths []float64) bool {
	const eps = 1e-6
	for c, ws := range words {
		for _, w := range ws {
			if w > widths[c]+eps {
				return false
			}
		}
	}
	return true
}

// laidTable is a table with its columns set and its cells wrapped, ready
// to draw: its rows are slices of the two item buffers it holds, which
// go back to the renderer once it is drawn.
type laidTable struct {
	node  *east.Table
	width float64 // the column it was laid out in
	tl    tableLayout
	body  []tableRow
	items []item // the cells' items
	lines []item // the cells' lines
}

// release gives lt's buffers back; nothing may use its rows afterwards.
func (lt *laidTable) release(r *renderer) {
	r.returnItems(lt.items)
	r.returnItems(lt.lines)
}

// lead is how much of the table must fit on a page for it to start there:
// the header and the first row, or a page when they are taller than one.
func (lt *laidTable) lead(r *renderer) float64 {
	first := lt.tl.height(lt.tl.head)
	if len(lt.body) > 0 {
		first += lt.tl.height(&lt.body[0])
	}
	return min(first, r.geo.bottom-r.geo.top)
}

// renderTable lays out a GFM table: column widths from the content, cells
// wrapped, the header repeated on every page the table spans, and rows kept
// whole unless one is taller than a page.
func renderTable(r *renderer, n ast.Node) error {
	lt := r.laid
	r.laid = nil
	if lt != nil && (lt.node != n || lt.width != r.width()) {
		lt.release(r)
		lt = nil
	}
	if lt == nil {
		if lt = r.layTable(n.(*east.Table)); lt == nil {
			return nil
		}
	}
	defer lt.release(r)
	tl, body := lt.tl, lt.body
	head := tl.head
	// The header goes with the first row, when that fits on a page at all.
	top := r.place(lt.lead(r), 0)
	r.drawMarker(top+tl.set.padY, tl.set.leading)
	tl.top = top
	if head != nil {
		r.drawRow(&tl, head, 0, head.lines, false)
	}
	for i := range body {
		row := &body[i]
		zebra := i%2 == 1
		if r.y+tl.height(row) <= r.geo.bottom+0.01 {
			r.drawRow(&tl, row, 0, row.lines, zebra)
			continue
		}
		if tl.height(row) <= r.geo.bottom-r.geo.top-tl.height(head) {
			r.tablePage(&tl)
			r.drawRow(&tl, row, 0, row.lines, zebra)
			continue
		}
		// Taller than a page: the only case where a row is split.
		for from := 0; from < row.lines; {
			fit := int((r.geo.bottom - r.y - 2*tl.set.padY) / tl.set.leading)
			if fit < 1 {
				if r.y <= tl.top+tl.height(tl.head)+0.01 {
					fit = 1 // a page holding only the header: progress regardless
				} else {
					r.tablePage(&tl)
					continue
				}
			}
			k := min(fit, row.lines-from)
			r.drawRow(&tl, row, from, k, zebra)
			from += k
			if from < row.lines {
				r.tablePage(&tl)
			}
		}
	}
	r.space(r.paraGap + 3)
	return nil
}

// tableLayout is what every part of one table shares.
type tableLayout struct {
	set    tableSet
	widths []float64
	aligns []alignment
	head   *tableRow
	top    float64 // top of the table on the current page
}

func (tl *tableLayout) height(row *tableRow) float64 {
	if row == nil {
		return 0
	}
	return float64(row.lines)*tl.set.leading + 2*tl.set.padY
}

// tablePage continues a table on a new page, header first.
func (r *renderer) tablePage(tl *tableLayout) {
	r.newPage()
	tl.top = r.y
	if tl.head != nil {
		r.drawRow(tl, tl.head, 0, tl.head.lines, false)
	}
}

// drawRow draws lines [from, from+n) of every cell of row at r.y.
func (r *renderer) drawRow(tl *tableLayout, row *tableRow, from, n int, zebra bool) {
	top := r.y
	h := float64(n)*tl.set.leading + 2*tl.set.padY
	total := 0.0
	for _, w := range tl.widths {
		total += w
	}
	switch {
	case row.header:
		r.c.fillRect(r.left, top, total, h, colorTableHead)
	case zebra:
		r.c.fillRect(r.left, top, total, h, colorZebra)
	}
	x := r.left
	for c, w := range tl.widths {
		lines := row.cells[c]
		for i := from; i < from+n && i < len(lines); i++ {
			lineTop := top + tl.set.padY + float64(i-from)*tl.set.leading
			r.drawLine(lines[i], x+tl.set.padX, w-2*tl.set.padX, lineTop, tl.set.leading, tl.aligns[c])
		}
		x += w
	}
	// Grid: hairlines between rows and columns, a stronger rule under the header.
	x = r.left
	for c, w := range tl.widths {
		if c > 0 {
			r.c.line(x, top, x, top+h, 0.4, colorRule)
		}
		x += w
	}
	if top <= tl.top+0.01 {
		r.c.line(r.left, top, r.left+total, top, 0.6, colorRule)
	}
	bottomWidth, bottomColor := 0.4, colorRule
	if row.header {
		bottomWidth, bottomColor = 0.9, colorHeading
	}
	r.c.line(r.left, top+h, r.left+total, top+h, bottomWidth, bottomColor)
	r.c.line(r.left, top, r.left, top+h, 0.4, colorRule)
	r.c.line(r.left+total, top, r.left+total, top+h, 0.4, colorRule)
	r.y = top + h
}

// contentWidths returns the widths of the widest unbreakable word (the
// narrowest the content can be set) and of the content on one line, and
// appends to words the width of every ordinary word, one no wider than
// maxMin, maxMinWidth at the table's size (the others, hashes, URLs,
// package names, break wherever the column ends). A host name, an e-mail address or a path
// ("meet.vidora.example;") counts as its widest piece between the
// letters a dot, an at sign or a slash joins: wrap breaks it there,
// without cutting letters, so it must not hold its column as wide as
// itself while a neighbouring column cuts "manufacturer" mid-word. A
// version or a score ("3.0.8", "5.5") stays whole.
func contentWidths(items []item, words []float64, maxMin float64) (minW, maxW float64, _ []float64) {
	word, line := 0.0, 0.0
	from := 0 // the current word's first item
	endWord := func(to int) {
		if word > 0 && word <= maxMin {
			words = append(words, widestPiece(items[from:to], word))
		}
		word = 0
	}
	for i, it := range items {
		switch it.kind {
		case itemWord:
			if word == 0 {
				from = i
			}
			word += it.w
			line += it.w
			minW = max(minW, word)
		case itemSpace:
			endWord(i)
			line += it.w
		case itemBreak:
			endWord(i)
			line = 0
		}
		maxW = max(maxW, line)
	}
	endWord(len(items))
	return minW, maxW, words
}

// nameJoins are the characters between letters where a host name, an
// e-mail address or a path breaks (all in breakAfter).
const nameJoins = "./@"

// hasNameJoin is strings.ContainsAny(s, nameJoins) without building a
// character set per call: it runs on every word of every table cell, and
// strings.ContainsAny was 1 % of a portfolio build.
func hasNameJoin(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '/' || c == '@' {
			return true
		}
	}
	return false
}

// widestPiece is the width of the widest piece of the word (items, w
// wide) between letters a nameJoins character joins, the character
// staying with the piece before it; w when there is no such place.
func widestPiece(word []item, w float64) float64 {
	joined := false
	for _, it := range word {
		if it.kind == itemWord && hasNameJoin(it.text) {
			joined = true
			break
		}
	}
	if !joined {
		return w
	}
	// Walk the glyphs with one of lookahead: a join cuts the piece only
	// between two letters, so glyph i is settled once glyph i+1 is known.
	widest, piece := 0.0, 0.0
	prev, cur := rune(-1), rune(-1) // glyphs i-1 and i; -1: none
	for _, it := range word {
		if it.kind != itemWord {
			continue
		}
		m := metrics[it.st.face]
		for _, next := range it.text {
			if cur >= 0 && strings.ContainsRune(nameJoins, cur) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
				widest, piece = max(widest, piece), 0
			}
			piece += float64(m.advance(next)) * it.st.size / 1000
			prev, cur = cur, next
		}
	}
	return max(widest, piece)
}

// columnWidths shares avail between columns the way browsers lay out auto
// tables: every column gets its minimum, and what is left goes in
// proportion to how much more each column would like (max − min). A table
// that fits on one line is widened to the full column in proportion to its
// content. One whose minimums do not fit gives way in three steps, each
// only as far as needed:
//
//   - first, in proportion, the width columns have beyond their widest
//     ordinary word (words[i]: the widths of column i's words no wider
//     than maxMinWidth): a column whose minimum is a hash, a URL or a
//     package name breaks it anyway, and gives way before a column of
//     ordinary words breaks one;
//   - then what the columns need beyond their header's longest word
//     (headW, at most the minimum), breaking as few words as it can: a
//     column at a time, from its widest word down to its next, where the
//     most width is won for each word broken. A long host name or
//     identifier in a cell breaks, while the headers, short words a
//     reader scans the table by, stay whole; and no column loses a
//     point to break a word of every row by a letter;
//   - when even the headers' words do not fit, the header widths are
//     scaled down, and their words break.
//
// words or headW nil: the minimums.
func columnWidths(minW, maxW, headW []float64, words [][]float64, avail float64) []float64 {
	n := len(minW)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	sumMin, sumMax := 0.0, 0.0
	for i := range n {
		sumMin += minW[i]
		sumMax += max(maxW[i], minW[i])
	}
	// soft[i]: the narrowest column i gets before an ordinary word or
	// its header's longest word breaks; hard[i]: before its header's.
	soft, hard := make([]float64, n), make([]float64, n)
	sumSoft, sumHard := 0.0, 0.0
	for i := range n {
		nat := minW[i]
		if i < len(words) {
			nat = 0
			for _, w := range words[i] {
				nat = max(nat, w)
			}
		}
		soft[i] = min(max(nat, floorOf(minW, headW, i)), minW[i])
		hard[i] = floorOf(minW, headW, i)
		sumSoft += soft[i]
		sumHard += hard[i]
	}
	switch {
	case sumMax <= 0:
		for i := range out {
			out[i] = avail / float64(n)
		}
	case sumMax <= avail:
		for i := range out {
			out[i] = max(maxW[i], minW[i]) * avail / sumMax
		}
	case sumMin <= avail:
		extra := avail - sumMin
		for i := range out {
			out[i] = minW[i] + (max(maxW[i], minW[i])-minW[i])*extra/(sumMax-sumMin)
		}
	case sumSoft <= avail:
		for i := range out {
			out[i] = minW[i] - (minW[i]-soft[i])*(sumMin-avail)/(sumMin-sumSoft)
		}
	case sumHard <= avail:
		copy(out, soft)
		fewestBroken(out, hard, words, sumSoft, avail)
	default:
		for i := range out {
			out[i] = hard[i] * avail / sumHard
		}
	}
	return out
}

// fewestBroken narrows the columns out (summing to sum) to avail, none
// below its floor, a step at a time: the step is the one column's, from
// its width down to its next narrower word (or its floor), that wins the
// most width for each word it breaks. The last step gives back what it
// took beyond avail. A column without words has one, as wide as it is.
func fewestBroken(out, floor []float64, words [][]float64, sum, avail float64) {
	const eps = 1e-9
	for sum > avail+eps {
		best, bestTo, bestGain := -1, 0.0, 0.0
		for i, w := range out {
			if w <= floor[i]+eps {
				continue
			}
			to, broken := floor[i], 0
			if i < len(words) {
				for _, ww := range words[i] {
					switch {
					case ww > w+eps:
						// broken already
					case ww > to+eps && ww < w-eps:
						to = ww
					}
				}
				for _, ww := range words[i] {
					if ww > to+eps && ww <= w+eps {
						broken++
					}
				}
			}
			gain := (w - to) / float64(max(broken, 1))
			if gain > bestGain+eps {
				best, bestTo, bestGain = i, to, gain
			}
		}
		if best < 0 {
			return // every column at its floor: sum ≤ avail then
		}
		sum -= out[best] - bestTo
		out[best] = bestTo
		if sum < avail {
			out[best] += avail - sum
			sum = avail
		}
	}
}

// floorOf is how narrow column i may get before its header's words
// break: headW[i], never more than its minimum; the minimum when headW
// is nil.
func floorOf(minW, headW []float64, i int) float64 {
	if i < len(headW) {
		return min(headW[i], minW[i])
	}
	return minW[i]
}
