package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/cespare/xxhash/v2"
)

// A product's record and a rendered document's entry are stored as the
// gob of everything in them but their large byte slices, followed by those
// slices as they are, sealed like every entry:
//
//	uvarint length of the gob | gob | uvarint number of blobs |
//	per blob: uvarint 0 for nil, else its length + 1, then its bytes |
//	SHA-256 of all before
//
// The blobs (a record's kind.PortfolioParts) are most of an entry's bytes.
// Gob copied each twice on the way in (a tenth of a clean build went to
// encoding documents for the cache) and again on the way out; read back
// from this layout, they are slices of the file's bytes.
//
// A rendered document's Markdown, HTML and PDF are files of their own
// beside its entry (renderedExts), the entry holding their SHA-256 sums:
// each is a second name of the file the build wrote into the site when
// the file system allows (a hard link: the cache then holds no second copy
// of the site's bytes, nor does the build write them twice), a copy
// otherwise. A file is taken back only with the sum its entry gives, so a
// site file changed in place, the same file as its name in the cache, is
// not mistaken for the document; and nothing here writes into an existing
// file: a name taken is removed and made again for a new file (writeNew,
// linkNew), so a site file is never changed through the cache.

// writeRecord stores rec in file.
func writeRecord(file string, rec *productRecord) error {
	body, err := encodeRecord(rec)
	if err != nil {
		return err
	}
	return writeSealedBytes(file, body)
}

// readRecord reads the record writeRecord stored in file; false when
// there is none, or it is damaged or of another layout.
func readRecord(file string) (*productRecord, bool) {
	data, ok := readSealedBytes(file)
	if !ok {
		return nil, false
	}
	return decodeRecord(data)
}

// encodeRecord is rec in the layout above, before the seal.
func encodeRecord(rec *productRecord) ([]byte, error) {
	head := *rec
	head.Parts = nil
	return encodeWithBlobs(&head, rec.Parts)
}

// decodeRecord reads what encodeRecord made; its parts are slices of
// data.
func decodeRecord(data []byte) (*productRecord, bool) {
	var rec productRecord
	parts, ok := decodeWithBlobs(data, &rec)
	if !ok {
		return nil, false
	}
	rec.Parts = parts
	return &rec, true
}

// renderedExts name the files of a rendered document beside its entry:
// its Markdown, HTML and PDF.
var renderedExts = [3]string{".md", ".html", ".pdf"}

// writeRendered stores a rendered document under file: its Markdown, HTML
// and PDF as file+renderedExts[i], each given by link (from the file the
// build wrote; nil, or an error: written as a copy), then its entry.
func writeRendered(file string, r *rendered, link func(i int, dst string) error) error {
	blobs := [][]byte{r.Inputs, nil, nil, nil} // the inputs, then the files' sums
	for i, data := range [3][]byte{r.MD, r.HTML, r.PDF} {
		if data == nil {
			continue
		}
		dst := file + renderedExts[i]
		if link == nil || link(i, dst) != nil {
			if err := writeNew(dst, data, 0o644); err != nil {
				return err
			}
		}
		blobs[i+1] = fileSum(data)
	}
	head := *r
	head.MD, head.HTML, head.PDF, head.Inputs = nil, nil, nil, nil
	body, err := encodeWithBlobs(&head, blobs)
	if err != nil {
		return err
	}
	return writeSealedBytes(file, body)
}

// readRendered reads the document writeRendered stored under file; false
// when there is none, or its entry or one of its files is damaged, of
// another layout or not the file the entry names.
func readRendered(file string) (*rendered, bool) {
	data, ok := readSealedBytes(file)
	if !ok {
		return nil, false
	}
	var r rendered
	blobs, ok := decodeWithBlobs(data, &r)
	if !ok || len(blobs) != 4 {
		return nil, false
	}
	r.Inputs = blobs[0]
	for i, dst := range [3]*[]byte{&r.MD, &r.HTML, &r.PDF} {
		sum := blobs[i+1]
		if sum == nil {
			continue
		}
		body, err := os.ReadFile(file + renderedExts[i])
		if err != nil || !bytes.Equal(fileSum(body), sum) {
			return nil, false
		}
		*dst = body[:len(body):len(body)] // an append never writes into the next read
	}
	return &r, true
}

// fileSum is the checksum an entry keeps of each of its document's files
// (writeRendered), by which readRendered tells that a file still holds the
// bytes the entry describes: one may be a second name of a site file a
// user edited, or damaged. It need not resist forgery (whoever can write
// the cache can write the entry), only catch a change, and it runs over
// every byte a build writes, so it is xxHash's 64 bits rather than
// SHA-256: 0.2 CPU-s less for the 100-product portfolio.
func fileSum(data []byte) []byte {
	return binary.BigEndian.AppendUint64(nil, xxhash.Sum64(data))
}

