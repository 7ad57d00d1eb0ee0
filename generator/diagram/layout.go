package diagram

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Sizes, in SVG user units (CSS pixels). Text widths are estimated from
// the character count (estWidth); the PDF backend measures with the
// document's fonts and shrinks a label that would not fit its estimate.
const (
	margin     = 12.0
	zonePad    = 14.0 // frame to node
	zoneHead   = 30.0 // room for the zone's label above its first node
	laneGap    = 26.0 // between two arrows
	nodeVGap   = 16.0 // between two nodes of a zone
	nodeFont   = 12.0
	nodeLead   = 15.0
	edgeFont   = 10.0
	zoneFont   = 11.0
	trackStep  = 7.0  // between two vertical segments in a gap
	trackInset = 10.0 // first vertical segment from a frame
	wrapAt     = 22   // characters per node label line
	minNodeW   = 130.0
	minGap     = 70.0
)

// estWidth estimates the width of s in a sans-serif font of the given
// size: generous, so that real fonts fit.
func estWidth(s string, size float64) float64 {
	return float64(len([]rune(s))) * size * 0.58
}

// Point is a position in the drawing.
type Point struct{ X, Y float64 }

// Rect is a box in the drawing.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether p lies in r or on its border.
func (r Rect) Contains(p Point) bool {
	const eps = 0.01
	return p.X >= r.X-eps && p.X <= r.X+r.W+eps && p.Y >= r.Y-eps && p.Y <= r.Y+r.H+eps
}

// OnBorder reports whether p lies on r's outline.
func (r Rect) OnBorder(p Point) bool {
	const eps = 0.01
	if !r.Contains(p) {
		return false
	}
	return math.Abs(p.X-r.X) < eps || math.Abs(p.X-r.X-r.W) < eps || math.Abs(p.Y-r.Y) < eps || math.Abs(p.Y-r.Y-r.H) < eps
}

// Overlaps reports whether r and s share an inner point.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.X+s.W && s.X < r.X+r.W && r.Y < s.Y+s.H && s.Y < r.Y+r.H
}

// ZoneBox is a zone's frame.
type ZoneBox struct {
	Zone
	Rect
}

// NodeBox is a placed node and its label's lines.
type NodeBox struct {
	Node
	Rect
	Lines []string
	// ItemsFrom is the index in Lines of the first item's line: lines
	// from there are set flush left, so the dots that start the items
	// line up; len(Lines) for a node without items.
	ItemsFrom int
}

// lineX is where line i of box n starts (align -1) or is centred
// (align 0).
func lineX(n NodeBox, i int) (x float64, align int) {
	if i >= n.ItemsFrom && strings.HasPrefix(n.Lines[i], itemDot) {
		return n.X + 8, -1
	}
	if i >= n.ItemsFrom { // an item's further line, under the item's text
		return n.X + 8 + estWidth(itemDot, nodeFont), -1
	}
	return n.X + n.W/2, 0
}

// EdgePath is a routed edge: an orthogonal polyline from the border of
// its From node to the border of its To node, and its label's box (the
// label is drawn centred in it, baseline at its bottom less 3).
type EdgePath struct {
	Edge
	Points   []Point
	LabelBox Rect
}

// Layout is a placed scene.
type Layout struct {
	Title, Desc string
	W, H        float64
	Zones       []ZoneBox
	Nodes       []NodeBox
	Edges       []EdgePath
	// Legend is the key to the shapes, in lines; LegendY the first
	// line's baseline.
	Legend  []string
	LegendY float64
}

const legendLead = 14.0

