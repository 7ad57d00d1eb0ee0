package pdf

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// A recording pass lays a document out as a measuring pass does, but keeps
// the calls it makes on its canvas. Replayed onto a drawing canvas with
// the final plan, they make the very fpdf calls a drawing pass would have
// made, in the same order: the same bytes without laying the document out
// a second time. The last measuring pass records, so a document is laid
// out once with its contents, not twice.
//
// Only the page numbers a pass cannot know yet differ between recording and
// drawing: the contents' numbers and the footer's page count. Those are
// drawn by functions given the final plan when replayed (canvas.do).
type recording struct {
	ops   []op
	calls []func(c *canvas, final plan) error
	links int // internal links made; replay maps each to fpdf's
}

type opKind uint8

const (
	opText opKind = iota
	opFillRect
	opLine
	opLinkURL
	opLinkTo
	opNewLink
	opSetLink
	opCall
)

// op is one canvas call: the frequent ones as data, the rest as a call
// (recording.calls[n]).
type op struct {
	kind       opKind
	face       face
	color      rgb
	x, y, w, h float64 // line: x1, y1, x2, y2
	size       float64 // text size; line width
	s          string  // text; URL
	n          int     // link; call
}

var recordings = sync.Pool{New: func() any { return new(recording) }}

func newRecording() *recording { return recordings.Get().(*recording) }

// release gives r back for reuse; nothing may use it afterwards.
func (r *recording) release() {
	clear(r.ops)
	clear(r.calls)
	r.ops, r.calls, r.links = r.ops[:0], r.calls[:0], 0
	recordings.Put(r)
}

func (r *recording) add(o op) { r.ops = append(r.ops, o) }

func (r *recording) call(f func(c *canvas, final plan) error) {
	r.ops = append(r.ops, op{kind: opCall, n: len(r.calls)})
	r.calls = append(r.calls, f)
}

// replay makes the recorded calls on c, a drawing canvas, with final the
// plan the drawing pass would have had.
func (r *recording) replay(c *canvas, final plan) error {
	links := make([]int, r.links+1)
	for i := range r.ops {
		o := &r.ops[i]
		switch o.kind {
		case opText:
			c.text(o.x, o.y, o.s, o.face, o.size, o.color)
		case opFillRect:
			c.fillRect(o.x, o.y, o.w, o.h, o.color)
		case opLine:
			c.line(o.x, o.y, o.w, o.h, o.size, o.color)
		case opLinkURL:
			c.linkURL(o.x, o.y, o.w, o.h, o.s)
		case opLinkTo:
			c.linkTo(o.x, o.y, o.w, o.h, links[o.n])
		case opNewLink:
			links[o.n] = c.newLink()
		case opSetLink:
			c.setLink(links[o.n], o.y)
		case opCall:
			if err := r.calls[o.n](c, final); err != nil {
				return err
			}
		}
	}
	return nil
}

// replayed is the drawing a recording pass, rec, leads to with final known.
func (s *passShared) replayed(rec *renderer, final plan) (*fpdf.Fpdf, error) {
	out := s.newFpdf()
	c := &canvas{pdf: out}
	if err := rec.c.rec.replay(c, final); err != nil {
		return nil, err
	}
	return out, nil
}
