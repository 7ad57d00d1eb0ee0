package diagram

import (
	"bytes"

	"github.com/jspgen/jspgen/generator/content"
)

// SameDrawing reports whether the drawing the site publishes as file
// (views/data-flows.svg, the risk report's; else a plan view such as
// views/global-system.svg) comes out the same for two versions of a
// product, a and b: their parts, data flows and trust zones are drawn
// alike, so the drawing of one is that of the other too (two firmware
// versions whose changes touch no flow). False where either draws none.
func SameDrawing(a, b *content.Product, file string) bool {
	x := DrawingOf(a, file)
	return x != nil && bytes.Equal(x, DrawingOf(b, file))
}

// DrawingOf is the SVG of the drawing the site publishes as file for p,
// nil where p draws none.
func DrawingOf(p *content.Product, file string) []byte {
	if p == nil {
		return nil
	}
	if file == "views/data-flows.svg" {
		if v, _ := DataFlowDiagram(p); v != nil && v.Layout != nil {
			return v.SVG()
		}
		return nil
	}
	vs, _ := Views(p)
	for _, v := range vs {
		if v.File == file && v.Layout != nil {
			return v.SVG()
		}
	}
	return nil
}
