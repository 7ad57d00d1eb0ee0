package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
)

// A product's record and a rendered document are stored as the gob of
// everything in them but their large byte slices, followed by those
// slices as they are, sealed like every entry:
//
//	uvarint length of the gob | gob | uvarint number of blobs |
//	per blob: uvarint 0 for nil, else its length + 1, then its bytes |
//	SHA-256 of all before
//
// The blobs (a record's kind.PortfolioParts, a document's Markdown, HTML
// and PDF) are most of an entry's bytes. Gob copied each twice on the way
// in (a tenth of a clean build went to encoding documents for the cache)
// and again on the way out; read back from this layout, they are slices
// of the file's bytes.

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

// writeRendered stores a rendered document in file.
func writeRendered(file string, r *rendered) error {
	head := *r
	head.MD, head.HTML, head.PDF, head.Inputs = nil, nil, nil, nil
	body, err := encodeWithBlobs(&head, [][]byte{r.MD, r.HTML, r.PDF, r.Inputs})
	if err != nil {
		return err
	}
	return writeSealedBytes(file, body)
}

// readRendered reads the document writeRendered stored in file; false
// when there is none, or it is damaged or of another layout.
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
	r.MD, r.HTML, r.PDF, r.Inputs = blobs[0], blobs[1], blobs[2], blobs[3]
	return &r, true
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
