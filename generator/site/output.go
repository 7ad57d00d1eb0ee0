// Package site writes a build's files: into a temporary folder beside the
// output folder, swapped in only when everything succeeded, so a failed
// build leaves the previous site as it was.
package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/jspgen/jspgen/internal/parallel"
)

// File modes of every site, whatever the umask: a published site is
// world-readable.
const (
	fileMode = 0o644
	dirMode  = 0o755
)

// Output is a site being written.
type Output struct {
	final   string
	tmp     string
	created []string // folders above final this build made, deepest first
	files   []string
	carried []string        // top-level folders taken from the previous site at commit (Carry)
	dirs    map[string]bool // folders inside tmp known to exist
	// exact: the umask leaves the site's modes as they are (seen on the
	// marker file and the first folder made), so that files and folders
	// need no chmod after they are created: a build writes thousands.
	fileExact, dirExact bool
	// previous: final exists (a site of jspgen's, checkExisting made
	// sure), whose unchanged files Write links (linkUnchanged).
	previous bool
}

// removeAll is os.RemoveAll; tests replace it to make a removal fail.
var removeAll = os.RemoveAll

// removeTree is removeAll(dir) with dir's entries (a site's product
// folders) removed on several goroutines at once. Removing the previous
// site is the last step of a build; a hundred products' site took 700 ms
// to remove on one goroutine and 360-400 ms on four (ext4, files synced).
// The time goes to the file system, not the processors, so it runs on
// more goroutines than there are processors.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) < 2 {
		return removeAll(dir)
	}
	errs := make([]error, len(entries))
	parallel.ForEachOn(2*runtime.GOMAXPROCS(0), len(entries), func(i int) {
		errs[i] = removeAll(filepath.Join(dir, entries[i].Name()))
	})
	for _, err := range errs {
		if err != nil {
			return err // the first, as removeAll reports one
		}
	}
	return removeAll(dir)
}

// Begin starts a build of the folder dir. It refuses a dir the build must
// not replace (see CheckOutput; Begin checks only dir itself, not the
// inputs), removes the build folders that earlier killed builds of dir
// left behind, and creates missing parent folders, which Abort removes
// again.
func Begin(dir string) (*Output, error) {
	dir = filepath.Clean(dir)
	if err := checkExisting(dir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dir)
	created, err := mkdirParents(parent)
	if err != nil {
		return nil, err
	}
	o := &Output{final: dir, created: created, previous: hasPrevious(dir)}
	removeStale(parent, filepath.Base(dir))
	// the process ID in the name tells a live build's folder from a dead one's
	tmp, err := os.MkdirTemp(parent, tmpPrefix(filepath.Base(dir))+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		o.Abort()
		return nil, fmt.Errorf("creating the build folder: %w", err)
	}
	o.tmp = tmp
	// MkdirTemp makes the folder private; a published site is world-readable.
	if err := os.Chmod(tmp, dirMode); err != nil {
		o.Abort()
		return nil, err
	}
	o.dirs = map[string]bool{filepath.Clean(tmp): true} // MkdirTemp(".", …) gives "./.site.new-…"; Join cleans
	marker := filepath.Join(tmp, MarkerName)
	if err := writeFile(marker, []byte(MarkerContent), false); err != nil {
		o.Abort()
		return nil, err
	}
	if o.fileExact = createdWith(marker, fileMode); !o.fileExact {
		if err := os.Chmod(marker, fileMode); err != nil { // whatever the umask
			o.Abort()
			return nil, err
		}
	}
	return o, nil
}

func tmpPrefix(base string) string { return "." + base + ".new-" }

// mkdirParents creates dir and its missing parents, and returns the folders
// it created, deepest first.
func mkdirParents(dir string) ([]string, error) {
	var missing []string
	for p := dir; ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil || filepath.Dir(p) == p {
			break
		}
		missing = append(missing, p)
	}
	for i := len(missing) - 1; i >= 0; i-- {
		err := os.Mkdir(missing[i], dirMode)
		if err == nil {
			err = os.Chmod(missing[i], dirMode) // whatever the umask
		}
		if err != nil {
			removeEmpty(missing[i:])
			return nil, err
		}
	}
	return missing, nil
}

// removeEmpty removes folders, deepest first, as long as they are empty.
func removeEmpty(dirs []string) {
	for _, d := range dirs {
		if err := os.Remove(d); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return
		}
	}
}

