// Package tomlpos maps the key paths of a TOML document ("ports[3].direction",
// "models[1].id", "interfaces[0].carries[2]") to the lines that define them.
// It is the one source of positions for every TOML file jspgen reads (the
// product and site files, the MDS2 catalog): BurntSushi/toml, which decodes
// them, keeps key positions private and loses the index of array-of-tables
// entries, so the document is parsed a second time with
// github.com/pelletier/go-toml/v2's position-keeping parser.
package tomlpos

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Positions maps key paths to 1-based lines. Copies share the table, so
// that Release frees it for all of them.
type Positions struct {
	t *table // nil: none
}

// Release frees the table of every copy of p, when a program no longer
// reports problems about the document (a large product file's table is
// bigger than the file); every position then reads as unknown.
func (p Positions) Release() { p.ReleaseKeeping(nil) }

// ReleaseKeeping is Release but keeps the paths keep accepts (a handful:
// those whose mere presence a later stage still asks about).
func (p Positions) ReleaseKeeping(keep func(path string) bool) {
	if p.t == nil {
		return
	}
	kept := map[string]int{}
	if keep != nil {
		p.t.each(func(path string, line int) {
			if keep(path) {
				kept[path] = line
			}
		})
	}
	*p.t = *newTable(kept)
}

// Scan parses src and records the line of every table header, key, array
// element and inline-table entry. A syntax error stops the scan; what was
// read before it keeps its positions (the decoder reports the error).
func Scan(src []byte) Positions { return Positions{newTable(scanLines(src))} }

// scanLines is what Scan records, as a map from key path to line.
func scanLines(src []byte) map[string]int {
	s := scanner{lines: map[string]int{}, counts: map[string]int{}, starts: lineStarts(src)}
	s.p.Reset(src)
	for s.p.NextExpression() {
		s.expression(s.p.Expression())
	}
	return s.lines
}

// Scalar is one scalar value of a TOML document (a string, number, date
// or boolean) and where its text is.
type Scalar struct {
	Path       string        // key path, as Scan names it: "mds2.notes[0].text"
	Kind       unstable.Kind // unstable.String, unstable.Integer, …
	Value      string        // decoded (a string's text without quotes or escapes)
	Raw        string        // as written, quotes included
	Start, End int           // byte offsets of Raw in the document
	Line       int
}

// Scalars lists every scalar value of src by key path, in document order,
// for tools that edit a file in place (jspgen migrate). A syntax error is
// returned with what was read before it.
func Scalars(src []byte) ([]Scalar, error) {
	var out []Scalar
	s := scanner{lines: map[string]int{}, counts: map[string]int{}, starts: lineStarts(src)}
	s.scalar = func(path string, v *unstable.Node) {
		out = append(out, Scalar{Path: path, Kind: v.Kind, Value: string(v.Data), Raw: string(s.p.Raw(v.Raw)),
			Start: int(v.Raw.Offset), End: int(v.Raw.Offset + v.Raw.Length), Line: s.line(v)})
	}
	s.p.Reset(src)
	for s.p.NextExpression() {
		s.expression(s.p.Expression())
	}
	return out, s.p.Error()
}

// Line returns the line defining path, or of its nearest ancestor that has
// one (a missing key is reported at its table), or 1 for a top-level key.
func (p Positions) Line(path string) int {
	for path != "" {
		if l := p.t.line(path); l > 0 {
			return l
		}
		path = Parent(path)
	}
	return 1
}

// Exact returns the line defining path itself, or 0.
func (p Positions) Exact(path string) int { return p.t.line(path) }

// Find returns the first line of key in any entry of the array of tables
// named table ("questions": questions[0].key, questions[1].x.key, …), or
// of the top-level key when table is "", or 0.
func (p Positions) Find(table, key string) int {
	if table == "" {
		return p.t.line(key)
	}
	best := 0
	p.t.each(func(path string, l int) {
		rest, ok := strings.CutPrefix(path, table+"[")
		if !ok {
			return
		}
		if _, after, ok := strings.Cut(rest, "]."); ok && (after == key || strings.HasSuffix(after, "."+key)) && (best == 0 || l < best) {
			best = l
		}
	})
	return best
}

