package migrate

import (
	"strconv"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// value is a scalar of the file: its key path, kind, decoded value and
// where its text is.
type value struct {
	path       string
	kind       unstable.Kind
	value      string // decoded (strings)
	raw        string // as written, with its quotes
	start, end int    // byte offsets of raw
	line       int
}

// scanValues lists every scalar value of src by key path, with the same
// paths as internal/tomlpos ("ports[3].direction", "mds2.notes[0].text").
func scanValues(src []byte) (out map[string]value, err error) {
	s := valueScanner{out: map[string]value{}, counts: map[string]int{}}
	s.p.Reset(src)
	for s.p.NextExpression() {
		s.expression(s.p.Expression())
	}
	return s.out, s.p.Error()
}

type valueScanner struct {
	p       unstable.Parser
	out     map[string]value
	counts  map[string]int // array-of-tables path → entries seen
	current string
}

func (s *valueScanner) expression(e *unstable.Node) {
	switch e.Kind {
	case unstable.Table:
		s.current = s.resolve(keySegments(e.Key()))
	case unstable.ArrayTable:
		base := s.resolve(keySegments(e.Key()))
		s.current = base + "[" + strconv.Itoa(s.counts[base]) + "]"
		s.counts[base]++
	case unstable.KeyValue:
		s.keyValue(s.current, e)
	}
}

func (s *valueScanner) keyValue(base string, kv *unstable.Node) {
	s.value(tomlpos.Join(base, keySegments(kv.Key())...), kv.Value())
}

func (s *valueScanner) value(path string, v *unstable.Node) {
	switch v.Kind {
	case unstable.InlineTable:
		it := v.Children()
		for it.Next() {
			s.keyValue(path, it.Node())
		}
	case unstable.Array:
		it := v.Children()
		for i := 0; it.Next(); i++ {
			s.value(path+"["+strconv.Itoa(i)+"]", it.Node())
		}
	default:
		if v.Raw.Length == 0 {
			return
		}
		raw := s.p.Raw(v.Raw)
		s.out[path] = value{path: path, kind: v.Kind, value: string(v.Data), raw: string(raw),
			start: int(v.Raw.Offset), end: int(v.Raw.Offset + v.Raw.Length), line: s.p.Shape(v.Raw).Start.Line}
	}
}

func keySegments(it unstable.Iterator) []string {
	var segs []string
	for it.Next() {
		segs = append(segs, string(it.Node().Data))
	}
	return segs
}

// resolve turns a dotted header key into a path, giving each segment that
// is an array of tables its current (last) index (as tomlpos does).
func (s *valueScanner) resolve(key []string) string {
	path := ""
	for j, seg := range key {
		path = tomlpos.Join(path, seg)
		if n, ok := s.counts[path]; ok && j < len(key)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}
