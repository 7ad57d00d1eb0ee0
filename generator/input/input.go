// Package input reads the files of a product repository safely: a file is
// read only when it is a regular file that really lies inside the folder it
// is named relative to, and only up to a size limit. Symbolic links that
// lead out of that folder, named pipes, devices and sockets are refused
// before they are opened, so a hostile repository can neither make a build
// publish a file from elsewhere on the machine nor make it hang.
//
// Every error names the file (or the link) and the rule it broke; none
// quotes a byte of the file.
package input

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

// Size limits for the kinds of input jspgen reads. They are far above what
// real repositories hold (the example product file is 130 KB) and far below
// what would exhaust a build machine.
const (
	MaxTOML     = 2 << 20  // a product file or the site file
	MaxTemplate = 1 << 20  // a template override
	MaxSBOM     = 64 << 20 // an SBOM (CycloneDX / SPDX)
	MaxImage    = 16 << 20 // a diagram or other image a document shows
	MaxAsset    = 64 << 20 // any other file published from a product's asset folder
)

// Sentinel errors, for errors.Is.
var (
	ErrOutside    = errors.New("symbolic link leads outside the folder")
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = errors.New("file too large")
)

// Error is a file that was not read; Path names the file, or the symbolic
// link that was refused, as root/rel with forward slashes.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Reason is the error without the path, for diagnostics that carry the
// file name separately.
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Err.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return "file not found"
		}
		return pe.Err.Error()
	}
	return err.Error()
}

// ReadFile reads root/rel (rel uses forward slashes and stays inside root).
// It refuses a path that leaves root, a symbolic link (the file itself or
// any folder on the way) whose target is outside root, and anything but a
// regular file, all before opening; it fails when the file is larger than
// limit bytes. A missing file is an error that wraps fs.ErrNotExist.
func ReadFile(root, rel string, limit int64) ([]byte, error) {
	r, name, err := resolve(root, rel)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return readRegular(r, name, display(root, rel), limit)
}

// ReadText is ReadFile for text: CRLF line ends become LF and a leading
// UTF-8 byte order mark is dropped, so that a Windows checkout (git
// core.autocrlf) or a file saved by an editor that writes a BOM builds the
// same bytes.
func ReadText(root, rel string, limit int64) ([]byte, error) {
	b, err := ReadFile(root, rel, limit)
	if err != nil {
		return nil, err
	}
	return NormalizeText(b), nil
}

// bom is the UTF-8 byte order mark some Windows editors write at the start
// of a file. The TOML decoder skips it but the parser that records key
// positions does not: left in, a product file decoded whole while none of
// its keys was known to be written, and every "not stated" rule fired.
const bom = "\xef\xbb\xbf"

