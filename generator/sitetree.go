package generator

import (
	"io/fs"
	"path/filepath"
)

// walkDirTree lists rel, a file or folder of the site out, and everything
// under it, by filepath.WalkDir: walkTree where there is no quicker way.
func walkDirTree(out, rel string) ([]treeEntry, error) {
	var tree []treeEntry
	err := filepath.WalkDir(filepath.Join(out, rel), func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, file)
		e := treeEntry{Path: filepath.ToSlash(rel), Dir: d.IsDir(), ModTime: info.ModTime().UnixNano()}
		if !d.IsDir() {
			e.Size = info.Size()
		}
		if d.Type()&fs.ModeSymlink != 0 {
			e.Path += " (link)"
		}
		tree = append(tree, e)
		return nil
	})
	return tree, err
}
