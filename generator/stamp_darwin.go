package generator

import (
	"os"
	"syscall"
)

// stampOf reads a file's stamp from its metadata.
func stampOf(info os.FileInfo) fileStamp {
	st := fileStamp{Size: info.Size(), ModTime: info.ModTime().UnixNano()}
	if sys, ok := info.Sys().(*syscall.Stat_t); ok {
		st.ChangeTime = sys.Ctimespec.Nano()
		st.Inode, st.Device = uint64(sys.Ino), uint64(sys.Dev)
	}
	return st
}
