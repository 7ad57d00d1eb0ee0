package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// checkPNG rejects a damaged PNG as image/png's decoder does (signature,
// chunk lengths and CRCs, chunk order, the header's values, the palette
// and transparency chunks, the image data's zlib stream and checksum, its
// length and every row's filter type) without undoing the row filters
// into pixels, which
// was most of the decoder's time: a full decode of the example's two
// 1500×1000 diagrams was a tenth of its build. fpdf embeds the image
// data as it is, so data that inflates to the right rows with valid
// filters is data a PDF viewer can draw.
func checkPNG(data []byte) error {
	const signature = "\x89PNG\r\n\x1a\n"
	if !bytes.HasPrefix(data, []byte(signature)) {
		return errors.New("not a PNG signature")
	}
	rest := data[len(signature):]
	// The stages and the chunk order they allow are image/png's.
	const (
		start = iota
		seenIHDR
		seenPLTE
		seenTRNS
		seenIDAT
	)
	stage := start
	var (
		hdr     pngHeader
		idat    [][]byte // the first run of IDAT chunks: the image data
		runOver bool     // a chunk after that run has been seen; later IDATs are ignored, as image/png does
	)
	for {
		if len(rest) < 12 {
			return io.ErrUnexpectedEOF
		}
		n := binary.BigEndian.Uint32(rest)
		if n > 0x7fffffff || uint64(len(rest)-12) < uint64(n) {
			return fmt.Errorf("chunk length %d past the end of the file", n)
		}
		typ, body := string(rest[4:8]), rest[8:8+n]
		if crc32.ChecksumIEEE(rest[4:8+n]) != binary.BigEndian.Uint32(rest[8+n:]) {
			return fmt.Errorf("chunk %q: checksum mismatch", typ)
		}
		rest = rest[12+n:]
		if len(idat) > 0 && typ != "IDAT" {
			runOver = true
		}
		paletted := hdr.colorType == 3
		switch typ {
		case "IHDR":
			if stage != start {
				return errors.New("IHDR chunk out of order")
			}
			var err error
			if hdr, err = parsePNGHeader(body); err != nil {
				return err
			}
			stage = seenIHDR
		case "PLTE":
			if stage != seenIHDR {
				return errors.New("PLTE chunk out of order")
			}
			if np := len(body) / 3; len(body)%3 != 0 || np == 0 || np > 256 || np > 1<<hdr.depth {
				return fmt.Errorf("palette of %d bytes", len(body))
			}
			if hdr.colorType == 0 || hdr.colorType == 4 {
				return errors.New("PLTE chunk in a grayscale image")
			}
			stage = seenPLTE
		case "tRNS":
			switch {
			case paletted && stage != seenPLTE,
				hdr.colorType == 2 && stage != seenIHDR && stage != seenPLTE,
				!paletted && hdr.colorType != 2 && stage != seenIHDR:
				return errors.New("tRNS chunk out of order")
			}
			if want := map[byte]int{0: 2, 2: 6}[hdr.colorType]; hdr.colorType == 4 || hdr.colorType == 6 ||
				want > 0 && len(body) != want || paletted && len(body) > 256 {
				return fmt.Errorf("tRNS chunk of %d bytes with color type %d", len(body), hdr.colorType)
			}
			stage = seenTRNS
		case "IDAT":
			if stage == start || stage == seenIHDR && paletted {
				return errors.New("IDAT chunk out of order")
			}
			if !runOver {
				idat = append(idat, body)
			}
			stage = seenIDAT
		case "IEND":
			if stage != seenIDAT {
				return errors.New("IEND chunk out of order")
			}
			return checkPNGData(hdr, idat)
		}
		// any other chunk is skipped, as image/png and fpdf skip it
	}
}

// pngHeader is what checkPNG needs of IHDR.
type pngHeader struct {
	width, height    uint32
	depth, colorType byte
	interlaced       bool
}

func parsePNGHeader(b []byte) (pngHeader, error) {
	if len(b) != 13 {
		return pngHeader{}, fmt.Errorf("IHDR of %d bytes", len(b))
	}
	h := pngHeader{width: binary.BigEndian.Uint32(b), height: binary.BigEndian.Uint32(b[4:]), depth: b[8], colorType: b[9]}
	if h.width == 0 || h.height == 0 || h.width > 0x7fffffff || h.height > 0x7fffffff {
		return h, fmt.Errorf("dimensions %d×%d", h.width, h.height)
	}
	depths := map[byte]string{0: "\x01\x02\x04\x08\x10", 2: "\x08\x10", 3: "\x01\x02\x04\x08", 4: "\x08\x10", 6: "\x08\x10"}
	allowed, ok := depths[h.colorType]
	if !ok || !bytes.ContainsRune([]byte(allowed), rune(h.depth)) {
		return h, fmt.Errorf("bit depth %d with color type %d", h.depth, h.colorType)
	}
	if b[10] != 0 || b[11] != 0 {
		return h, errors.New("unknown compression or filter method")
	}
	switch b[12] {
	case 0:
	case 1:
		h.interlaced = true
	default:
		return h, fmt.Errorf("interlace method %d", b[12])
	}
	return h, nil
}

// checkPNGData inflates the image data and walks its rows: each a valid
// filter type and its bytes, none missing and none more; reading to the
// end checks the zlib checksum.
func checkPNGData(h pngHeader, idat [][]byte) error {
	readers := make([]io.Reader, len(idat))
	for i, b := range idat {
		readers[i] = bytes.NewReader(b)
	}
	zr, err := zlib.NewReader(io.MultiReader(readers...))
	if err != nil {
		return fmt.Errorf("image data: %w", err)
	}
	channels := map[byte]uint64{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[h.colorType]
	bitsPerPixel := channels * uint64(h.depth)
	passes := [][4]uint64{{0, 0, 1, 1}} // x and y offsets and steps
	if h.interlaced {                   // Adam7
		passes = [][4]uint64{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	}
	var filter [1]byte
	for _, p := range passes {
		w := (uint64(h.width) + p[2] - 1 - p[0]) / p[2]
		rows := (uint64(h.height) + p[3] - 1 - p[1]) / p[3]
		if w == 0 || rows == 0 {
			continue // an empty pass has no rows, not even their filter bytes
		}
		rowBytes := (w*bitsPerPixel + 7) / 8
		for range rows {
			if _, err := io.ReadFull(zr, filter[:]); err != nil {
				return fmt.Errorf("image data: %w", noEOF(err))
			}
			if filter[0] > 4 {
				return fmt.Errorf("image data: filter type %d", filter[0])
			}
			if _, err := io.CopyN(io.Discard, zr, int64(rowBytes)); err != nil {
				return fmt.Errorf("image data: %w", noEOF(err))
			}
		}
	}
	var more [1]byte
	n, err := io.ReadFull(zr, more[:])
	if n > 0 {
		return errors.New("image data: more than the image's rows")
	}
	if err != io.EOF {
		return fmt.Errorf("image data: %w", err) // a bad checksum, or damaged data past the rows
	}
	return nil
}

// noEOF turns the end of the data in the middle of a row into the error
// it is.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
