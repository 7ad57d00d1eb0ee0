package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// txtarFile is one file of a txtar archive.
type txtarFile struct {
	Name string
	Data string
}

// parseTxtar reads the txtar format (golang.org/x/tools/txtar): an
// optional comment, then files, each introduced by a line "-- NAME --"
// and holding every line up to the next such line.
func parseTxtar(src string) []txtarFile {
	var files []txtarFile
	var cur *txtarFile
	for _, line := range strings.SplitAfter(src, "\n") {
		trimmed := strings.TrimSuffix(line, "\n")
		if name, ok := strings.CutPrefix(trimmed, "-- "); ok && strings.HasSuffix(name, " --") {
			files = append(files, txtarFile{Name: strings.TrimSpace(strings.TrimSuffix(name, " --"))})
			cur = &files[len(files)-1]
			continue
		}
		if cur != nil {
			cur.Data += line
		}
	}
	return files
}

// writeTxtar writes the archive's files under dir; a name ending in "/"
// is an empty folder. replace maps placeholders to their text.
func writeTxtar(t *testing.T, dir, src string, replace map[string]string) {
	t.Helper()
	for _, f := range parseTxtar(src) {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if strings.HasSuffix(f.Name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data := f.Data
		for k, v := range replace {
			data = strings.ReplaceAll(data, k, v)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestParseTxtar(t *testing.T) {
	got := parseTxtar("comment\n-- a.txt --\none\ntwo\n-- dir/ --\n-- b --\n")
	want := []txtarFile{{"a.txt", "one\ntwo\n"}, {"dir/", ""}, {"b", ""}}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("file %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
