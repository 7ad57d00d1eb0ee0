package generator

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"time"
)

// inputSums hashes the build's input files, and remembers each hash with
// the file's stamp (size, modification and change times, inode) in the
// build cache, so that the next build reads again only the files whose
// stamp moved: hashing a portfolio's content folder (tens of megabytes of
// SBOMs and images) and jspgen's own executable was a tenth of a rebuild
// after a one-line edit.
//
// A stamp proves nothing about a file modified within the clock tick of
// the hash: written again in the same tick, with the same size, it keeps
// its stamp. As git does with its index ("racy" entries), a hash is
// trusted only for a file whose times are older than the build that
// hashed it by more than stampMargin; any other is read again.
type inputSums struct {
	prev  map[string]stampedSum // as the last build recorded them; nil when none
	taken int64                 // when this build began hashing
	now   map[string]stampedSum // what this build hashed or trusted, by absolute path
	read  int                   // files read and hashed (tests)
}

// stampMargin covers file systems with coarse times (FAT: 2 s) and a
// clock stepped back a little.
var stampMargin = 3 * time.Second

// recordedSums is the cache file of inputSums.
type recordedSums struct {
	Sums map[string]stampedSum
}

type stampedSum struct {
	Stamp fileStamp
	Sum   [sha256.Size]byte
	Taken int64 // Unix ns: the build that read the file began hashing then
}

// trusted reports whether the file's stamp, read now, proves it unchanged
// since it was hashed.
func (p stampedSum) trusted(st fileStamp) bool {
	before := p.Taken - stampMargin.Nanoseconds()
	return p.Stamp == st && st.ModTime < before && st.ChangeTime < before
}

// fileStamp is what a file's metadata says of its content; the change
// time and inode are zero where the system does not report them.
type fileStamp struct {
	Size, ModTime, ChangeTime int64
	Inode, Device             uint64
}

func sumsFile(cacheDir string) string { return filepath.Join(cacheDir, "input-sums") }

// newInputSums starts hashing, trusting what the cache folder recorded
// unless clean; with no cache folder every file is read.
func newInputSums(cacheDir string, clean bool) *inputSums {
	s := &inputSums{taken: time.Now().UnixNano(), now: map[string]stampedSum{}}
	var rec recordedSums
	if !clean && isCacheDir(cacheDir) && readSealed(sumsFile(cacheDir), &rec) {
		s.prev = rec.Sums
	}
	return s
}

// sum returns the hash of file's content, read through symbolic links.
func (s *inputSums) sum(file string) ([sha256.Size]byte, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	st := stampOf(info)
	if p, ok := s.prev[abs]; ok && p.trusted(st) {
		s.now[abs] = p
		return p.Sum, nil
	}
	// stamped before reading: a write during the read moves the times
	// past this build's, and the next build reads the file again
	data, err := os.ReadFile(abs)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	s.read++
	sum := sha256.Sum256(data)
	s.now[abs] = stampedSum{Stamp: st, Sum: sum, Taken: s.taken}
	return sum, nil
}

// known adds what an earlier build of this process hashed (abs: an
// absolute path), unless the cache recorded the file too.
func (s *inputSums) known(abs string, p stampedSum) {
	if _, ok := s.prev[abs]; !ok {
		if s.prev == nil {
			s.prev = map[string]stampedSum{}
		}
		s.prev[abs] = p
	}
}

// save records this build's hashes in the cache folder, when it is one.
func (s *inputSums) save(cacheDir string) {
	if s == nil || !isCacheDir(cacheDir) {
		return
	}
	_ = writeSealed(sumsFile(cacheDir), recordedSums{Sums: s.now})
}
