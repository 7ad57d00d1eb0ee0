package tomlpos

import (
	"slices"
	"strconv"
	"strings"
)

// table is the key paths of a document and their lines, as a tree of
// path segments in one slice. A map from path to line held every path as
// a string of its own: for a 2,400-line product file, 3,500 paths of 27
// bytes on average and the map around them came to 250 KB, more than the
// file, and a build keeps every product's table until the product is
// prepared. The tree stores each key name once and each path as 16 bytes.
//
// A path is split into segments the way Join and the scanner build it:
// pieces between dots, each a key name followed by array indexes
// ("ports[1].extra" is ports, [1], extra). Splitting and joining back give
// the same string, so two paths share a node exactly when they are equal.
type table struct {
	nodes []node   // nodes[0] is the root, the path ""
	names []string // the key names, sorted, each once
}

// node is one path. Its children are nodes[first : first+count], sorted
// by seg, so that a lookup is a binary search per segment.
type node struct {
	seg   int32 // a key: its index in names; an array entry i: -1-i
	line  int32 // 0: no line recorded for the path itself
	first int32
	count int32
}

// segment is one step of a path: a key name, or an array index when
// index >= 0.
type segment struct {
	name  string
	index int
}

// segments calls fn with each segment of path in order, stopping when fn
// returns false. The empty path has none.
func segments(path string, fn func(segment) bool) bool {
	if path == "" {
		return true
	}
	for piece := range strings.SplitSeq(path, ".") {
		name, indexes := splitIndexes(piece)
		if !fn(segment{name: name, index: -1}) {
			return false
		}
		for indexes != "" {
			// indexes is "[1][2]…", each canonical (splitIndexes checked)
			end := strings.IndexByte(indexes, ']')
			n, _ := strconv.Atoi(indexes[1:end])
			if !fn(segment{index: n}) {
				return false
			}
			indexes = indexes[end+1:]
		}
	}
	return true
}

// splitIndexes splits a piece of a path into its key name and the array
// indexes written after it ("ports[1][2]" → "ports", "[1][2]"). Only an
// index as strconv.Itoa writes it counts ("[01]" or "[-1]" stays part of
// the name), so that joining the segments again gives the piece back.
func splitIndexes(piece string) (name, indexes string) {
	name = piece
	for strings.HasSuffix(name, "]") {
		open := strings.LastIndexByte(name, '[')
		if open < 0 || !canonicalIndex(name[open+1:len(name)-1]) {
			break
		}
		name = name[:open]
	}
	return name, piece[len(name):]
}

func canonicalIndex(s string) bool {
	if s == "" || len(s) > 9 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// newTable builds the table of lines (path → line). Every path is split
// into segments once; a node is found or made by its parent and segment
// in one map; then the nodes are sorted by parent and segment, which puts
// each node's children together.
func newTable(lines map[string]int) *table {
	if len(lines) == 0 {
		return &table{}
	}
	type edge struct{ parent, seg int32 } // seg: a name's id in names, or -1-index
	type building struct {
		edge
		line int32
	}
	nodes := []building{{}} // the root, then in the order found
	ids := make(map[edge]int32, len(lines))
	nameID := map[string]int32{}
	var names []string
	for path, line := range lines {
		cur := int32(0)
		segments(path, func(s segment) bool {
			seg := int32(-1 - s.index)
			if s.index < 0 {
				id, ok := nameID[s.name]
				if !ok {
					id = int32(len(names))
					name := strings.Clone(s.name) // not a slice of the path, which can go
					names = append(names, name)
					nameID[name] = id
				}
				seg = id
			}
			e := edge{cur, seg}
			next, ok := ids[e]
			if !ok {
				next = int32(len(nodes))
				nodes = append(nodes, building{edge: e})
				ids[e] = next
			}
			cur = next
			return true
		})
		nodes[cur].line = int32(line)
	}
	// names sorted, for the lookup's binary search; nodes renumbered
	byName := make([]int32, len(names))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	rank := make([]int32, len(names))
	t := &table{names: make([]string, len(names)), nodes: make([]node, len(nodes))}
	for r, id := range byName {
		rank[id] = int32(r)
		t.names[r] = names[id]
	}
	for i := range nodes[1:] {
		if n := &nodes[i+1]; n.seg >= 0 {
			n.seg = rank[n.seg]
		}
	}
	// the nodes but the root by parent, then seg: each node's children
	// are together and in seg order (the order of the parents themselves
	// follows the map's and does not matter)
	order := make([]int32, len(nodes)-1)
	for i := range order {
		order[i] = int32(i + 1)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := int(nodes[a].parent) - int(nodes[b].parent); c != 0 {
			return c
		}
		return int(nodes[a].seg) - int(nodes[b].seg)
	})
	at := make([]int32, len(nodes)) // where each node goes; the root stays at 0
	for k, i := range order {
		at[i] = int32(k + 1)
	}
	t.nodes[0].line = nodes[0].line
	for k, i := range order {
		t.nodes[k+1].seg, t.nodes[k+1].line = nodes[i].seg, nodes[i].line
	}
	for k := 0; k < len(order); {
		parent := nodes[order[k]].parent
		j := k
		for j < len(order) && nodes[order[j]].parent == parent {
			j++
		}
		p := &t.nodes[at[parent]]
		p.first, p.count = int32(k+1), int32(j-k)
		k = j
	}
	return t
}

// segID is the seg of s in a node; -1-index for an index, and for a key
// name not in the table a value no node has.
func (t *table) segID(s segment) int32 {
	if s.index >= 0 {
		return int32(-1 - s.index)
	}
	i, ok := slices.BinarySearch(t.names, s.name)
	if !ok {
		return int32(len(t.names)) // no node has it
	}
	return int32(i)
}

// line is the line recorded for path itself, or 0.
func (t *table) line(path string) int {
	if t == nil || len(t.nodes) == 0 {
		return 0
	}
	n := &t.nodes[0]
	found := segments(path, func(s segment) bool {
		want := t.segID(s)
		kids := t.nodes[n.first : n.first+n.count]
		i, ok := slices.BinarySearchFunc(kids, want, func(k node, w int32) int { return int(k.seg) - int(w) })
		if !ok {
			return false
		}
		n = &kids[i]
		return true
	})
	if !found {
		return 0
	}
	return int(n.line)
}

// each calls fn with every path that has a line, and the line, in no
// particular order.
func (t *table) each(fn func(path string, line int)) {
	if t == nil || len(t.nodes) == 0 {
		return
	}
	var walk func(i int, path string)
	walk = func(i int, path string) {
		n := t.nodes[i]
		if n.line > 0 {
			fn(path, int(n.line))
		}
		for c := n.first; c < n.first+n.count; c++ {
			seg := t.nodes[c].seg
			if seg < 0 {
				walk(int(c), path+"["+strconv.Itoa(int(-1-seg))+"]")
			} else {
				walk(int(c), Join(path, t.names[seg]))
			}
		}
	}
	walk(0, "")
}
