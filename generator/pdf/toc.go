package pdf

import (
	"strconv"
	"strings"
)

// tocEntry is one line of the contents: a heading and its page.
type tocEntry struct {
	text  string
	level int
	id    string
	page  int
}

// tableOfContents lists the headings of levels 1–3 with dot leaders and
// their page numbers; each entry links to its heading.
func (r *renderer) tableOfContents() {
	const title = "Contents"
	hs := headingStyles[2]
	r.space(6)
	top := r.place(hs.size*1.3+4, 2*bodyLeading)
	r.bookmark(title, 2, top)
	r.c.text(r.left, baseline(top, hs.size*1.3, hs.size), title, hs.face, hs.size, colorHeading)
	r.y = top + hs.size*1.3 + 4
	r.c.line(r.left, r.y-2, r.right, r.y-2, 0.6, colorRule)
	r.space(8)

	minLevel := 6
	for _, e := range r.plan.toc {
		minLevel = min(minLevel, e.level)
	}
	numW := faceRegular.width("0000", bodySize)
	dotPitch := faceRegular.width(". ", bodySize)
	for n, e := range r.plan.toc {
		depth := e.level - minLevel
		st := style{face: faceRegular, size: bodySize, color: colorText}
		leading := bodyLeading
		if depth == 0 {
			st.face = faceBold
			r.space(4)
		} else {
			st.size = 9.5
			leading = 13
		}
		indent := float64(depth) * 14
		x := r.left + indent
		lines := wrap(r.plainItems(e.text, st), r.width()-indent-numW-18)
		h := float64(len(lines)) * leading
		top := r.place(h, 0)
		for i, ln := range lines {
			r.drawLine(ln, x, ln.w, top+float64(i)*leading, leading, alignLeft)
		}
		lastTop := top + h - leading
		base := baseline(lastTop, leading, st.size)
		// The number is right-aligned: where it starts depends on the page
		// it names, which a recording pass learns only at its end.
		n, right, size := n, r.right, st.size
		_ = r.c.do(r.plan, func(c *canvas, final plan) error {
			num := strconv.Itoa(final.toc[n].page)
			c.text(right-faceRegular.width(num, size), base, num, faceRegular, size, colorText)
			return nil
		})
		// Dot leaders on a common grid, so that they line up down the page.
		var textEnd float64
		if len(lines) > 0 {
			textEnd = x + lines[len(lines)-1].w
		}
		from := r.left + dotPitch*float64(int((textEnd+6-r.left)/dotPitch)+1)
		if n := int((r.right - numW - 4 - from) / dotPitch); n > 0 {
			dots := strings.TrimSpace(strings.Repeat(". ", n))
			r.c.text(from, base, dots, faceRegular, bodySize, colorMuted)
		}
		if link, ok := r.links[e.id]; ok {
			r.c.linkTo(r.left, top, r.width(), h, link)
		}
		r.y = top + h
	}
	r.space(paraGap)
}

// roomForBody is the share of a page's body area that must be left below
// contents that ran past the title page for the body to start there.
const roomForBody = 0.25

// afterContents starts the body: on a new page when the contents end on
// the title page (which stays a cover: title, document control, contents)
// or leave less than roomForBody of their last page; otherwise right
// below the contents, after a gap. So the page where long contents end is
// either at least three quarters full or carries the start of the body:
// no document has a contents page with a few stray entries on it.
func (r *renderer) afterContents() {
	height := r.geo.bottom - r.geo.top
	r.contentsEnd = contentsEnd{page: r.page, fill: (r.y - r.geo.top) / height}
	if r.page == 1 || r.geo.bottom-r.y < roomForBody*height {
		r.endPage()
		return
	}
	r.space(2 * bodyLeading)
}