// Parent drops the last segment of a path: "a[2].b" → "a[2]" → "a" → "".
func Parent(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

type scanner struct {
	p       unstable.Parser
	lines   map[string]int                      // key path → line
	counts  map[string]int                      // array-of-tables path → entries seen
	current string                              // the table the keys belong to
	starts  []int                               // byte offset where each line starts
	scalar  func(path string, v *unstable.Node) // called for each scalar value (Scalars), when set
}

// lineStarts lists the offset of each line's first byte. The parser's own
// Shape counts newlines from the start of the document for every node,
// which made scanning a 2,400-line product file quadratic (half the time
// of an incremental build went there).
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func (s *scanner) expression(e *unstable.Node) {
	switch e.Kind {
	case unstable.Table:
		key, line := s.key(e.Key())
		s.current = s.resolve(key)
		s.record(s.current, line)
	case unstable.ArrayTable:
		key, line := s.key(e.Key())
		base := s.resolve(key)
		s.current = base + "[" + strconv.Itoa(s.counts[base]) + "]"
		s.counts[base]++
		s.record(s.current, line)
		if _, ok := s.lines[base]; !ok {
			s.lines[base] = line
		}
	case unstable.KeyValue:
		s.keyValue(s.current, e)
	}
}

// keyValue records a key = value under base and what the value holds.
func (s *scanner) keyValue(base string, kv *unstable.Node) {
	key, line := s.key(kv.Key())
	path := Join(base, key...)
	s.record(path, line)
	s.value(path, kv.Value())
}

// value records the entries of arrays and inline tables.
func (s *scanner) value(path string, v *unstable.Node) {
	switch v.Kind {
	case unstable.InlineTable:
		it := v.Children()
		for it.Next() {
			s.keyValue(path, it.Node())
		}
	case unstable.Array:
		it := v.Children()
		for i := 0; it.Next(); i++ {
			el := it.Node()
			ep := path + "[" + strconv.Itoa(i) + "]"
			if line := s.line(el); line > 0 {
				s.record(ep, line)
			}
			s.value(ep, el)
		}
	default:
		if s.scalar != nil && v.Raw.Length > 0 {
			s.scalar(path, v)
		}
	}
}

// key returns a (possibly dotted) key's segments and the line it starts on.
func (s *scanner) key(it unstable.Iterator) ([]string, int) {
	var segs []string
	line := 0
	for it.Next() {
		n := it.Node()
		if line == 0 {
			line = s.line(n)
		}
		segs = append(segs, string(n.Data))
	}
	return segs, line
}

// line is the 1-based line a node starts on, or 0 when the parser keeps no
// range for it (arrays: their first element's line is used instead).
func (s *scanner) line(n *unstable.Node) int {
	if n.Raw.Length == 0 && n.Raw.Offset == 0 {
		if n.Kind == unstable.Array {
			if c := n.Child(); c != nil {
				return s.line(c)
			}
		}
		return 0
	}
	return lineAt(s.starts, int(n.Raw.Offset))
}

// lineAt is the 1-based line holding offset: the last line starting at or
// before it.
func lineAt(starts []int, offset int) int {
	i, found := slices.BinarySearch(starts, offset)
	if found {
		return i + 1
	}
	return i
}

func (s *scanner) record(path string, line int) {
	if line > 0 {
		s.lines[path] = line
	}
}

// resolve turns a dotted header key into a path, giving each segment that
// is an array of tables its current (last) index.
func (s *scanner) resolve(key []string) string {
	path := ""
	for j, seg := range key {
		path = Join(path, seg)
		if n, ok := s.counts[path]; ok && j < len(key)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// Join appends key segments to a key path: Join("a[2]", "b") is "a[2].b".
func Join(base string, segs ...string) string {
	for _, seg := range segs {
		if base == "" {
			base = seg
		} else {
			base += "." + seg
		}
	}
	return base
}
