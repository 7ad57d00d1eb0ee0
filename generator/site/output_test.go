package site

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAbortLeavesPreviousSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Write("index.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	o.Abort()
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "old" {
		t.Errorf("after Abort, index.html = %q, want the previous %q", b, "old")
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("Abort left %d entries beside the site, want none", len(entries)-1)
	}
}

func TestCommitReplacesSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	os.MkdirAll(filepath.Join(dir, "stale"), 0o755)
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Write("p/doc.md", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "stale")); !os.IsNotExist(err) {
		t.Errorf("stale file survived the swap")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "p", "doc.md")); string(b) != "x" {
		t.Errorf("p/doc.md = %q", b)
	}
}

func TestWriteRefusesEscapes(t *testing.T) {
	o, err := Begin(filepath.Join(t.TempDir(), "site"))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Abort()
	for _, rel := range []string{"../x", "/etc/passwd", "a/../../x", "", "a\\..\\x"} {
		if err := o.Write(rel, nil); err == nil {
			t.Errorf("Write(%q) succeeded; want a refusal", rel)
		}
	}
}