// legendLines says what each shape in the scene means, wrapped to width.
func legendLines(s Scene, width float64) []string {
	has := func(k NodeKind) bool {
		for _, n := range s.Nodes {
			if n.Kind == k {
				return true
			}
		}
		return false
	}
	var items []string
	if slices.ContainsFunc(s.Zones, func(z Zone) bool { return z.Framed }) {
		items = append(items, "Dashed frame: trust zone.")
	}
	if has(Part) || has(Related) {
		items = append(items, "Solid box: part of the product.")
	}
	if d := dashedLegend(has(System), has(Infrastructure)); d != "" {
		items = append(items, d)
	}
	if has(Store) {
		items = append(items, "Shaded box: data store.")
	}
	if len(s.Edges) > 0 {
		items = append(items, "Arrow: data flow, labelled with its ID and the kind of interface it uses, where the data names one.")
	}
	var out []string
	cur := ""
	for _, it := range items {
		switch {
		case cur == "":
			cur = it
		case estWidth(cur+" "+it, edgeFont) <= width:
			cur += " " + it
		default:
			out = append(out, cur)
			cur = it
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// dashedLegend says what a dashed box stands for: an outside system a
// flow names (system), or one the data lists as a part that is not the
// product's: the customer's own infrastructure (infra). A related
// system's part is a part of the product, drawn solid.
func dashedLegend(system, infra bool) string {
	switch {
	case system && infra:
		return "Dashed box: system, component, person or item a data flow names, or a system the product relies on that is not part of the product."
	case system:
		return "Dashed box: system, component, person or item a data flow names."
	case infra:
		return "Dashed box: system the product relies on that is not part of the product."
	}
	return ""
}

// end is one end of an edge: the node and the lane it meets the node at.
type end struct {
	node, lane int
}

// Place lays the scene out. It fails on an edge naming an unknown node or
// a node in an unknown zone (a bug in the scene's builder).
func Place(s Scene) (*Layout, error) {
	col := map[string]int{}
	for i, z := range s.Zones {
		col[z.ID] = i
	}
	idx := map[string]int{}
	nodeCol := make([]int, len(s.Nodes))
	for i, n := range s.Nodes {
		c, ok := col[n.Zone]
		if !ok {
			return nil, fmt.Errorf("diagram %q: node %q in unknown zone %q", s.Title, n.ID, n.Zone)
		}
		idx[n.ID], nodeCol[i] = i, c
	}
	for _, e := range s.Edges {
		if _, ok := idx[e.From]; !ok {
			return nil, fmt.Errorf("diagram %q: edge %q from unknown node %q", s.Title, e.ID, e.From)
		}
		if _, ok := idx[e.To]; !ok {
			return nil, fmt.Errorf("diagram %q: edge %q to unknown node %q", s.Title, e.ID, e.To)
		}
	}
	// Two lane plans: arrows straight across where both ends can share a
	// lane, else every node's lanes together; the one whose arrows cross
	// fewer boxes wins (the first on a tie).
	// Lanes are given node by node, in one of three orders (zones left to
	// right, right to left, or as listed); the first plan with the fewest
	// defects wins, so the choice is deterministic.
	var best *Layout
	bestCross := -1.0
	for _, ord := range orders(s, nodeCol) {
		for _, shared := range []bool{true, false} {
			l := place(s, idx, nodeCol, ord, shared)
			if c := l.score(); bestCross < 0 || c < bestCross {
				best, bestCross = l, c
			}
		}
	}
	return best, nil
}

// orders returns the node orders lanes may be given in: by zone left to
// right, by zone right to left (each then as listed), and as listed.
func orders(s Scene, nodeCol []int) [][]int {
	var ltr, rtl, listed []int
	for c := range s.Zones {
		for i := range s.Nodes {
			if nodeCol[i] == c {
				ltr = append(ltr, i)
			}
			if nodeCol[i] == len(s.Zones)-1-c {
				rtl = append(rtl, i)
			}
		}
	}
	for i := range s.Nodes {
		listed = append(listed, i)
	}
	return [][]int{ltr, rtl, listed}
}

func place(s Scene, idx map[string]int, nodeCol []int, ord []int, shared bool) *Layout {
	from := make([]end, len(s.Edges))
	to := make([]end, len(s.Edges))
	done := make([]bool, len(s.Edges))
	fromSet, toSet := make([]bool, len(s.Edges)), make([]bool, len(s.Edges))
	lanes := 0
	nodeLanes := make([][]int, len(s.Nodes))
	arrowless := make([]bool, len(s.Nodes))
	for _, n := range ord {
		start := lanes
		for k, e := range s.Edges {
			a, b := idx[e.From], idx[e.To]
			if a != n && b != n {
				continue
			}
			if done[k] {
				continue
			}
			other := b
			if b == n {
				other = a
			}
			if shared && nodeCol[other] != nodeCol[n] && !(fromSet[k] || toSet[k]) {
				from[k], to[k] = end{a, lanes}, end{b, lanes}
				fromSet[k], toSet[k], done[k] = true, true, true
				lanes++
				continue
			}
			if a == n && !fromSet[k] {
				from[k], fromSet[k] = end{a, lanes}, true
				lanes++
			}
			if b == n && !toSet[k] {
				to[k], toSet[k] = end{b, lanes}, true
				lanes++
			}
			done[k] = fromSet[k] && toSet[k]
		}
		if lanes == start && !touched(n, from, to, fromSet, toSet) {
			lanes++ // a node without arrows still needs its row
			nodeLanes[n] = append(nodeLanes[n], start)
			arrowless[n] = true
		}
	}
	for k := range s.Edges {
		nodeLanes[from[k].node] = append(nodeLanes[from[k].node], from[k].lane)
		nodeLanes[to[k].node] = append(nodeLanes[to[k].node], to[k].lane)
	}
	first := make([]int, len(s.Nodes))
	last := make([]int, len(s.Nodes))
	for i, ls := range nodeLanes {
		first[i], last[i] = ls[0], ls[0]
		for _, l := range ls {
			first[i], last[i] = min(first[i], l), max(last[i], l)
		}
	}

	// Node widths per zone, and label lines.
	lines := make([][]string, len(s.Nodes))
	colW := make([]float64, len(s.Zones))
	for i := range colW {
		colW[i] = minNodeW
	}
	for i, z := range s.Zones {
		colW[i] = max(colW[i], estWidth(z.Label, zoneFont)*1.1+16-2*zonePad)
	}
	for i, n := range s.Nodes {
		lines[i] = nodeLines(n)
		for _, ln := range lines[i] {
			colW[nodeCol[i]] = max(colW[nodeCol[i]], estWidth(ln, nodeFont)+20)
		}
	}

	// Where each edge's label and vertical segment go: the label in the
	// gap beside its From node, towards To; a vertical segment (ends on
	// different lanes) in the gap beside To, or right of the zone for two
	// nodes of one zone. gap i is right of zone i.
	gapLabel := make([]float64, len(s.Zones))
	tracks := make([][2]int, len(s.Zones)) // per gap: segments near its left, right side
	type route struct {
		labelGap, trackGap, trackSide, track int
	}
	routes := make([]route, len(s.Edges))
	for k, e := range s.Edges {
		a, b := nodeCol[from[k].node], nodeCol[to[k].node]
		r := route{labelGap: -1, trackGap: -1}
		switch {
		case a < b:
			r.labelGap = a
		case a > b:
			r.labelGap = a - 1
		default:
			r.labelGap = a // right of the zone, beside the loop
		}
		if r.labelGap >= len(s.Zones)-1 && a == b {
			r.labelGap = -1 // the last zone: the label goes in the right margin
		}
		if from[k].lane != to[k].lane {
			switch {
			case a < b:
				r.trackGap, r.trackSide = b-1, 1
			case a > b:
				r.trackGap, r.trackSide = b, 0
			default:
				r.trackGap, r.trackSide = a, 0
			}
			r.track = tracks[r.trackGap][r.trackSide]
			tracks[r.trackGap][r.trackSide]++
		}
		routes[k] = r
		if r.labelGap >= 0 {
			gapLabel[r.labelGap] = max(gapLabel[r.labelGap], estWidth(e.Label, edgeFont))
		}
	}
	gapW := make([]float64, len(s.Zones))
	tail := margin
	for i := range gapW {
		side := sideW
		gapW[i] = max(minGap, gapLabel[i]+16+side(tracks[i][0])+side(tracks[i][1]))
		if i == len(gapW)-1 {
			tail = max(margin, side(tracks[i][0])+margin)
			for k, r := range routes {
				if r.labelGap < 0 {
					tail = max(tail, side(tracks[i][0])+estWidth(s.Edges[k].Label, edgeFont)+margin+6)
				}
			}
		}
	}
	colX := make([]float64, len(s.Zones))
	x := margin
	for i := range s.Zones {
		colX[i] = x
		x += colW[i] + 2*zonePad
		if i < len(s.Zones)-1 {
			x += gapW[i]
		}
	}
	width := x + tail

	// Lanes top to bottom, each below the label of the nodes it starts.
	top := margin
	laneY := make([]float64, lanes)
	colBottom := make([]float64, len(s.Zones))
	for i := range colBottom {
		colBottom[i] = top + zoneHead
	}
	labelH := func(n int) float64 { return float64(len(lines[n]))*nodeLead + 8 }
	boxes := make([]NodeBox, len(s.Nodes))
	for l := 0; l < lanes; l++ {
		y := top + zoneHead
		if l > 0 {
			y = laneY[l-1] + laneGap
		}
		for n := range s.Nodes {
			if first[n] == l {
				y = max(y, colBottom[nodeCol[n]]+labelH(n)+8)
			}
		}
		laneY[l] = y
		for n := range s.Nodes {
			if first[n] == l {
				boxes[n].Y = y - labelH(n) - 8
			}
			if last[n] == l {
				// Below its last arrow a box keeps room for it; a box
				// no arrow meets ends below its text.
				below := 12.0
				if arrowless[n] {
					below = -2
				}
				boxes[n].H = y + below - boxes[n].Y
				colBottom[nodeCol[n]] = y + below + nodeVGap
			}
		}
	}
	bottom := top + zoneHead
	for n := range s.Nodes {
		boxes[n].Node, boxes[n].Lines = s.Nodes[n], lines[n]
		boxes[n].ItemsFrom = len(lines[n])
		if len(s.Nodes[n].Items) > 0 {
			boxes[n].ItemsFrom = len(wrap(s.Nodes[n].Label, wrapAt))
		}
		boxes[n].X, boxes[n].W = colX[nodeCol[n]]+zonePad, colW[nodeCol[n]]
		bottom = max(bottom, boxes[n].Y+boxes[n].H)
	}
	frameH := bottom + zonePad - top
	legend := legendLines(s, width-2*margin)
	height := top + frameH + margin
	if len(legend) > 0 {
		height += float64(len(legend))*legendLead + 4
	}
	l := &Layout{Title: s.Title, Desc: s.Desc, W: round(width), H: round(height), Nodes: boxes, Legend: legend, LegendY: round(top + frameH + 6 + edgeFont)}
	for i, z := range s.Zones {
		l.Zones = append(l.Zones, ZoneBox{Zone: z, Rect: Rect{colX[i], top, colW[i] + 2*zonePad, frameH}})
	}

	// Edges, from the boxes as printed (rounded), so that they meet.
	for i := range boxes {
		b := &boxes[i].Rect
		*b = Rect{round(b.X), round(b.Y), round(b.W), round(b.H)}
	}
	for k, e := range s.Edges {
		A, B := boxes[from[k].node], boxes[to[k].node]
		ya, yb := laneY[from[k].lane], laneY[to[k].lane]
		a, b := nodeCol[from[k].node], nodeCol[to[k].node]
		r := routes[k]
		var xa, xb float64
		switch {
		case a < b:
			xa, xb = A.X+A.W, B.X
		case a > b:
			xa, xb = A.X, B.X+B.W
		default:
			xa, xb = A.X+A.W, B.X+B.W
		}
		pts := []Point{{xa, ya}}
		if ya != yb {
			var tx float64
			off := trackInset + float64(r.track)*trackStep
			if r.trackSide == 0 {
				tx = colX[r.trackGap] + colW[r.trackGap] + 2*zonePad + off
			} else {
				tx = colX[r.trackGap+1] - off
			}
			pts = append(pts, Point{tx, ya}, Point{tx, yb})
		}
		pts = append(pts, Point{xb, yb})
		lw := estWidth(e.Label, edgeFont)
		var lx float64
		switch {
		case r.labelGap < 0:
			lx = colX[a] + colW[a] + 2*zonePad + trackInset + float64(tracks[a][0])*trackStep + 2
		case a == b:
			lx = pts[1].X + 4
		default:
			g0 := colX[r.labelGap] + colW[r.labelGap] + 2*zonePad
			left, right := sideW(tracks[r.labelGap][0]), sideW(tracks[r.labelGap][1])
			lx = g0 + left + (gapW[r.labelGap]-left-right-lw)/2
		}
		ly := ya - 3 - edgeFont
		if a == b {
			ly = (ya+yb)/2 - edgeFont/2 - 2
		}
		for i := range pts {
			pts[i] = Point{round(pts[i].X), round(pts[i].Y)}
		}
		l.Edges = append(l.Edges, EdgePath{Edge: e, Points: pts, LabelBox: Rect{round(lx), round(ly), round(lw), edgeFont + 3}})
	}
	for i := range l.Zones {
		b := &l.Zones[i].Rect
		*b = Rect{round(b.X), round(b.Y), round(b.W), round(b.H)}
	}
	return l
}

// sideW is the room n vertical segments take beside a zone's frame.
func sideW(n int) float64 {
	if n == 0 {
		return 0
	}
	return trackInset + float64(n-1)*trackStep + 6
}

func touched(n int, from, to []end, fromSet, toSet []bool) bool {
	for k := range from {
		if (fromSet[k] && from[k].node == n) || (toSet[k] && to[k].node == n) {
			return true
		}
	}
	return false
}

// score ranks lane plans and zone orders: crossings first, then bends,
// then width (lower is better).
func (l *Layout) score() float64 {
	return float64(l.crossings()*100000+l.bends()*100) + l.W/10
}

// Score is the layout's defects and size as one number (lower is better),
// for choosing between scenes that differ in zone order.
func (l *Layout) Score() float64 { return l.score() }

// bends counts the corners of the edges: fewer is easier to follow.
func (l *Layout) bends() int {
	n := 0
	for _, e := range l.Edges {
		n += len(e.Points) - 2
	}
	return n
}

// crossings counts the places where an edge's segment passes through a
// node that is not one of its ends, or its label overlaps a node or
// another label.
func (l *Layout) crossings() int {
	n := 0
	for i, a := range l.Edges {
		for _, b := range l.Edges[i+1:] {
			if a.Label != "" && b.Label != "" && a.LabelBox.Overlaps(b.LabelBox) {
				n++
			}
		}
	}
	for i, a := range l.Nodes {
		for _, b := range l.Nodes[i+1:] {
			if a.Overlaps(b.Rect) {
				n += 1000 // never acceptable
			}
		}
	}
	for _, e := range l.Edges {
		for _, b := range l.Nodes {
			if b.ID == e.From || b.ID == e.To {
				if b.Overlaps(e.LabelBox) {
					n++
				}
				continue
			}
			if b.Overlaps(e.LabelBox) {
				n++
			}
			for i := 1; i < len(e.Points); i++ {
				if segmentCrosses(e.Points[i-1], e.Points[i], b.Rect) {
					n++
				}
			}
		}
	}
	return n
}

// segmentCrosses reports whether the axis-parallel segment p–q passes
// through r's inside.
func segmentCrosses(p, q Point, r Rect) bool {
	lo := Rect{min(p.X, q.X), min(p.Y, q.Y), math.Abs(p.X - q.X), math.Abs(p.Y - q.Y)}
	if lo.W == 0 {
		return lo.X > r.X && lo.X < r.X+r.W && lo.Y < r.Y+r.H && r.Y < lo.Y+lo.H
	}
	return lo.Y > r.Y && lo.Y < r.Y+r.H && lo.X < r.X+r.W && r.X < lo.X+lo.W
}

// itemDot starts an item's first line.
const itemDot = "· "

// nodeLines are the lines a node's box prints: its label, then each item
// marked with a dot (a wrapped item's further lines unmarked).
func nodeLines(n Node) []string {
	out := wrap(n.Label, wrapAt)
	for _, it := range n.Items {
		out = append(out, wrap(itemDot+it, wrapAt)...)
	}
	return out
}

// wrap breaks s into lines of at most width characters at spaces (a
// longer word stands alone).
func wrap(s string, width int) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= width:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// round keeps one decimal, so coordinates print the same everywhere.
func round(v float64) float64 { return math.Round(v*10) / 10 }
