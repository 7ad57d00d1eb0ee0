package pdf

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// bullets by nesting depth; deeper levels repeat the last.
var bullets = []string{"•", "–", "◦", "▪"}

// renderList lays out a bullet or ordered list. Ordered lists count from
// their start number; items may hold several blocks, nested lists included.
func renderList(r *renderer, n ast.Node) error {
	l := n.(*ast.List)
	depth := r.listDepth
	r.listDepth++
	left, gap := r.left, r.paraGap
	defer func() { r.listDepth, r.left, r.paraGap = depth, left, gap }()

	st := style{face: faceRegular, size: bodySize, color: r.color}
	indent := itemIndent(l)
	num := l.Start
	if l.IsTight {
		r.paraGap = tightGap
	} else {
		r.paraGap = paraGap
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		label := bullets[min(depth, len(bullets)-1)]
		if l.IsOrdered() {
			label = strconv.Itoa(num) + string(l.Marker)
			num++
		}
		r.left = left
		r.indent(indent)
		r.marker = &marker{text: label, right: r.left - 5, st: st}
		if err := r.blocks(item); err != nil {
			return err
		}
		if r.marker != nil { // an empty item: its marker alone
			top := r.place(bodyLeading, 0)
			r.drawMarker(top, bodyLeading)
			r.y = top + bodyLeading
		}
		r.space(r.paraGap)
	}
	r.space(gap)
	return nil
}

// itemIndent is how far l's items are indented from the column's left
// edge: wide numbers ("100.") get a wider indent.
func itemIndent(l *ast.List) float64 {
	indent := float64(listIndent)
	if l.IsOrdered() {
		last := l.Start + l.ChildCount() - 1
		indent = max(indent, faceRegular.width(strconv.Itoa(last)+".", bodySize)+7)
	}
	return indent
}
