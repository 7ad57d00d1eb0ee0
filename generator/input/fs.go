package input

import (
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// FS returns the folder root as an fs.FS that reads the way ReadFile does:
// symbolic links out of root, FIFOs, devices and sockets are refused, and
// no file is read beyond limit bytes. Use it for template overrides and for
// the images a PDF embeds, in place of os.DirFS.
func FS(root string, limit int64) fs.FS { return dirFS{root, limit} }

type dirFS struct {
	root  string
	limit int64
}

var (
	_ fs.ReadFileFS = dirFS{}
	_ fs.StatFS     = dirFS{}
	_ fs.ReadDirFS  = dirFS{}
)

func (d dirFS) check(op, name string) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return nil
}

func (d dirFS) ReadFile(name string) ([]byte, error) {
	if err := d.check("readfile", name); err != nil {
		return nil, err
	}
	return ReadFile(d.root, name, d.limit)
}

func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	if err := d.check("stat", name); err != nil {
		return nil, err
	}
	if name == "." {
		return os.Stat(d.root)
	}
	r, inside, err := resolve(d.root, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	fi, err := r.Lstat(inside)
	if err != nil {
		return nil, pathError(display(d.root, name), err)
	}
	return renamed{fi, path.Base(name)}, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := d.check("readdir", name); err != nil {
		return nil, err
	}
	dir, err := d.dirPath(name)
	if err != nil {
		return nil, err
	}
	return os.ReadDir(dir)
}

// dirPath is the real path of folder name, resolved inside the root (a
// symbolic link out of it is refused).
func (d dirFS) dirPath(name string) (string, error) {
	if name == "." {
		return d.root, nil
	}
	r, inside, err := resolve(d.root, name)
	if err != nil {
		return "", err
	}
	r.Close()
	return filepath.Join(r.Name(), inside), nil
}

// Open opens a folder for listing, or reads a regular file whole (within
// the limit) and serves it from memory.
func (d dirFS) Open(name string) (fs.File, error) {
	fi, err := d.Stat(name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		dir, err := d.dirPath(name)
		if err != nil {
			return nil, err
		}
		return os.Open(dir)
	}
	b, err := d.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &memFile{renamed{fi, path.Base(name)}, b, 0}, nil
}

// ReadFS reads name from any fs.FS the way ReadFile reads from a folder,
// as far as fs.FS allows: the type is checked before opening and again on
// the open file, and at most limit bytes are read. It cannot see symbolic
// links; use FS for a folder on disk.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regular(fi, name, limit); err != nil {
		return nil, err
	}
	if _, ok := fsys.(dirFS); ok {
		return fs.ReadFile(fsys, name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(fi, name, limit); err != nil {
		return nil, err
	}
	return readLimited(f, name, limit)
}

type renamed struct {
	fs.FileInfo
	name string
}

func (r renamed) Name() string { return r.name }

type memFile struct {
	fi  fs.FileInfo
	b   []byte
	off int
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.fi, nil }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Read(p []byte) (int, error) {
	if f.off >= len(f.b) {
		return 0, io.EOF
	}
	n := copy(p, f.b[f.off:])
	f.off += n
	return n, nil
}
