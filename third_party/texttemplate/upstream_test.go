// Copyright 2026 The jspgen Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package template

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// ownFiles are the files of this folder that are jspgen's, not Go's: what
// the copy is and why, and this test.
var ownFiles = []string{"PATCH.diff", "README.jspgen.md", "staticcheck.conf", "upstream_test.go"}

// TestCopyIsGoSourcesWithPatch: this folder is the toolchain's
// text/template (and internal/fmtsort) with PATCH.diff applied, file for
// file. The copy does not follow the toolchain by itself; when a Go
// release changes text/template (a security fix, say), this test fails
// until the new sources are copied over these and the patch applied again
// (README.jspgen.md, "Upgrading Go"), so such a fix cannot be missed. It
// also fails when the copy is changed without PATCH.diff saying so.
func TestCopyIsGoSourcesWithPatch(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil { // it applies the patch
		if os.Getenv("JSPGEN_REQUIRE_TOOLS") == "1" {
			t.Fatal("git, which applies PATCH.diff, is not installed")
		}
		t.Skip("git, which applies PATCH.diff, is not installed")
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))
	want := t.TempDir()
	copyGo := func(from, to string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(goroot, from))
		if err != nil {
			t.Fatalf("reading the toolchain's sources: %v", err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(want, to)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(want, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyGo("LICENSE", "LICENSE")
	for _, dir := range []struct{ from, to string }{{"src/text/template", ""}, {"src/text/template/testdata", "testdata"}, {"src/internal/fmtsort", "internal/fmtsort"}} {
		entries, err := os.ReadDir(filepath.Join(goroot, dir.from))
		if err != nil {
			t.Fatalf("reading the toolchain's sources: %v", err)
		}
		for _, e := range entries {
			// link_test.go builds and runs a program with the go command;
			// it tests the linker, not templates, and is not copied.
			if !e.IsDir() && e.Name() != "link_test.go" {
				copyGo(filepath.Join(dir.from, e.Name()), filepath.Join(dir.to, e.Name()))
			}
		}
	}
	apply := exec.Command("git", "apply", "-p1", "--whitespace=nowarn", mustAbs(t, "PATCH.diff"))
	apply.Dir = want
	if out, err := apply.CombinedOutput(); err != nil {
		t.Fatalf("PATCH.diff does not apply to the text/template of this toolchain (%s, %s): %v\n%s\nCopy its sources over this folder and apply PATCH.diff again (README.jspgen.md, Upgrading Go).", runtime.Version(), goroot, err, out)
	}

	wantFiles, gotFiles := files(t, want), files(t, ".")
	gotFiles = slices.DeleteFunc(gotFiles, func(f string) bool { return slices.Contains(ownFiles, f) })
	if !slices.Equal(wantFiles, gotFiles) {
		t.Errorf("files differ from the toolchain's text/template with PATCH.diff (%s):\ncopy:    %v\nwith patch: %v", runtime.Version(), gotFiles, wantFiles)
	}
	for _, f := range wantFiles {
		w, _ := os.ReadFile(filepath.Join(want, f))
		g, err := os.ReadFile(f)
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(w, g) {
			t.Errorf("%s differs from the toolchain's (%s) with PATCH.diff applied: copy the new sources and apply the patch again, or put the change in PATCH.diff (README.jspgen.md)", f, runtime.Version())
		}
	}
}

func mustAbs(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return abs
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
