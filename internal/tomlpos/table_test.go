package tomlpos

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oddKeys is a document whose quoted keys look like the separators of a
// path: dots, brackets, an index that is not canonical, an empty key.
const oddKeys = `"a.b" = 1
a = { b = 2 }
"x[1]" = 3
"y[01]" = 4
"z[1" = 5
"w]" = 6
"" = 7
[t]
"" = 8
"[0]" = 9
v = [[1, 2], [3]]
[[arr]]
k = 1
[[arr]]
"k.j" = 2
`

// TestTableAgreesWithMap: the compact table answers every path of real
// product files and of oddKeys with the line the scan recorded, answers
// 0 for paths the scan did not record (ancestors, siblings, misspellings),
// and lists exactly the recorded paths.
func TestTableAgreesWithMap(t *testing.T) {
	docs := map[string][]byte{"oddKeys": []byte(oddKeys)}
	files, _ := filepath.Glob("../../content/*.toml")
	if len(files) == 0 {
		t.Fatal("no example product files")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = src
	}
	for name, src := range docs {
		lines := scanLines(src)
		tab := newTable(lines)
		for path, want := range lines {
			if got := tab.line(path); got != want {
				t.Errorf("%s: line(%q) = %d, want %d", name, path, got, want)
			}
			for _, other := range []string{path + "x", path + "[0]", path + ".x", path + "[99999]", "x" + path, strings.TrimSuffix(path, "]")} {
				if _, ok := lines[other]; !ok && tab.line(other) != 0 {
					t.Errorf("%s: line(%q) = %d, want 0 (not recorded)", name, other, tab.line(other))
				}
			}
		}
		listed := map[string]int{}
		tab.each(func(path string, line int) { listed[path] = line })
		if len(listed) != len(lines) {
			t.Errorf("%s: each lists %d paths, the scan recorded %d", name, len(listed), len(lines))
		}
		for path, line := range listed {
			if lines[path] != line {
				t.Errorf("%s: each lists %q at %d, the scan at %d", name, path, line, lines[path])
			}
		}
	}
	lines := scanLines([]byte(oddKeys))
	for _, path := range []string{"a.b", "x[1]", "y[01]", "z[1", "w]", "t.[0]", "t.", "", "t.v[0][1]", "arr[1].k.j"} {
		if _, ok := lines[path]; !ok {
			t.Errorf("oddKeys: the scan did not record %q; the test no longer covers it", path)
		}
	}
}

// TestTableSmallerThanFile: the reason the table exists. A product file's
// table stays well under the size of the file (the map it replaces took
// 1.3 times the file).
func TestTableSmallerThanFile(t *testing.T) {
	src, err := os.ReadFile("../../content/halcyon-lvp7.toml")
	if err != nil {
		t.Fatal(err)
	}
	tab := newTable(scanLines(src))
	size := len(tab.nodes) * 16
	for _, n := range tab.names {
		size += 16 + len(n)
	}
	if size > len(src)/2 {
		t.Errorf("table of %d bytes for a file of %d bytes", size, len(src))
	}
	t.Logf("%d nodes, %d names: %d bytes for a file of %d bytes", len(tab.nodes), len(tab.names), size, len(src))
}