// removeStale removes the build folders of earlier builds of base in
// parent whose process has ended (killed builds leave them), and the
// previous sites such a build had moved aside. Only folders carrying the
// marker, or empty, are touched.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := tmpPrefix(base)
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		pid, _, _ := strings.Cut(name, "-")
		if n, err := strconv.Atoi(pid); err == nil && (n == os.Getpid() || processAlive(n)) {
			continue // a build still running (serve's own, or another jspgen's)
		}
		path := filepath.Join(parent, e.Name())
		// an empty one was killed before it got its marker
		if empty, _ := isEmpty(path); empty || hasMarker(path) {
			_ = os.RemoveAll(path)
		}
	}
}

// Write writes one file at the slash-separated path rel inside the site.
// rel must stay inside the site: it comes from validated IDs only, and this
// is the last guard.
func (o *Output) Write(rel string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") || rel == MarkerName {
		return fmt.Errorf("refusing to write %q outside the site folder", rel)
	}
	path := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := o.mkdir(filepath.Dir(path)); err != nil {
		return err
	}
	if !o.linkUnchanged(rel, path, data) {
		if err := writeFile(path, data, !o.fileExact); err != nil {
			return err
		}
	}
	o.files = append(o.files, rel)
	return nil
}

// mkdir creates dir, a folder inside the build folder, and its missing
// parents, with the site's folder mode.
func (o *Output) mkdir(dir string) error {
	if o.dirs[dir] {
		return nil
	}
	parent := filepath.Dir(dir)
	if parent == dir {
		return fmt.Errorf("internal error: %s is not inside the build folder %s", dir, o.tmp)
	}
	if err := o.mkdir(parent); err != nil {
		return err
	}
	err := os.Mkdir(dir, dirMode)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	if err == nil && !o.dirExact {
		o.dirExact = createdWith(dir, dirMode|fs.ModeDir)
	}
	if !o.dirExact || err != nil {
		if err := os.Chmod(dir, dirMode); err != nil { // whatever the umask
			return err
		}
	}
	o.dirs[dir] = true
	return nil
}

// createdWith reports whether the file at path has exactly mode.
func createdWith(path string, mode fs.FileMode) bool {
	st, err := os.Lstat(path)
	return err == nil && st.Mode() == mode
}

// writeFile writes a new file with the site's file mode, whatever the
// umask when chmod is set. It never opens a file that exists: a file of
// the build folder may be a link to the previous site's (linkUnchanged,
// Link), which writing through would change.
func writeFile(path string, data []byte, chmod bool) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil && chmod {
		err = f.Chmod(fileMode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Link puts the previous site's file rel, unchanged, into the new site
// by a hard link rather than writing its bytes again (creating a file
// costs many times more than linking one here). The previous site is not
// changed: its file gains a second name, which the build folder's
// removal takes away again if the build fails. The caller has made sure
// the file is the one jspgen wrote there, with the bytes the new site
// needs; an error (no previous file, a file system without hard links)
// leaves the caller to write the file.
func (o *Output) Link(rel string) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") || rel == MarkerName {
		return fmt.Errorf("refusing to link %q outside the site folder", rel)
	}
	path := filepath.Join(o.tmp, filepath.FromSlash(rel))
	if err := o.mkdir(filepath.Dir(path)); err != nil {
		return err
	}
	if err := os.Link(filepath.Join(o.final, filepath.FromSlash(rel)), path); err != nil {
		return err
	}
	o.files = append(o.files, rel)
	return nil
}

// LinkOut gives the file rel this build wrote the new name dst outside
// the site, where nothing is named dst yet (in the build cache, which
// jspgen owns): the cache then keeps the site's bytes without a second
// copy. An error (a file system without hard links, another device)
// leaves the caller to copy the file.
func (o *Output) LinkOut(rel, dst string) error {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") || rel == MarkerName {
		return fmt.Errorf("refusing to link %q from outside the site folder", rel)
	}
	return os.Link(filepath.Join(o.tmp, filepath.FromSlash(rel)), dst)
}

// Carry takes the folder dir (a single name) of the previous site, with
// the files listed, into the new site as it is, instead of writing them
// again. Nothing moves before Commit, so a build that fails leaves the
// previous site as it was. The caller has made sure the folder is as a
// build of jspgen left it; the build writes nothing into it.
func (o *Output) Carry(dir string, files []string) error {
	if !filepath.IsLocal(dir) || strings.ContainsAny(dir, "/\\") || dir == MarkerName {
		return fmt.Errorf("refusing to carry %q over", dir)
	}
	if o.dirs[filepath.Join(o.tmp, dir)] {
		return fmt.Errorf("internal error: %s is both written and carried over", dir)
	}
	o.carried = append(o.carried, dir)
	o.files = append(o.files, files...)
	return nil
}

