// Package diagram draws the architecture views from the product data: a
// small scene model (trust zones as labelled frames, nodes, data flows as
// arrows), a deterministic layout of our own (zones in columns, nodes
// stacked in their zone, orthogonal edges) and two backends: SVG for the
// HTML pages and vector drawing for the PDF (Draw, on any Painter). No
// external program runs at build time, and the same scene gives the same
// bytes on every run.
package diagram

// Scene is one diagram before layout: what is drawn, not where.
type Scene struct {
	Title string // the figure's title (SVG <title>)
	Desc  string // its text alternative (SVG <desc>)
	Zones []Zone // trust zones, left to right
	Nodes []Node // in the order they are stacked within their zone
	Edges []Edge // in the order their lanes are assigned
}

// Zone is a trust zone: a labelled frame, one column of the drawing.
// Framed is false for the column of endpoints whose zone the data does not
// state: they are drawn outside every trust boundary rather than in a
// zone the data does not give.
type Zone struct {
	ID     string
	Label  string
	Framed bool
}

// NodeKind is what a node stands for; it decides its shape.
type NodeKind int

const (
	// Part is a part of the product: a solid box.
	Part NodeKind = iota
	// System is an outside system, person or item: a box with a dashed
	// outline.
	System
	// Store is a data store: a box with a double top rule.
	Store
	// Infrastructure is the customer's own system the product relies on
	// (a part whose runs is customer_infrastructure): the data lists it
	// among the parts, but it is not the product's, so it is drawn as an
	// outside system, a box with a dashed outline.
	Infrastructure
	// Related is the part a [[related_systems]] entry names (the
	// manufacturer's cloud service the device uploads to): a part of the
	// product, as the CSD and the plan's scope call it, with versions of
	// its own, so it is drawn as a part, a solid box, and the global
	// view's sentence names it as a related system.
	Related
)

// listedPart reports a node for one of the data's parts: a part of the
// product, the customer's own infrastructure or a related system's part.
func (n Node) listedPart() bool {
	return n.Kind == Part || n.Kind == Infrastructure || n.Kind == Related
}

// dashed reports a node drawn as an outside system: not the product's.
func (n NodeKind) dashed() bool { return n == System || n == Infrastructure }

// Node is one box.
type Node struct {
	ID    string
	Label string
	// Items are listed in the box under its label, one per line (a
	// long one wrapped), each marked with a dot: a part's data stores.
	Items []string
	Zone  string // Zone.ID
	Kind  NodeKind
}

// Edge is one arrow from node From to node To (IDs), labelled.
// Undirected edges (a store attached to its part) have no arrowhead and a
// dashed line.
type Edge struct {
	ID         string
	From, To   string
	Label      string
	Undirected bool
}
