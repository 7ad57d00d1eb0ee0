// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// upstream is the release this folder copies (README.jspgen.md).
const upstream = "codeberg.org/go-pdf/fpdf@v0.12.0"

// ownFiles are the files of this folder that are jspgen's, not the
// release's and not PATCH.diff's: what the copy is and why, and this test.
var ownFiles = []string{"PATCH.diff", "README.jspgen.md", "upstream_test.go"}

// copied reports whether the release's file rel is one the copy keeps:
// the package's own sources, the core-font metrics it embeds, go.mod,
// go.sum, README.md and LICENSE; not its tests, dotfiles, Makefile or
// other directories (README.jspgen.md).
func copied(rel string) bool {
	if strings.HasPrefix(rel, "font_embed/") {
		return true
	}
	return !strings.Contains(rel, "/") && !strings.HasSuffix(rel, "_test.go") && !strings.HasPrefix(rel, ".") && rel != "Makefile"
}

// TestCopyIsReleaseWithPatch: this folder is the release with PATCH.diff
// applied, file for file, so that the diff kept for upstream is the
// whole change and a change to the copy outside it cannot go unnoticed.
// The release comes from the module cache (go mod download: offline
// once fetched); without it the test is skipped, or fails under
// JSPGEN_REQUIRE_TOOLS=1 (CI).
func TestCopyIsReleaseWithPatch(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil { // it applies the patch
		if os.Getenv("JSPGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal("git, which applies PATCH.diff, is not installed")
		}
		t.Skip("git, which applies PATCH.diff, is not installed")
	}
	download := exec.Command("go", "mod", "download", "-json", upstream)
	download.Dir = t.TempDir() // outside this module, which has the same path
	out, err := download.Output()
	var mod struct{ Dir, Error string }
	_ = json.Unmarshal(out, &mod) // on failure, Error says why
	if err != nil || mod.Dir == "" {
		msg := fmt.Sprintf("cannot fetch %s to compare the copy with (go mod download: %v): %s", upstream, err, mod.Error)
		if os.Getenv("JSPGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	want := t.TempDir()
	for _, rel := range files(t, mod.Dir) {
		if !copied(rel) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(mod.Dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(want, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(want, rel), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	patch, err := filepath.Abs("PATCH.diff")
	if err != nil {
		t.Fatal(err)
	}
	apply := exec.Command("git", "apply", "-p1", "--whitespace=nowarn", patch)
	apply.Dir = want
	if out, err := apply.CombinedOutput(); err != nil {
		t.Fatalf("PATCH.diff does not apply to %s: %v\n%s", upstream, err, out)
	}

	wantFiles := files(t, want)
	gotFiles := slices.DeleteFunc(files(t, "."), func(f string) bool { return slices.Contains(ownFiles, f) })
	if !slices.Equal(wantFiles, gotFiles) {
		t.Errorf("files differ from %s with PATCH.diff:\ncopy:       %v\nwith patch: %v", upstream, gotFiles, wantFiles)
	}
	for _, f := range wantFiles {
		w, _ := os.ReadFile(filepath.Join(want, f))
		g, err := os.ReadFile(f)
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(w, g) {
			t.Errorf("%s differs from %s with PATCH.diff applied: put the change in PATCH.diff (README.jspgen.md)", f, upstream)
		}
	}
}

// files lists the regular files under root, slash-separated and sorted.
func files(t *testing.T, root string) []string {
	t.Helper()
	var list []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, path)
		list = append(list, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(list)
	return list
}