// NormalizeText drops a leading UTF-8 byte order mark and turns every CRLF
// into LF. A lone CR is left alone.
func NormalizeText(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte(bom))
	if !strings.Contains(string(b), "\r\n") {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func display(root, rel string) string {
	return filepath.ToSlash(filepath.Join(root, filepath.FromSlash(rel)))
}

// resolve checks that root/rel stays inside root once every symbolic link
// is followed, and returns the root opened as an os.Root with the path of
// the file inside it free of symbolic links.
func resolve(root, rel string) (*os.Root, string, error) {
	shown := display(root, rel)
	local := filepath.FromSlash(rel)
	if !filepath.IsLocal(local) || strings.Contains(rel, `\`) {
		return nil, "", &Error{shown, fmt.Errorf("path leaves %s", filepath.ToSlash(root))}
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, "", err
	}
	full := filepath.Join(root, local)
	real, err := filepath.EvalSymlinks(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if link := firstLink(root, local); link != "" {
				return nil, "", &Error{filepath.ToSlash(link), errors.New("symbolic link to a missing file")}
			}
			return nil, "", &fs.PathError{Op: "open", Path: shown, Err: fs.ErrNotExist}
		}
		return nil, "", &Error{shown, errors.New("cannot resolve the path")}
	}
	inside, err := filepath.Rel(realRoot, real)
	if err != nil || !filepath.IsLocal(inside) {
		link := outsideLink(root, realRoot, local)
		if link == "" {
			link = full
		}
		return nil, "", &Error{filepath.ToSlash(link), fmt.Errorf("%w %s; refused", ErrOutside, filepath.ToSlash(root))}
	}
	r, err := os.OpenRoot(realRoot)
	if err != nil {
		return nil, "", err
	}
	return r, inside, nil
}

// firstLink returns the first component of root/local that is a symbolic
// link, or "".
func firstLink(root, local string) string {
	cur := root
	for _, part := range strings.Split(local, string(filepath.Separator)) {
		cur = filepath.Join(cur, part)
		fi, err := os.Lstat(cur)
		if err != nil {
			return ""
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return cur
		}
	}
	return ""
}

// outsideLink names the first symbolic link on the way from root to local
// whose target lies outside realRoot.
func outsideLink(root, realRoot, local string) string {
	cur := root
	for _, part := range strings.Split(local, string(filepath.Separator)) {
		cur = filepath.Join(cur, part)
		fi, err := os.Lstat(cur)
		if err != nil {
			return ""
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		real, err := filepath.EvalSymlinks(cur)
		if err != nil {
			return cur
		}
		if in, err := filepath.Rel(realRoot, real); err != nil || !filepath.IsLocal(in) {
			return cur
		}
	}
	return ""
}

// readRegular reads name, free of symbolic links, inside r: it checks the
// file type before opening, opens without blocking (a FIFO swapped in
// meanwhile cannot hang the open), checks again on the open file and reads
// at most limit bytes.
func readRegular(r *os.Root, name, shown string, limit int64) ([]byte, error) {
	fi, err := r.Lstat(name)
	if err != nil {
		return nil, pathError(shown, err)
	}
	if err := regular(fi, shown, limit); err != nil {
		return nil, err
	}
	f, err := r.OpenFile(name, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, pathError(shown, err)
	}
	defer f.Close()
	fi, err = f.Stat()
	if err != nil {
		return nil, pathError(shown, err)
	}
	if err := regular(fi, shown, limit); err != nil {
		return nil, err
	}
	return readSized(f, fi.Size(), shown, limit)
}

// readSized is readLimited for a file whose size the caller has just
// read: the bytes are read into a buffer of that size (plus one, to see
// the end) rather than grown from 512 bytes, which made and copied about
// twice each file's size. A file that grew since is still read whole and
// checked against limit.
func readSized(f *os.File, size int64, shown string, limit int64) ([]byte, error) {
	if size <= 0 || size > limit {
		return readLimited(f, shown, limit)
	}
	b := make([]byte, 0, size+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, pathError(shown, err)
		}
		if len(b) == cap(b) { // it grew: read the rest as any reader
			rest, err := io.ReadAll(io.LimitReader(f, limit+1-int64(len(b))))
			if err != nil {
				return nil, pathError(shown, err)
			}
			if b = append(b, rest...); int64(len(b)) > limit {
				return nil, tooLarge(shown, limit)
			}
			return b, nil
		}
	}
}

func readLimited(rd io.Reader, shown string, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return nil, pathError(shown, err)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(shown, limit)
	}
	return b, nil
}

func pathError(shown string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: pe.Op, Path: shown, Err: pe.Err}
	}
	return &Error{shown, err}
}

// regular refuses anything but a regular file of at most limit bytes.
func regular(fi fs.FileInfo, shown string, limit int64) error {
	m := fi.Mode()
	if !m.IsRegular() {
		return &Error{shown, fmt.Errorf("%w (%s); refused", ErrNotRegular, kind(m))}
	}
	if fi.Size() > limit {
		return tooLarge(shown, limit)
	}
	return nil
}

func tooLarge(shown string, limit int64) error {
	return &Error{shown, fmt.Errorf("%w: larger than the limit of %s", ErrTooLarge, size(limit))}
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// size spells a byte count for messages: "2 MiB (2097152 bytes)".
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB (%d bytes)", n>>20, n)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB (%d bytes)", n>>10, n)
	}
	return fmt.Sprintf("%d bytes", n)
}
