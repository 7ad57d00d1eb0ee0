package site

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// A build that renders a document again (--clean, or an input it
// depends on changed) mostly writes the same bytes the previous site
// holds. Write then links the previous site's file into the new site
// instead of creating a file: no new inode, no data written back, and
// the previous site's removal frees nothing that is still in use. On
// ext4 without a journal, creating files shortly after thousands were
// removed (the previous build's site) is the slow part, as the kernel
// skips every recently freed inode; linking needs no inode.

// compareBuffers holds the buffers sameFile reads the previous file into.
var compareBuffers = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// sameFile reports whether path is a regular file with the site's file
// mode holding exactly data. Any doubt (an error, another mode, another
// size) is false: the caller then writes the file.
func sameFile(path string, data []byte) bool {
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || st.Mode().Perm() != fileMode || st.Size() != int64(len(data)) {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	bp := compareBuffers.Get().(*[]byte)
	defer compareBuffers.Put(bp)
	buf := *bp
	rest := data
	for {
		n, err := io.ReadFull(f, buf[:min(len(buf), len(rest)+1)])
		if n > len(rest) || !bytes.Equal(buf[:n], rest[:n]) {
			return false // longer than data (it grew since Lstat), or different
		}
		rest = rest[n:]
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF:
			return len(rest) == 0
		case err != nil:
			return false
		}
	}
}

// linkUnchanged links the previous site's file rel to path, in the build
// folder, when it holds exactly data, and reports whether it did.
func (o *Output) linkUnchanged(rel, path string, data []byte) bool {
	if !o.previous {
		return false
	}
	prev := filepath.Join(o.final, filepath.FromSlash(rel))
	return sameFile(prev, data) && os.Link(prev, path) == nil
}

// hasPrevious reports whether dir is a folder (checkExisting has made
// sure it is a jspgen site, if anything).
func hasPrevious(dir string) bool {
	st, err := os.Lstat(dir)
	return err == nil && st.Mode().Type() == fs.ModeDir
}
