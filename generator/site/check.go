package site

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// MarkerName is the file every site jspgen builds carries at its root. A
// build replaces an existing output folder only when it carries the marker
// (or is empty): whatever else is there was not made by jspgen.
const MarkerName = ".jspgen-site"

// MarkerContent is the marker's fixed content; a file of that name with
// other content does not count.
const MarkerContent = "This folder is a site built by jspgen. The next 'jspgen build' replaces it\nwith everything in it; do not keep other files here.\n"

// Input is a path the build reads; the output must keep clear of it.
type Input struct {
	Role string // how messages name it, e.g. "the content folder"
	Path string
	// File marks a file input (the site file): the output must not be the
	// folder holding it (the repository root) either.
	File bool
}

// OutputError is an output folder the build refuses to write.
type OutputError struct {
	Out    string // as given
	Reason string
}

func (e *OutputError) Error() string {
	return fmt.Sprintf("refusing to build into %s: %s", e.Out, e.Reason)
}

// CheckOutput reports whether out may be written, and replaced, by a
// build reading inputs. It refuses the file system root; an output that
// is, contains or lies inside an input folder, a .git folder or the
// current folder's ancestry; the folder of a file input (the repository
// root) or any folder above it; an existing file or symbolic link; and an
// existing non-empty folder without the marker jspgen leaves in every site
// it builds. Symbolic links in the paths are resolved before comparing.
func CheckOutput(out string, inputs ...Input) error {
	refuse := func(format string, a ...any) error {
		return &OutputError{Out: out, Reason: fmt.Sprintf(format, a...)}
	}
	if out == "" {
		return refuse("no output folder given")
	}
	o, err := resolve(out)
	if err != nil {
		return refuse("%v", err)
	}
	if filepath.Dir(o) == o {
		return refuse("it is the root of the file system")
	}
	for _, part := range strings.Split(filepath.ToSlash(o), "/") {
		if part == ".git" {
			return refuse("it is or lies inside a .git folder (a repository's own data)")
		}
	}
	if wd, err := os.Getwd(); err == nil {
		if wd, err := resolve(wd); err == nil {
			switch {
			case wd == o:
				return refuse("it is the current folder")
			case within(wd, o):
				return refuse("it contains the current folder")
			}
		}
	}
	for _, in := range inputs {
		if in.Path == "" {
			continue
		}
		p, err := resolve(in.Path)
		if err != nil {
			continue
		}
		if in.File {
			dir := filepath.Dir(p)
			switch {
			case p == o:
				return refuse("it is %s %s", in.Role, in.Path)
			case dir == o:
				return refuse("it is the folder of %s %s (the repository root)", in.Role, in.Path)
			case within(dir, o):
				return refuse("it contains the folder of %s %s (the repository root)", in.Role, in.Path)
			}
			continue
		}
		switch {
		case p == o:
			return refuse("it is %s %s", in.Role, in.Path)
		case within(o, p):
			return refuse("it lies inside %s %s", in.Role, in.Path)
		case within(p, o):
			return refuse("it contains %s %s", in.Role, in.Path)
		}
	}
	return checkExisting(out)
}

// checkExisting refuses an existing out that a build must not replace: a
// file, a symbolic link, a repository, or a non-empty folder without the
// marker. A missing out is fine.
func checkExisting(out string) error {
	refuse := func(format string, a ...any) error {
		return &OutputError{Out: out, Reason: fmt.Sprintf(format, a...)}
	}
	st, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return refuse("%v", err)
	case st.Mode()&fs.ModeSymlink != 0:
		return refuse("it is a symbolic link; name the folder itself")
	case !st.IsDir():
		return refuse("it is a file, not a folder")
	}
	if _, err := os.Lstat(filepath.Join(out, ".git")); err == nil {
		return refuse("it contains a .git folder (a repository)")
	}
	if hasMarker(out) {
		return nil
	}
	empty, err := isEmpty(out)
	if err != nil {
		return refuse("%v", err)
	}
	if !empty {
		return refuse("it is a folder jspgen did not build (no %s in it) and not empty; remove it or choose another --out", MarkerName)
	}
	return nil
}

// hasMarker reports whether dir carries the marker file with its content.
func hasMarker(dir string) bool {
	st, err := os.Lstat(filepath.Join(dir, MarkerName))
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(MarkerContent)) {
		return false
	}
	b, err := os.ReadFile(filepath.Join(dir, MarkerName))
	return err == nil && bytes.Equal(b, []byte(MarkerContent))
}

func isEmpty(dir string) (bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	defer f.Close()
	_, err = f.ReadDir(1)
	if errors.Is(err, io.EOF) {
		return true, nil
	}
	return false, err
}

// within reports whether path lies strictly inside dir; both are clean
// absolute paths.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && filepath.IsLocal(rel)
}

// resolve makes p absolute and resolves symbolic links in the part of it
// that exists, so that two names of one folder compare equal.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	cur := abs
	for {
		real, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = append([]string{filepath.Base(cur)}, rest...)
		cur = parent
	}
}
