//go:build !linux

package gctune

// adviseHugePages does nothing: the advice is Linux's madvise.
func adviseHugePages(func(string) string) (beg, end uintptr, err error) {
	return 0, 0, errNotAdvised
}
