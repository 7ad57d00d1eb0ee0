//go:build !linux

package generator

// walkTree lists rel, a file or folder of the site out, and everything
// under it, in the order of filepath.WalkDir.
func walkTree(out, rel string) ([]treeEntry, error) { return walkDirTree(out, rel) }
