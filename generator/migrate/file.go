package migrate

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
)

// File converts the content file at path in place, or only reports what it
// would change when check is set. It writes atomically (a temporary file
// in the same folder, renamed over the original, with its permissions),
// so an interrupted run leaves the old file or the new one, never half of
// one. changed reports whether the file differs (or would) from its
// current text.
func File(path string, check bool) (changed bool, changes []Change, diags content.Diagnostics) {
	name := filepath.ToSlash(path)
	src, err := input.ReadText(filepath.Dir(path), filepath.Base(path), content.MaxFile)
	if err != nil {
		return false, nil, content.Diagnostics{{File: name, Message: input.Reason(err)}}
	}
	res, diags := Source(name, src)
	if len(diags) > 0 {
		return false, nil, diags
	}
	if len(res.Changes) == 0 {
		return false, nil, nil
	}
	// the text as read, before newline normalisation: a CRLF file is
	// rewritten with LF (the loader reads both alike)
	raw, err := os.ReadFile(path)
	if err == nil && bytes.Equal(raw, res.Out) {
		return false, nil, nil
	}
	if check {
		return true, res.Changes, nil
	}
	if err := writeAtomic(path, res.Out); err != nil {
		return false, nil, content.Diagnostics{{File: name, Message: "writing the converted file: " + err.Error()}}
	}
	return true, res.Changes, nil
}

func writeAtomic(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".migrate-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
