package generator

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
)

// A product's record is stored as the gob of everything in it but its
// parts, followed by the parts as they are, sealed like every entry:
//
//	uvarint length of the gob | gob | uvarint number of parts |
//	per part: uvarint 0 for nil, else its length + 1, then its bytes |
//	SHA-256 of all before
//
// The parts (kind.PortfolioParts: a product's CSAF documents and the
// like) are two thirds of a record's bytes, and an edit reads the record
// of every product it carries over. Gob copied each part twice on the
// way in and took about half the time of reading the records; read back
// from this layout, the parts are slices of the file's bytes.

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
	var body bytes.Buffer
	if err := gob.NewEncoder(&body).Encode(&head); err != nil {
		return nil, err
	}
	size := body.Len() + 2*binary.MaxVarintLen64
	for _, p := range rec.Parts {
		size += binary.MaxVarintLen64 + len(p)
	}
	out := make([]byte, 0, size)
	out = binary.AppendUvarint(out, uint64(body.Len()))
	out = append(out, body.Bytes()...)
	out = binary.AppendUvarint(out, uint64(len(rec.Parts)))
	for _, p := range rec.Parts {
		if p == nil {
			out = binary.AppendUvarint(out, 0)
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(p))+1)
		out = append(out, p...)
	}
	return out, nil
}

// decodeRecord reads what encodeRecord made; its parts are slices of
// data.
func decodeRecord(data []byte) (*productRecord, bool) {
	body, data, ok := cutSized(data)
	if !ok {
		return nil, false
	}
	var rec productRecord
	if gob.NewDecoder(bytes.NewReader(body)).Decode(&rec) != nil {
		return nil, false
	}
	count, n := binary.Uvarint(data)
	if n <= 0 || count > uint64(len(data)-n) { // each part takes a byte at least
		return nil, false
	}
	data = data[n:]
	rec.Parts = make([][]byte, count)
	for i := range rec.Parts {
		size, n := binary.Uvarint(data)
		if n <= 0 || size > uint64(len(data)-n)+1 {
			return nil, false
		}
		data = data[n:]
		if size == 0 {
			continue // nil
		}
		// capped: appending to a part never writes over the next one
		rec.Parts[i], data = data[:size-1:size-1], data[size-1:]
	}
	if len(data) != 0 {
		return nil, false
	}
	return &rec, true
}

// cutSized cuts a uvarint-sized piece from the front of data.
func cutSized(data []byte) (piece, rest []byte, ok bool) {
	size, n := binary.Uvarint(data)
	if n <= 0 || size > uint64(len(data)-n) {
		return nil, nil, false
	}
	return data[n : n+int(size)], data[n+int(size):], true
}