// linkNew gives a file the new name dst by link, which makes the name
// given and nothing else, replacing what dst named (makeNew). A name taken
// is removed first, then made directly, rather than made under a
// temporary name renamed over it: ext4 writes a file's data out at once
// when a rename replaces another file (its auto_da_alloc guard against
// empty files after a crash), and here that file is one the build has
// just written into the site, which the guard would flush for every
// document of a rebuild (strace and perf: about 3,600 renames for 100
// products). A reader that finds the name missing for that moment takes
// it for an entry not stored, which costs it a render, never a wrong
// document.
func linkNew(link func(name string) error, dst string) error {
	return makeNew(dst, func() error { return link(dst) })
}

// writeNew writes data to a new file named dst, with permissions perm,
// replacing what dst named rather than writing into it (dst may be a site
// file's second name). It writes under dst itself, not under a temporary
// name renamed into place, for the reason linkNew gives: every file the
// cache holds is checked when read (an entry against its seal, a
// document's file against the sum its entry keeps), so one a reader
// finds half written, or a crash left so, is taken for one not stored.
func writeNew(dst string, data []byte, perm os.FileMode) error {
	f, err := createNew(dst, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(dst)
	}
	return err
}

// createNew creates the file name, which must be new (makeNew); the file
// is always created anew, never written into.
func createNew(name string, perm os.FileMode) (*os.File, error) {
	var f *os.File
	err := makeNew(name, func() (err error) {
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		return err
	})
	return f, err
}

// makeNew makes the name name by try, which fails when the name is taken
// or its folder missing. The folder is made only when missing, and a name
// taken (an entry stored before, which may be a site file's second name)
// is removed only when it is there, then try is called once more: most
// entries go into folders made before, under names never used, and asking
// first cost a clean build of 100 products about 6,700 system calls
// (strace: 3,100 stats, 3,600 unlinks).
func makeNew(name string, try func() error) error {
	err := try()
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		if !mkdirMissing(name) {
			return err
		}
	case errors.Is(err, fs.ErrExist):
		_ = os.Remove(name) // failing, try fails again and says why
	default:
		return err
	}
	return try()
}

// mkdirMissing makes the folder name is in, with its parents, reporting
// whether it did (false: it was there, or cannot be made).
func mkdirMissing(name string) bool {
	dir := filepath.Dir(name)
	if _, err := os.Lstat(dir); err == nil {
		return false
	}
	return os.MkdirAll(dir, 0o755) == nil
}

// encodeWithBlobs is head and blobs in the layout above, before the
// seal, in a slice with room for it.
func encodeWithBlobs(head any, blobs [][]byte) ([]byte, error) {
	var body bytes.Buffer
	if err := gob.NewEncoder(&body).Encode(head); err != nil {
		return nil, err
	}
	size := body.Len() + 2*binary.MaxVarintLen64 + sha256.Size
	for _, p := range blobs {
		size += binary.MaxVarintLen64 + len(p)
	}
	out := make([]byte, 0, size)
	out = binary.AppendUvarint(out, uint64(body.Len()))
	out = append(out, body.Bytes()...)
	out = binary.AppendUvarint(out, uint64(len(blobs)))
	for _, p := range blobs {
		if p == nil {
			out = binary.AppendUvarint(out, 0)
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(p))+1)
		out = append(out, p...)
	}
	return out, nil
}

// decodeWithBlobs decodes what encodeWithBlobs made into head and
// returns the blobs, slices of data.
func decodeWithBlobs(data []byte, head any) ([][]byte, bool) {
	body, data, ok := cutSized(data)
	if !ok {
		return nil, false
	}
	if gob.NewDecoder(bytes.NewReader(body)).Decode(head) != nil {
		return nil, false
	}
	count, n := binary.Uvarint(data)
	if n <= 0 || count > uint64(len(data)-n) { // each blob takes a byte at least
		return nil, false
	}
	data = data[n:]
	blobs := make([][]byte, count)
	for i := range blobs {
		size, n := binary.Uvarint(data)
		if n <= 0 || size > uint64(len(data)-n)+1 {
			return nil, false
		}
		data = data[n:]
		if size == 0 {
			continue // nil
		}
		// capped: appending to a blob never writes over the next one
		blobs[i], data = data[:size-1:size-1], data[size-1:]
	}
	if len(data) != 0 {
		return nil, false
	}
	return blobs, true
}

// cutSized cuts a uvarint-sized piece from the front of data.
func cutSized(data []byte) (piece, rest []byte, ok bool) {
	size, n := binary.Uvarint(data)
	if n <= 0 || size > uint64(len(data)-n) {
		return nil, nil, false
	}
	return data[n : n+int(size)], data[n+int(size):], true
}
