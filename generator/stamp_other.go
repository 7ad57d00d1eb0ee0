//go:build !linux && !darwin

package generator

import "os"

// stampOf leaves the change time and inode zero: this system does not
// report them in os.FileInfo, and the margin alone guards the stamp.
func stampOf(info os.FileInfo) fileStamp {
	return fileStamp{Size: info.Size(), ModTime: info.ModTime().UnixNano()}
}
