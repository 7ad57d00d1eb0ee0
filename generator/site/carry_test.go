package site

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// previousSite makes a site folder with the marker, a product folder p
// holding doc.md, and shared.txt at its root.
func previousSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := os.MkdirAll(filepath.Join(dir, "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{MarkerName: MarkerContent, "p/doc.md": "old doc", "shared.txt": "shared"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readString(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// carryPLinkShared begins a build over the previous site in dir that
// carries folder p over and links shared.txt.
func carryPLinkShared(t *testing.T, dir string) *Output {
	t.Helper()
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Carry("p", []string{"p/doc.md"}); err != nil {
		t.Fatal(err)
	}
	if err := o.Link("shared.txt"); err != nil {
		t.Fatal(err)
	}
	return o
}

// TestCarryAndLinkCommit: a carried folder and a linked file are in the
// new site after Commit, listed among its files, with their bytes.
func TestCarryAndLinkCommit(t *testing.T) {
	dir := previousSite(t)
	o := carryPLinkShared(t, dir)
	if err := o.Write("q/new.md", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, filepath.Join(dir, "p", "doc.md")); got != "old doc" {
		t.Errorf("carried p/doc.md = %q", got)
	}
	if got := readString(t, filepath.Join(dir, "shared.txt")); got != "shared" {
		t.Errorf("linked shared.txt = %q", got)
	}
	if want := []string{"p/doc.md", "q/new.md", "shared.txt"}; !slices.Equal(o.Files(), want) {
		t.Errorf("files %v, want %v", o.Files(), want)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("the commit left %d entries beside the site", len(entries)-1)
	}
}

// TestCarryAbortLeavesPreviousSite: nothing of the previous site moves
// before Commit; a build that fails leaves it whole.
func TestCarryAbortLeavesPreviousSite(t *testing.T) {
	dir := previousSite(t)
	o := carryPLinkShared(t, dir)
	o.Abort()
	if got := readString(t, filepath.Join(dir, "p", "doc.md")); got != "old doc" {
		t.Errorf("p/doc.md = %q after Abort", got)
	}
	if got := readString(t, filepath.Join(dir, "shared.txt")); got != "shared" {
		t.Errorf("shared.txt = %q after Abort", got)
	}
}

// TestCarryFailedCommitPutsFoldersBack: a folder that cannot be carried
// (gone from the previous site) fails the commit, and the folders already
// taken go back: the previous site is as it was.
func TestCarryFailedCommitPutsFoldersBack(t *testing.T) {
	dir := previousSite(t)
	o, err := Begin(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Carry("p", []string{"p/doc.md"}); err != nil {
		t.Fatal(err)
	}
	if err := o.Carry("gone", nil); err != nil {
		t.Fatal(err)
	}
	err = o.Commit()
	ce, ok := err.(*CommitError)
	if !ok || !ce.Unchanged {
		t.Fatalf("Commit = %v, want a CommitError leaving the site unchanged", err)
	}
	if got := readString(t, filepath.Join(dir, "p", "doc.md")); got != "old doc" {
		t.Errorf("p/doc.md = %q after the failed commit", got)
	}
}

func TestCarryRefusesPaths(t *testing.T) {
	o, err := Begin(previousSite(t))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Abort()
	if err := o.Write("w/x.md", []byte("x")); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"../p", "p/q", "", MarkerName, "w"} {
		if err := o.Carry(dir, nil); err == nil {
			t.Errorf("Carry(%q) accepted", dir)
		}
	}
	for _, rel := range []string{"../x", MarkerName} {
		if err := o.Link(rel); err == nil {
			t.Errorf("Link(%q) accepted", rel)
		}
	}
}

// TestCommitWhile: then runs once the new site is in place (the build
// records it there while the previous site is removed), even when the
// previous site then cannot be removed; it does not run when the swap
// fails and the previous site stays.
func TestCommitWhile(t *testing.T) {
	t.Run("in place", func(t *testing.T) {
		dir := previousSite(t)
		o, err := Begin(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := o.Write("index.html", []byte("new")); err != nil {
			t.Fatal(err)
		}
		ran := 0
		if err := o.CommitWhile(func() {
			ran++
			if got := readString(t, filepath.Join(dir, "index.html")); got != "new" {
				t.Errorf("then sees index.html = %q, want the new site's", got)
			}
		}); err != nil {
			t.Fatal(err)
		}
		if ran != 1 {
			t.Errorf("then ran %d times, want once", ran)
		}
		if _, err := os.Stat(filepath.Join(dir, "p")); !os.IsNotExist(err) {
			t.Errorf("the previous site's folder p is still there: %v", err)
		}
	})
	t.Run("previous site not removed", func(t *testing.T) {
		dir := previousSite(t)
		removeAll = func(string) error { return errors.New("device busy") }
		defer func() { removeAll = os.RemoveAll }()
		o, err := Begin(dir)
		if err != nil {
			t.Fatal(err)
		}
		ran := false
		err = o.CommitWhile(func() { ran = true })
		var ce *CommitError
		if !errors.As(err, &ce) || ce.Unchanged || !ran {
			t.Errorf("CommitWhile = %v, then ran %v; want a CommitError with the new site in place, and then run", err, ran)
		}
	})
	t.Run("swap failed", func(t *testing.T) {
		dir := previousSite(t)
		o, err := Begin(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := o.Carry("gone", nil); err != nil {
			t.Fatal(err)
		}
		ran := false
		err = o.CommitWhile(func() { ran = true })
		var ce *CommitError
		if !errors.As(err, &ce) || !ce.Unchanged || ran {
			t.Errorf("CommitWhile = %v, then ran %v; want a CommitError leaving the site unchanged, and then not run", err, ran)
		}
	})
}
