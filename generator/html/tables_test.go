package html

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/kindtest"
)

func TestTableRegions(t *testing.T) {
	src := "| a |\n| --- |\n| 1 |\n\n# Ports\n\nText.\n\n| b |\n| --- |\n| 2 |\n\n## Données\n\n- item\n\n  | c |\n  | --- |\n  | 3 |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "the HTML", string(got),
		`<div class="table-wrap" role="region" tabindex="0" aria-label="Table">`+"\n<table>",
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="ports">`+"\n<table>",
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="données">`+"\n<table>",
	)
	if n, m := strings.Count(string(got), `<div class="table-wrap"`), strings.Count(string(got), "</table>\n</div>"); n != 3 || m != 3 {
		t.Errorf("%d wrappers opened and %d closed, want 3 and 3", n, m)
	}
}

// TestWideTables: a table of six or more columns is marked wide (the
// stylesheet sets it smaller so its columns fit beside the contents); one
// of fewer is not.
func TestWideTables(t *testing.T) {
	src := "## Five\n\n| a | b | c | d | e |\n| - | - | - | - | - |\n| 1 | 2 | 3 | 4 | 5 |\n\n" +
		"## Six\n\n| a | b | c | d | e | f |\n| - | - | - | - | - | - |\n| 1 | 2 | 3 | 4 | 5 | 6 |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "the HTML", string(got),
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="five">`,
		`<div class="table-wrap wide" role="region" tabindex="0" aria-labelledby="six">`,
	)
}

// TestTableCellsAreGoldmarks: renderTableCell writes the bytes goldmark's
// own table cells do, for header and body cells of every alignment, with
// and without an attribute of their own, so replacing goldmark's changes
// no page.
func TestTableCellsAreGoldmarks(t *testing.T) {
	src := "| none | left | centre | right |\n| --- | :--- | :---: | ---: |\n" +
		"| a | **b** | `c` | d \\| e |\n|  | x |  |  |\n\n" +
		"| only |\n| :-: |\n| 1 |\n"
	render := func(ours bool) string {
		doc := markdown.Parse([]byte(src)) // each its own tree: rendering sets the style attribute
		// a cell that has a style of its own keeps it, the alignment joined to it
		_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if c, ok := n.(*east.TableCell); ok && entering && c.Alignment == east.AlignRight {
				c.SetAttributeString("style", []byte("color:red"))
			}
			return ast.WalkContinue, nil
		})
		r := markdown.New().Renderer()
		if ours {
			r.AddOptions(renderer.WithNodeRenderers(util.Prioritized(cellOnly{}, 100)))
		}
		var b strings.Builder
		if err := r.Render(&b, doc.Source, doc.Root); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	theirs, ours := render(false), render(true)
	if ours != theirs {
		t.Errorf("cells differ:\nours:\n%s\ngoldmark's:\n%s", ours, theirs)
	}
	kindtest.SaysAll(t, "the HTML", ours, `<th style="text-align:center">`, `<td style="color:red;text-align:right">`, "<td></td>")
}

type cellOnly struct{}

func (cellOnly) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, renderTableCell)
}
