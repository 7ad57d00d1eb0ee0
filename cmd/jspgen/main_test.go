package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/site"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// repo copies the example product repository (site file and content) into a
// temporary folder with a previous site in it, and returns its root.
func repo(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	copyFile(t, "../../jspgen.toml", filepath.Join(root, "jspgen.toml"))
	err := filepath.WalkDir("../../content", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("../../content", path)
		copyFile(t, path, filepath.Join(root, "content", rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(root, "site"), 0o755)
	os.WriteFile(filepath.Join(root, "site", "index.html"), []byte("previous site"), 0o644)
	os.WriteFile(filepath.Join(root, "site", site.MarkerName), []byte(site.MarkerContent), 0o644)
	return root
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o755)
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

const productFile = "content/halcyon-lvp7.toml"

// replaceLine replaces the first line of file starting with prefix and
// returns its 1-based number.
func replaceLine(t *testing.T, root, file, prefix, with string) int {
	t.Helper()
	path := filepath.Join(root, file)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			lines[i] = with
			os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
			return i + 1
		}
	}
	t.Fatalf("%s has no line starting with %q", file, prefix)
	return 0
}

func buildIn(root string, extra ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	args := append([]string{"build",
		"--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content"),
		"--templates", filepath.Join(root, "templates"), "--out", filepath.Join(root, "site")}, extra...)
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestBadInput runs the build the way a user does on broken input: each case
// must fail with exit status 1, name the file and line, and leave the
// previous site untouched.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(t *testing.T, root string) string // returns the expected message
	}{
		{"unknown key", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "schema_version", "schema_version = 2\ncolour = \"red\"")
			return fmt.Sprintf("halcyon-lvp7.toml:%d: colour: unknown key", n+1)
		}},
		{"wrong type", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "name = ", "name = 42")
			return fmt.Sprintf("halcyon-lvp7.toml:%d: name: want a string; got integer 42", n)
		}},
		{"wrong type in array of tables", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "number = ", `number = "443"`)
			return fmt.Sprintf("halcyon-lvp7.toml:%d: versions[2].changes.ports_added[0].number: want an integer; got string \"443\"", n)
		}},
		{"enum out of its set", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "direction = ", `direction = "inbound"`)
			return fmt.Sprintf("halcyon-lvp7.toml:%d: versions[2].changes.ports_added[0].direction: want one of in, out, both; got \"inbound\"", n)
		}},
		{"missing required field", func(t *testing.T, root string) string {
			replaceLine(t, root, productFile, "name = ", "")
			return "halcyon-lvp7.toml:1: name: missing required key"
		}},
		{"malformed TOML", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "name = ", `name = "unterminated`)
			return fmt.Sprintf("halcyon-lvp7.toml:%d: TOML syntax:", n)
		}},
		{"invalid date", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "release_date = ", `release_date = "2026-02-30"`)
			return fmt.Sprintf("halcyon-lvp7.toml:%d: documents.security_plan.release_date: want an ISO 8601 date YYYY-MM-DD; got \"2026-02-30\"", n)
		}},
		{"duplicate product ID", func(t *testing.T, root string) string {
			copyFile(t, filepath.Join(root, productFile), filepath.Join(root, "content", "zz-copy.toml"))
			return "zz-copy.toml:"
		}},
		{"product ID escaping the site", func(t *testing.T, root string) string {
			n := replaceLine(t, root, productFile, "id = ", `id = "../x"`)
			return fmt.Sprintf("halcyon-lvp7.toml:%d: id: want a slug", n)
		}},
		{"unknown schema version", func(t *testing.T, root string) string {
			n := replaceLine(t, root, "jspgen.toml", "schema_version", "schema_version = 9")
			return fmt.Sprintf("jspgen.toml:%d: schema_version: unknown schema version: want 2; got 9", n)
		}},
		{"template error", func(t *testing.T, root string) string {
			os.MkdirAll(filepath.Join(root, "templates"), 0o755)
			os.WriteFile(filepath.Join(root, "templates", "security-plan.md.tmpl"), []byte("# Plan\n\n{{ .Product.Nonexistent }}\n"), 0o644)
			return "templates/security-plan.md.tmpl:3:"
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := repo(t)
			want := tc.break_(t, root)
			code, _, stderr := buildIn(root)
			if code != exitProblems {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitProblems, stderr)
			}
			kindtest.SaysAll(t, "stderr", stderr, want)
			if b, _ := os.ReadFile(filepath.Join(root, "site", "index.html")); string(b) != "previous site" {
				t.Errorf("the previous site was changed by a failed build")
			}
		})
	}
}

func TestDuplicateProductIDNamesBothFiles(t *testing.T) {
	root := repo(t)
	copyFile(t, filepath.Join(root, productFile), filepath.Join(root, "content", "zz-copy.toml"))
	_, _, stderr := buildIn(root)
	if !strings.Contains(stderr, `duplicate product ID "halcyon-lvp7" (already used by `) || !strings.Contains(stderr, "content/halcyon-lvp7.toml:") {
		t.Errorf("want both files named:\n%s", stderr)
	}
}

func TestBuildThenCheck(t *testing.T) {
	root := repo(t)
	code, stdout, stderr := buildIn(root)
	if code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	kindtest.SaysAll(t, "build summary", stdout, "security-plan", "documents", "files", "warnings", "Total in")
	for _, f := range []string{"index.html", "assets/style.css", "halcyon-lvp7/security-plan.md", "halcyon-lvp7/security-plan.html", "halcyon-lvp7/security-plan.pdf"} {
		if _, err := os.Stat(filepath.Join(root, "site", f)); err != nil {
			t.Errorf("site lacks %s", f)
		}
	}
	var out, errOut bytes.Buffer
	code = run([]string{"check", "--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content"), "--format", "json"}, &out, &errOut)
	if code != exitOK || !strings.Contains(out.String(), `"ok": true`) {
		t.Errorf("check: exit %d\n%s%s", code, out.String(), errOut.String())
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"build", "--nope"}, {"check", "--format", "xml"}, {"build", "extra"}, {},
		{"init", "a", "b"}, {"serve", "--addr", "0.0.0.0:8080"}, {"serve", "--addr", "192.168.1.2:80"}, {"serve", "--addr", "nonsense"}, {"version", "x"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != exitUsage || errOut.Len() == 0 {
			t.Errorf("jspgen %q: exit %d, want %d with a message on stderr; stderr %q", args, code, exitUsage, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"version"}, &out, &errOut); code != exitOK || !strings.HasPrefix(out.String(), "jspgen ") {
		t.Errorf("version: exit %d, output %q", code, out.String())
	}
	// --help on every command: usage on stdout, nothing on stderr, exit 0
	for _, c := range commands {
		for _, flag := range []string{"--help", "-h"} {
			out.Reset()
			errOut.Reset()
			if code := run([]string{c.name, flag}, &out, &errOut); code != exitOK || !strings.Contains(out.String(), "Usage: jspgen "+c.name) || errOut.Len() > 0 {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", c.name, flag, code, out.String(), errOut.String())
			}
		}
	}
	out.Reset()
	if code := run([]string{"--help"}, &out, &errOut); code != exitOK || !strings.Contains(out.String(), "serve") || !strings.Contains(out.String(), "init") {
		t.Errorf("--help: exit %d, output %q", code, out.String())
	}
}
