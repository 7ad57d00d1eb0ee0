package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var updateMigrate = flag.Bool("update-migrate", false, "rewrite the want sections of testdata/migrate/*.txtar")

// TestMigrateCases runs each testdata/migrate/*.txtar case: the files
// before (in/…), the command line (args), and what must follow: each file
// after (want/…), standard output, standard error and the exit status.
func TestMigrateCases(t *testing.T) {
	cases, err := filepath.Glob("testdata/migrate/*.txtar")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]string{}
			var order []string
			for _, f := range parseTxtar(string(src)) {
				sections[f.Name] = f.Data
				order = append(order, f.Name)
			}
			dir := t.TempDir()
			for _, name := range order {
				if rel, ok := strings.CutPrefix(name, "in/"); ok {
					writeFile(t, filepath.Join(dir, rel), sections[name])
				}
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"migrate"}, strings.Fields(sections["args"])...), &stdout, &stderr)
			got := map[string]string{"stdout": stdout.String(), "stderr": stderr.String(), "exit": strconv.Itoa(code) + "\n"}
			for _, name := range order {
				if rel, ok := strings.CutPrefix(name, "want/"); ok {
					data, err := os.ReadFile(rel)
					if err != nil {
						t.Fatal(err)
					}
					got[name] = string(data)
				}
			}
			if *updateMigrate {
				var b strings.Builder
				for _, name := range order {
					data := sections[name]
					if g, ok := got[name]; ok {
						data = g
					}
					b.WriteString("-- " + name + " --\n" + data)
				}
				t.Chdir("/")
				if err := os.WriteFile(filepath.Join(wd, file), []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for name, g := range got {
				if want, ok := sections[name]; ok && g != want {
					t.Errorf("%s:\n got: %q\nwant: %q", name, g, want)
				}
			}
			for _, name := range []string{"stdout", "stderr", "exit"} {
				if _, ok := sections[name]; !ok {
					t.Errorf("case has no %s section", name)
				}
			}
		})
	}
}

var wd, _ = os.Getwd()

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
