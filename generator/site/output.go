// Package site writes a build's files: into a temporary folder beside the
// output folder, swapped in only when everything succeeded, so a failed
// build leaves the previous site as it was.
package site

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Output is a site being written.
type Output struct {
	final string
	tmp   string
	files []string
}

// Begin starts a build of the folder dir.
func Begin(dir string) (*Output, error) {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return nil, fmt.Errorf("creating the build folder: %w", err)
	}
	// MkdirTemp makes the folder private; a published site is world-readable.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	return &Output{final: dir, tmp: tmp}, nil
}

// Write writes one file at the slash-separated path rel inside the site.
// rel must stay inside the site: it comes from validated IDs only, and this
// is the last guard.
func (o *Output) Write(rel string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") {
		return fmt.Errorf("refusing to write %q outside the site folder", rel)
	}
	path := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	o.files = append(o.files, rel)
	return nil
}

// Files lists the files written so far, sorted.
func (o *Output) Files() []string {
	out := slices.Clone(o.files)
	slices.Sort(out)
	return out
}

// Commit replaces the output folder with the new build.
func (o *Output) Commit() error {
	old := ""
	if _, err := os.Stat(o.final); err == nil {
		old = o.tmp + ".old"
		if err := os.Rename(o.final, old); err != nil {
			o.Abort()
			return fmt.Errorf("moving the previous site aside: %w", err)
		}
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		if old != "" {
			_ = os.Rename(old, o.final) // put the previous site back
		}
		o.Abort()
		return fmt.Errorf("swapping in the new site: %w", err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort discards the new build; the previous site stays as it was.
func (o *Output) Abort() { _ = os.RemoveAll(o.tmp) }