// Files lists the files written so far, sorted. The marker is not among
// them: it is the folder's, not the site's.
func (o *Output) Files() []string {
	out := slices.Clone(o.files)
	slices.Sort(out)
	return out
}

// CommitError is a failed swap. Unchanged tells whether the previous site
// is still in place as it was; when it is not, the message says where the
// previous or the new site is.
type CommitError struct {
	Err       error
	Unchanged bool
}

func (e *CommitError) Error() string { return e.Err.Error() }
func (e *CommitError) Unwrap() error { return e.Err }

// Commit replaces the output folder with the new build.
func (o *Output) Commit() error { return o.CommitWhile(nil) }

// CommitWhile is Commit that runs then, when the new build is in place,
// while the previous site is removed (a build records the new site
// meanwhile); then is not run when the swap fails.
func (o *Output) CommitWhile(then func()) error {
	// the output may have appeared or changed since Begin
	if err := checkExisting(o.final); err != nil {
		o.Abort()
		return &CommitError{Err: err, Unchanged: true}
	}
	// The previous site's folders carried over move into the new site
	// now that the build has succeeded. If the process is killed while
	// they move, the previous site lacks the folders moved so far and
	// the new one is not in place: the site stays incomplete until the
	// next build. That build finds those folders missing from the site
	// it recorded, so it writes them again (from the build cache) and
	// carries over only folders still as recorded; it also removes this
	// build's folder, holding the moved ones, as a dead build's.
	for i, dir := range o.carried {
		if err := os.Rename(filepath.Join(o.final, dir), filepath.Join(o.tmp, dir)); err != nil {
			err = fmt.Errorf("taking %s over from the previous site: %w", dir, err)
			if perr := o.uncarry(i); perr != nil {
				o.Abort()
				return &CommitError{Err: fmt.Errorf("%w; moving the folders taken back failed too (%v): the previous site lacks them", err, perr)}
			}
			o.Abort()
			return &CommitError{Err: err, Unchanged: true}
		}
	}
	old := ""
	if _, err := os.Lstat(o.final); err == nil {
		old = o.tmp + ".old"
		if err := os.Rename(o.final, old); err != nil {
			if perr := o.uncarry(len(o.carried)); perr != nil {
				o.Abort()
				return &CommitError{Err: fmt.Errorf("moving the previous site aside: %w; moving the folders taken from it back failed too (%v): it lacks them", err, perr)}
			}
			o.Abort()
			return &CommitError{Err: fmt.Errorf("moving the previous site aside: %w", err), Unchanged: true}
		}
	}
	if err := os.Rename(o.tmp, o.final); err != nil {
		if old != "" {
			if perr := os.Rename(old, o.final); perr != nil {
				o.Abort()
				return &CommitError{Err: fmt.Errorf("swapping in the new site: %w; the previous site could not be put back (%v) and is now in %s", err, perr, old)}
			}
		}
		if perr := o.uncarry(len(o.carried)); perr != nil {
			o.Abort()
			return &CommitError{Err: fmt.Errorf("swapping in the new site: %w; moving the folders taken from the previous site back failed too (%v): it lacks them", err, perr)}
		}
		o.Abort()
		return &CommitError{Err: fmt.Errorf("swapping in the new site: %w", err), Unchanged: true}
	}
	o.created = nil // they hold the site now
	var removed error
	var wg sync.WaitGroup
	if old != "" {
		wg.Go(func() { removed = removeTree(old) })
	}
	if then != nil {
		then()
	}
	wg.Wait()
	if removed != nil {
		return &CommitError{Err: fmt.Errorf("the new site is in %s, but the previous site, moved aside to %s, could not be removed: %w (the next build removes it)", o.final, old, removed)}
	}
	return nil
}

// uncarry moves the first n carried folders back into the previous site.
func (o *Output) uncarry(n int) error {
	var first error
	for _, dir := range o.carried[:n] {
		if err := os.Rename(filepath.Join(o.tmp, dir), filepath.Join(o.final, dir)); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Abort discards the new build and the folders Begin created for it; the
// previous site stays as it was.
func (o *Output) Abort() {
	if o.tmp != "" {
		_ = os.RemoveAll(o.tmp)
	}
	removeEmpty(o.created)
	o.created = nil
}
