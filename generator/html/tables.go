package html

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// tableRenderer puts each table in a scroll container, so a wide table
// scrolls on its own instead of widening the page on a narrow screen. The
// container is focusable (keyboard users can scroll it) and is a region
// named by the heading the table stands under. A table of WideColumns or
// more columns is marked "wide": the stylesheet sets it in smaller type
// so that its columns fit beside the contents without scrolling. It
// replaces only the <table> element's own rendering; rows and cells stay
// goldmark's.
type tableRenderer struct{}

// WideColumns is the number of columns from which a table is "wide".
const WideColumns = 6

func (tableRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTable, renderTable)
	reg.Register(east.KindTableCell, renderTableCell)
}

// renderTableCell writes a cell as goldmark's table extension does with
// the options jspgen's renderer has (HTML, not XHTML, and the default
// alignment method: a style attribute), but its tags as they are:
// goldmark formats each through fmt, which took 1.4 % of a 100-product
// build. TestTableCellsAreGoldmarks compares the two.
func renderTableCell(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	tag := "td"
	if n.Parent().Kind() == east.KindTableHeader {
		tag = "th"
	}
	if !entering {
		w.WriteString("</")
		w.WriteString(tag)
		w.WriteString(">\n")
		return ast.WalkContinue, nil
	}
	w.WriteByte('<')
	w.WriteString(tag)
	if n.Alignment != east.AlignNone {
		// as goldmark: the alignment joins a style the cell has
		v, ok := n.AttributeString("style")
		var cob util.CopyOnWriteBuffer
		if ok {
			switch v := v.(type) {
			case []byte:
				cob = util.NewCopyOnWriteBuffer(v)
			case string:
				cob = util.NewCopyOnWriteBuffer([]byte(v))
			}
			cob.AppendByte(';')
		}
		cob.AppendString("text-align:" + n.Alignment.String())
		n.SetAttributeString("style", cob.Bytes())
	}
	if n.Attributes() != nil {
		if tag == "td" {
			ghtml.RenderAttributes(w, n, extension.TableTdCellAttributeFilter)
		} else {
			ghtml.RenderAttributes(w, n, extension.TableThCellAttributeFilter)
		}
	}
	w.WriteByte('>')
	return ast.WalkContinue, nil
}

func renderTable(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		w.WriteString("</table>\n</div>\n")
		return ast.WalkContinue, nil
	}
	class := "table-wrap"
	if t, ok := n.(*east.Table); ok && len(t.Alignments) >= WideColumns {
		class += " wide"
	}
	if id := headingBefore(n); id != "" {
		fmt.Fprintf(w, `<div class="%s" role="region" tabindex="0" aria-labelledby="%s">`, class, util.EscapeHTML([]byte(id)))
	} else {
		fmt.Fprintf(w, `<div class="%s" role="region" tabindex="0" aria-label="Table">`, class)
	}
	w.WriteString("\n<table>\n")
	return ast.WalkContinue, nil
}

// headingBefore returns the ID of the nearest heading before n in document
// order (a table inside a list or quote looks past its containers), or "".
func headingBefore(n ast.Node) string {
	for ; n != nil; n = n.Parent() {
		for s := n.PreviousSibling(); s != nil; s = s.PreviousSibling() {
			if h, ok := lastHeading(s); ok {
				id, _ := h.AttributeString("id")
				b, _ := id.([]byte)
				return string(b)
			}
		}
	}
	return ""
}

// lastHeading finds the last heading at or inside n.
func lastHeading(n ast.Node) (*ast.Heading, bool) {
	if h, ok := n.(*ast.Heading); ok {
		return h, true
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if h, ok := lastHeading(c); ok {
			return h, true
		}
	}
	return nil, false
}
