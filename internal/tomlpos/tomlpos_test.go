package tomlpos

import "testing"

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
	})
}
