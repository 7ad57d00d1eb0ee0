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

// buildNode is a node of the tree while it is built.
type buildNode struct {
	seg      segment
	line     int
	children map[segment]*buildNode
}

// newTable builds the table of lines (path → line).
func newTable(lines map[string]int) *table {
	if len(lines) == 0 {
		return &table{}
	}
	root := &buildNode{}
	size := 1 // nodes, the root included
	nameSet := map[string]bool{}
	for path, line := range lines {
		n := root
		segments(path, func(s segment) bool {
			if s.index < 0 {
				nameSet[s.name] = true
			}
			child := n.children[s]
			if child == nil {
				if n.children == nil {
					n.children = map[segment]*buildNode{}
				}
				child = &buildNode{seg: s}
				n.children[s] = child
				size++
			}
			n = child
			return true
		})
		n.line = line
	}
	t := &table{names: make([]string, 0, len(nameSet))}
	for name := range nameSet {
		t.names = append(t.names, strings.Clone(name)) // not a slice of the path, which can go
	}
	slices.Sort(t.names)
	// breadth first: a node's children are placed together when the node
	// is visited, sorted by seg
	queue := []*buildNode{root}
	t.nodes = make([]node, 1, size)
	t.nodes[0] = node{line: int32(root.line)}
	for i := 0; i < len(queue); i++ {
		b := queue[i]
		kids := make([]*buildNode, 0, len(b.children))
		for _, c := range b.children {
			kids = append(kids, c)
		}
		segs := make([]int32, len(kids))
		for k, c := range kids {
			segs[k] = t.segID(c.seg)
		}
		order := make([]int, len(kids))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(a, b int) int { return int(segs[a]) - int(segs[b]) })
		t.nodes[i].first, t.nodes[i].count = int32(len(t.nodes)), int32(len(kids))
		for _, k := range order {
			t.nodes = append(t.nodes, node{seg: segs[k], line: int32(kids[k].line)})
			queue = append(queue, kids[k])
		}
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
