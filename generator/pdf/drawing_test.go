package pdf

import (
	"bytes"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
)

// box is a Drawing that paints one labelled rectangle and records how it
// was called.
type box struct {
	calls  int
	scale  float64
	x, y   float64
	widthW float64
}

func (b *box) Size() (w, h float64) { return 900, 300 }

func (b *box) Draw(p Painter, x, y, scale float64) {
	b.calls++
	b.x, b.y, b.scale = x, y, scale
	p.Rect(x, y, 900*scale, 300*scale, 0xffffff, 0x000000, 1, true)
	p.Polyline([]float64{x, y, x + 10, y}, 0x000000, 1, false)
	p.Polygon([]float64{x, y, x + 5, y + 5, x, y + 10}, 0x000000)
	b.widthW = p.TextWidth("Halcyon Connect", 10, false)
	p.Text(x+10, y+20, "Halcyon Connect", 10, false, -1, 0x000000)
}

// TestDrawingHook: an image whose destination is in Meta.Drawings is
// drawn by its Drawing, shrunk to the column, not read as a file; its
// text is real text in the document's font.
func TestDrawingHook(t *testing.T) {
	d := &box{}
	doc := markdown.Parse([]byte("# T\n\n![A box](views/box.svg \"Figure 1. A box\")\n"))
	out, warns, err := Render(doc, Meta{Title: "T", Drawings: map[string]Drawing{"views/box.svg": d}})
	if err != nil {
		t.Fatalf("render: %v (warnings %v)", err, warns)
	}
	if d.calls == 0 {
		t.Fatal("the drawing was never drawn")
	}
	if d.scale <= 0 || d.scale >= 1 {
		t.Errorf("scale %v: a 900-point drawing must be shrunk to the column", d.scale)
	}
	if d.widthW <= 0 {
		t.Errorf("TextWidth = %v", d.widthW)
	}
	if !bytes.Contains(out, []byte("/Type /Page")) {
		t.Error("no page")
	}
	// Without the drawing, the same destination is an image file, and
	// there is no image folder: an error.
	if _, _, err := Render(doc, Meta{Title: "T"}); err == nil {
		t.Error("no error for an image that is neither a drawing nor a file")
	}
}
