package tomlpos

import (
	"bytes"
	"os"
	"testing"

	"github.com/pelletier/go-toml/v2/unstable"
)

func TestLine(t *testing.T) {
	src := "schema_version = 1\n" + // 1
		"description = \"\"\"\n" + // 2
		"[[not]] a header\n" + // 3
		"name = 5\"\"\"\n" + // 4
		"a.b.c = 1\n" + // 5
		"models = [\n" + // 6
		"  { id = \"a\", name = \"A\" },\n" + // 7
		"  { id = \"b\",\n" + // 8
		"    name = \"B\" },\n" + // 9
		"]\n" + // 10
		"carries = [\"phi\",\n" + // 11
		"  \"logs\"]\n" + // 12
		"[[ports]]\n" + // 13
		"number = 443\n" + // 14
		"[[ports]]\r\n" + // 15
		"number = 80\r\n" + // 16
		"[ports.extra]\n" + // 17
		"x = 1\n" + // 18
		"[spdf]\n" + // 19
		"frameworks = []\n" // 20
	p := Scan([]byte(src))
	for _, tc := range []struct {
		path string
		want int
	}{
		{"schema_version", 1},
		{"description", 2},
		{"name", 1}, // inside the multi-line string: not a key; top level
		{"not", 1},
		{"a.b.c", 5},
		{"a.b", 1}, // dotted-key parents have no line of their own
		{"models", 6},
		{"models[0]", 7},
		{"models[0].name", 7},
		{"models[1]", 8},
		{"models[1].name", 9},
		{"carries[0]", 11},
		{"carries[1]", 12},
		{"ports", 13},
		{"ports[0]", 13},
		{"ports[0].number", 14},
		{"ports[1].number", 16},
		{"ports[1].extra.x", 18},
		{"ports[1].missing", 15},
		{"spdf.frameworks", 20},
		{"spdf.description", 19},
	} {
		if got := p.Line(tc.path); got != tc.want {
			t.Errorf("Line(%q) = %d, want %d", tc.path, got, tc.want)
		}
	}
	if got := p.Find("ports", "number"); got != 14 {
		t.Errorf("Find(ports, number) = %d, want 14", got)
	}
	if got := p.Find("ports", "x"); got != 18 {
		t.Errorf("Find(ports, x) = %d, want 18", got)
	}
	if got := p.Exact("ports[1].missing"); got != 0 {
		t.Errorf("Exact of a missing key = %d, want 0", got)
	}
}

// A syntax error keeps the positions read before it.
func TestLineAfterSyntaxError(t *testing.T) {
	p := Scan([]byte("a = 1\nb = \nc = 3\n"))
	if p.Exact("a") != 1 {
		t.Errorf("a: got %d", p.Exact("a"))
	}
}

func FuzzScan(f *testing.F) {
	f.Add([]byte("a = 1\n[[b]]\nc = [{ d = 1 }]\n"))
	f.Add([]byte("x = \"\"\"\n[y]\n\"\"\"\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p := Scan(src)
		p.Line("a.b[0].c")
		p.Find("b", "c")
		lines := scanLines(src)
		n := 0
		p.t.each(func(path string, line int) {
			n++
			if lines[path] != line {
				t.Errorf("each lists %q at %d, the scan at %d", path, line, lines[path])
			}
		})
		for path, line := range lines {
			if p.Exact(path) != line {
				t.Errorf("Exact(%q) = %d, the scan says %d", path, p.Exact(path), line)
			}
		}
		if n != len(lines) {
			t.Errorf("each lists %d paths, the scan recorded %d", n, len(lines))
		}
	})
}

// TestLineAtMatchesParser checks our line lookup against the parser's own
// (slow) Shape for every key and value of the example files and a CRLF
// variant of one.
func TestLineAtMatchesParser(t *testing.T) {
	var srcs [][]byte
	for _, name := range []string{"../../jspgen.toml", "../../content/halcyon-lvp7.toml", "../../content/dosewise.toml"} {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src, bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")))
	}
	for i, src := range srcs {
		var p unstable.Parser
		p.Reset(src)
		starts := lineStarts(src)
		checked := 0
		var walk func(n *unstable.Node)
		walk = func(n *unstable.Node) {
			if n.Raw.Length > 0 || n.Raw.Offset > 0 {
				if got, want := lineAt(starts, int(n.Raw.Offset)), p.Shape(n.Raw).Start.Line; got != want {
					t.Errorf("source %d, offset %d: line %d, parser says %d", i, n.Raw.Offset, got, want)
				}
				checked++
			}
			for it := n.Children(); it.Next(); {
				walk(it.Node())
			}
		}
		for p.NextExpression() {
			e := p.Expression()
			walk(e)
			if e.Kind == unstable.KeyValue || e.Kind == unstable.Table || e.Kind == unstable.ArrayTable {
				for it := e.Key(); it.Next(); {
					walk(it.Node())
				}
			}
		}
		if p.Error() != nil {
			t.Fatalf("source %d: %v", i, p.Error())
		}
		if checked < 100 {
			t.Errorf("source %d: only %d nodes checked", i, checked)
		}
	}
}

// TestScalars: every scalar with the path Scan gives its key, its decoded
// value, and the byte range of its text as written.
func TestScalars(t *testing.T) {
	src := "schema_version = 2\n" +
		"[[notes]]\nnumber = 1\ntext = \"a \\\"b\\\"\"\n" +
		"[[notes]]\nnumber = 2\ntext = '''\nlong\n'''\n" +
		"[mds2.answers]\n\"MPII-3.10\" = { answer = \"na\", reason = 'none' }\n" +
		"list = [1, [\"x\"]]\n"
	got, err := Scalars([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		path, value, raw string
		line             int
	}{
		{"schema_version", "2", "2", 1},
		{"notes[0].number", "1", "1", 3},
		{"notes[0].text", `a "b"`, `"a \"b\""`, 4},
		{"notes[1].number", "2", "2", 6},
		{"notes[1].text", "long\n", "'''\nlong\n'''", 7},
		{"mds2.answers.MPII-3.10.answer", "na", `"na"`, 11},
		{"mds2.answers.MPII-3.10.reason", "none", "'none'", 11},
		{"mds2.answers.list[0]", "1", "1", 12},
		{"mds2.answers.list[1][0]", "x", `"x"`, 12},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d scalars, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Path != w.path || g.Value != w.value || g.Raw != w.raw || g.Line != w.line || src[g.Start:g.End] != w.raw {
			t.Errorf("scalar %d = %+v; want path %q value %q raw %q line %d", i, g, w.path, w.value, w.raw, w.line)
		}
	}
	if _, err := Scalars([]byte("a = \"unterminated\n")); err == nil {
		t.Error("a syntax error is not returned")
	}
}

// TestRelease: a released table reads as unknown in every copy, and a
// zero Positions reads as unknown without a table.
func TestRelease(t *testing.T) {
	p := Scan([]byte("a = 1\n\n[b]\nc = 2\n"))
	copied := p
	if p.Exact("b.c") != 4 || copied.Line("b.c") != 4 {
		t.Fatalf("before: b.c at %d and %d, want 4", p.Exact("b.c"), copied.Line("b.c"))
	}
	p.Release()
	if copied.Exact("b.c") != 0 || copied.Line("b.c") != 1 || copied.Find("", "a") != 0 {
		t.Errorf("after release a copy still knows b.c at %d", copied.Exact("b.c"))
	}
	var zero Positions
	zero.Release()
	if zero.Exact("a") != 0 || zero.Line("a") != 1 {
		t.Error("the zero Positions knows a position")
	}
}
