package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
	os.WriteFile(filepath.Join(dir, MarkerName), []byte(MarkerContent), 0o644)
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
	os.WriteFile(filepath.Join(dir, MarkerName), []byte(MarkerContent), 0o644)
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
	if !hasMarker(dir) {
		t.Errorf("the new site carries no %s", MarkerName)
	}
	if got := o.Files(); len(got) != 1 || got[0] != "p/doc.md" {
		t.Errorf("Files() = %q; the marker is not a site file", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("Commit left %d entries beside the site, want none", len(entries)-1)
	}
}

func TestWriteRefusesEscapes(t *testing.T) {
	o, err := Begin(filepath.Join(t.TempDir(), "site"))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Abort()
	for _, rel := range []string{"../x", "/etc/passwd", "a/../../x", "", "a\\..\\x", MarkerName} {
		if err := o.Write(rel, nil); err == nil {
			t.Errorf("Write(%q) succeeded; want a refusal", rel)
		}
	}
}

// TestBeginRefusesForeignFolder: the last guard, without the inputs.
func TestBeginRefusesForeignFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "mine.md"), []byte("mine"), 0o644)
	if _, err := Begin(dir); err == nil || !strings.Contains(err.Error(), "jspgen did not build") {
		t.Fatalf("Begin on a folder without the marker: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("a refused Begin left %d entries beside the folder", len(entries)-1)
	}
}

// TestAbortRemovesCreatedParents: a failed build into new/sub/site leaves
// no new/ behind; an existing parent stays.
func TestAbortRemovesCreatedParents(t *testing.T) {
	base := t.TempDir()
	o, err := Begin(filepath.Join(base, "new", "sub", "site"))
	if err != nil {
		t.Fatal(err)
	}
	o.Write("a/b.md", []byte("x"))
	o.Abort()
	if entries, _ := os.ReadDir(base); len(entries) != 0 {
		t.Errorf("Abort left %v", entries)
	}
}

// TestStaleBuildFoldersRemoved: folders of killed builds carrying the
// marker go at the next Begin; one of a live process, one without the
// marker and other names stay.
func TestStaleBuildFoldersRemoved(t *testing.T) {
	base := t.TempDir()
	mk := func(name string, marker bool) string {
		p := filepath.Join(base, name)
		os.MkdirAll(filepath.Join(p, "x"), 0o755)
		if marker {
			os.WriteFile(filepath.Join(p, MarkerName), []byte(MarkerContent), 0o644)
		}
		return p
	}
	dead := mk(".site.new-999999999-123", true)
	deadOld := mk(".site.new-999999999-123.old", true)
	noPID := mk(".site.new-4242", true)
	foreign := mk(".site.new-999999999-7", false)
	live := mk(".site.new-1-5", true) // PID 1 is always running
	other := mk(".docs.new-999999999-1", true)
	empty := filepath.Join(base, ".site.new-999999999-9")
	os.Mkdir(empty, 0o755)
	o, err := Begin(filepath.Join(base, "site"))
	if err != nil {
		t.Fatal(err)
	}
	o.Abort()
	for _, p := range []string{dead, deadOld, noPID, empty} {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s survived", filepath.Base(p))
		}
	}
	for _, p := range []string{foreign, live, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
}

// TestCommitCleanupFailureIsHonest: when the previous site cannot be
// removed after the swap, the error says the new site is in place.
func TestCommitCleanupFailureIsHonest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, MarkerName), []byte(MarkerContent), 0o644)
	removeAll = func(string) error { return errors.New("device busy") }
	defer func() { removeAll = os.RemoveAll }()
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	o.Write("index.html", []byte("new"))
	err = o.Commit()
	var ce *CommitError
	if !errors.As(err, &ce) || ce.Unchanged {
		t.Fatalf("Commit = %#v; want a CommitError with Unchanged false", err)
	}
	if !strings.Contains(err.Error(), "the new site is in "+dir) || !strings.Contains(err.Error(), "could not be removed: device busy") {
		t.Errorf("message: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "new" {
		t.Errorf("the new site is not in place")
	}
}

// TestRelativeOutput: a site named relative to the working folder ("site",
// "out/site") is written and swapped in like an absolute one.
func TestRelativeOutput(t *testing.T) {
	for _, rel := range []string{"site", filepath.Join("out", "site")} {
		t.Run(rel, func(t *testing.T) {
			t.Chdir(t.TempDir())
			o, err := Begin(rel)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"index.html", "p/q/doc.md", "p/r/doc.md", "p/index.html"} {
				if err := o.Write(f, []byte(f)); err != nil {
					t.Fatal(err)
				}
			}
			if err := o.Commit(); err != nil {
				t.Fatal(err)
			}
			if b, err := os.ReadFile(filepath.Join(rel, "p", "q", "doc.md")); err != nil || string(b) != "p/q/doc.md" {
				t.Errorf("p/q/doc.md: %q, %v", b, err)
			}
		})
	}
}

// TestRemoveTree: the previous site's folders, removed on several
// goroutines, go whole, nested folders included; a folder that cannot be
// removed is reported (one error, as removeAll gives) and the rest goes.
func TestRemoveTree(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	for i := range 12 {
		sub := filepath.Join(dir, fmt.Sprintf("p%02d", i), "4.1.0", "notices")
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{filepath.Join(sub, "a.pdf"), filepath.Join(dir, fmt.Sprintf("p%02d", i), "index.html")} {
			if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("x"), 0o644)
	if err := removeTree(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("%s is still there: %v", dir, err)
	}

	os.MkdirAll(filepath.Join(dir, "busy"), 0o755)
	os.MkdirAll(filepath.Join(dir, "free"), 0o755)
	removeAll = func(p string) error {
		if filepath.Base(p) == "busy" {
			return errors.New("device busy")
		}
		return os.RemoveAll(p)
	}
	defer func() { removeAll = os.RemoveAll }()
	if err := removeTree(dir); err == nil || err.Error() != "device busy" {
		t.Errorf("removeTree = %v; want device busy", err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "free")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the folder that could go is still there")
	}
}
