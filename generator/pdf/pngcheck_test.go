package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	imagecolor "image/color"
	"image/png"
	"strings"
	"testing"
)

// encodedPNG is img as image/png writes it.
func encodedPNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngChunk is one chunk, its length and CRC computed.
func pngChunk(typ string, body []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	out = append(append(out, typ...), body...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[4:]))
}

// assembledPNG is a PNG made of the given chunks.
func assembledPNG(chunks ...[]byte) []byte {
	return bytes.Join(append([][]byte{[]byte("\x89PNG\r\n\x1a\n")}, chunks...), nil)
}

func ihdr(w, h uint32, depth, colorType, interlace byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, w)
	b = binary.BigEndian.AppendUint32(b, h)
	return pngChunk("IHDR", append(b, depth, colorType, 0, 0, interlace))
}

func zlibbed(raw []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	return buf.Bytes()
}

// rgbRows is the raw data of a w×h 8-bit RGB image: each row its filter
// byte (filter) and zeros.
func rgbRows(w, h int, filter byte) []byte {
	var raw []byte
	for range h {
		raw = append(append(raw, filter), make([]byte, 3*w)...)
	}
	return raw
}

// adam7 is the raw data of an interlaced w×h 8-bit grayscale image: the
// seven passes' rows, empty passes without a filter byte.
func adam7(w, h int) []byte {
	var raw []byte
	for _, p := range [][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}} {
		pw, ph := (w-p[0]+p[2]-1)/p[2], (h-p[1]+p[3]-1)/p[3]
		if pw <= 0 || ph <= 0 {
			continue
		}
		for range ph {
			raw = append(append(raw, 1), bytes.Repeat([]byte{7}, pw)...)
		}
	}
	return raw
}

func TestCheckPNG(t *testing.T) {
	rgb := image.NewRGBA(image.Rect(0, 0, 150, 40)) // opaque: written as 8-bit RGB
	for i := range rgb.Pix {
		rgb.Pix[i] = byte(i*7) | 3
	}
	rgba := image.NewNRGBA(image.Rect(0, 0, 31, 17))
	for i := range rgba.Pix {
		rgba.Pix[i] = byte(i * 13)
	}
	gray16 := image.NewGray16(image.Rect(0, 0, 9, 5))
	pal := image.NewPaletted(image.Rect(0, 0, 13, 7), imagecolor.Palette{imagecolor.Black, imagecolor.White, imagecolor.NRGBA{255, 0, 0, 128}})
	for i := range pal.Pix {
		pal.Pix[i] = byte(i % 3)
	}
	good := encodedPNG(t, rgb)
	idatAt := bytes.Index(good, []byte("IDAT")) - 4
	iendAt := bytes.Index(good, []byte("IEND")) - 4
	flipped := func(at int) []byte { b := bytes.Clone(good); b[at] ^= 0x40; return b }
	rows := rgbRows(4, 3, 0)

	tests := []struct {
		name string
		data []byte
		ok   bool
		msg  string // in the error, when not ""
	}{
		{"RGB", good, true, ""},
		{"RGBA", encodedPNG(t, rgba), true, ""},
		{"16-bit gray", encodedPNG(t, gray16), true, ""},
		{"paletted with transparency", encodedPNG(t, pal), true, ""},
		{"interlaced 13×7", assembledPNG(ihdr(13, 7, 8, 0, 1), pngChunk("IDAT", zlibbed(adam7(13, 7))), pngChunk("IEND", nil)), true, ""},
		{"interlaced 1×1", assembledPNG(ihdr(1, 1, 8, 0, 1), pngChunk("IDAT", zlibbed(adam7(1, 1))), pngChunk("IEND", nil)), true, ""},
		{"image data split over three IDATs", func() []byte {
			z := zlibbed(rows)
			return assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", z[:5]), pngChunk("IDAT", z[5:9]), pngChunk("IDAT", z[9:]), pngChunk("IEND", nil))
		}(), true, ""},
		{"an ancillary chunk between", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("tEXt", []byte("a\x00b")), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), true, ""},
		{"an IDAT after another chunk is ignored", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("tEXt", nil), pngChunk("IDAT", []byte("junk")), pngChunk("IEND", nil)), true, ""},

		{"interlaced 1×8: an empty pass before others", assembledPNG(ihdr(1, 8, 8, 0, 1), pngChunk("IDAT", zlibbed(adam7(1, 8))), pngChunk("IEND", nil)), true, ""},
		{"paletted with 256 colors, each with its alpha", assembledPNG(ihdr(4, 3, 8, 3, 0), pngChunk("PLTE", make([]byte, 3*256)), pngChunk("tRNS", make([]byte, 256)),
			pngChunk("IDAT", zlibbed(bytes.Repeat([]byte{0, 1, 2, 255, 4}, 3))), pngChunk("IEND", nil)), true, ""},
		{"image data split by another chunk", func() []byte {
			z := zlibbed(rows)
			return assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", z[:5]), pngChunk("tEXt", nil), pngChunk("IDAT", z[5:]), pngChunk("IEND", nil))
		}(), false, ""},
		{"truncated in the image data", good[:idatAt+40], false, ""},
		{"truncated before IEND", good[:iendAt], false, ""},
		{"IEND's CRC", flipped(len(good) - 1), false, `chunk "IEND": checksum mismatch`},
		{"a byte of the image data", flipped(idatAt + 8 + 100), false, ""},
		{"not a PNG", []byte("GIF89a"), false, ""},
		{"no IHDR first", assembledPNG(pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"two IHDR", assembledPNG(ihdr(4, 3, 8, 2, 0), ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"no IDAT", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IEND", nil)), false, ""},
		{"filter type 5", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rgbRows(4, 3, 5))), pngChunk("IEND", nil)), false, "filter type 5"},
		{"a row short", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows[:len(rows)-1])), pngChunk("IEND", nil)), false, "unexpected EOF"},
		{"a row more", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rgbRows(4, 4, 0))), pngChunk("IEND", nil)), false, "more than the image's rows"},
		{"interlaced data for a plain image", assembledPNG(ihdr(13, 7, 8, 0, 0), pngChunk("IDAT", zlibbed(adam7(13, 7))), pngChunk("IEND", nil)), false, ""},
		{"plain data for an interlaced image", assembledPNG(ihdr(4, 3, 8, 2, 1), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"zlib checksum", func() []byte {
			z := zlibbed(rows)
			z[len(z)-1] ^= 1
			return assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", z), pngChunk("IEND", nil))
		}(), false, ""},
		{"bit depth 8 with color type 1", assembledPNG(ihdr(4, 3, 8, 1, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"interlace method 2", assembledPNG(ihdr(4, 3, 8, 2, 2), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"zero height", assembledPNG(ihdr(4, 0, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, "dimensions"},
		{"width of 2^31", assembledPNG(ihdr(1<<31, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, "dimensions"},
		{"height of 2^31", assembledPNG(ihdr(4, 1<<31, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, "dimensions"},
		{"16-bit paletted", assembledPNG(ihdr(4, 3, 16, 3, 0), pngChunk("PLTE", make([]byte, 6)), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, "bit depth 16 with color type 3"},
		{"compression method 1", func() []byte {
			h := ihdr(4, 3, 8, 2, 0)
			h[8+10] = 1
			return assembledPNG(pngChunk("IHDR", h[8:8+13]), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil))
		}(), false, "unknown compression or filter method"},
		{"filter method 1", func() []byte {
			h := ihdr(4, 3, 8, 2, 0)
			h[8+11] = 1
			return assembledPNG(pngChunk("IHDR", h[8:8+13]), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil))
		}(), false, "unknown compression or filter method"},
		{"PLTE of 257 colors", assembledPNG(ihdr(4, 3, 8, 3, 0), pngChunk("PLTE", make([]byte, 3*257)), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, "palette of 771 bytes"},
		{"chunk length one byte past the end", func() []byte {
			c := pngChunk("IDAT", zlibbed(rows))
			binary.BigEndian.PutUint32(c, uint32(len(c)-12+1))
			return assembledPNG(ihdr(4, 3, 8, 2, 0), c)
		}(), false, "past the end of the file"},
		{"zero width", assembledPNG(ihdr(0, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"paletted without PLTE", assembledPNG(ihdr(4, 3, 8, 3, 0), pngChunk("IDAT", zlibbed(rgbRows(4, 3, 0)[:3*5])), pngChunk("IEND", nil)), false, ""},
		{"PLTE in a gray image", assembledPNG(ihdr(4, 3, 8, 0, 0), pngChunk("PLTE", make([]byte, 6)), pngChunk("IDAT", zlibbed(bytes.Repeat([]byte{0, 1, 2, 3, 4}, 3))), pngChunk("IEND", nil)), false, ""},
		{"PLTE of 4 bytes", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("PLTE", make([]byte, 4)), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"PLTE after the image data", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("PLTE", make([]byte, 6)), pngChunk("IEND", nil)), false, ""},
		{"tRNS in an RGBA image", assembledPNG(ihdr(4, 3, 8, 6, 0), pngChunk("tRNS", make([]byte, 6)), pngChunk("IDAT", zlibbed(rgbRows(4, 3, 0))), pngChunk("IEND", nil)), false, ""},
		{"tRNS of 4 bytes in an RGB image", assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("tRNS", make([]byte, 4)), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)), false, ""},
		{"chunk length past the end", assembledPNG(ihdr(4, 3, 8, 2, 0), []byte("\x7f\x00\x00\x00IDAT")), false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkPNG(tc.data)
			if (err == nil) != tc.ok {
				t.Errorf("checkPNG = %v, want ok %v", err, tc.ok)
			}
			if err != nil && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("checkPNG = %v, want it to say %q", err, tc.msg)
			}
			// the verdict is image/png's
			if _, derr := png.Decode(bytes.NewReader(tc.data)); (derr == nil) != tc.ok {
				t.Errorf("png.Decode = %v, the table says ok %v", derr, tc.ok)
			}
		})
	}
}

// FuzzCheckPNG: checkPNG accepts exactly the PNGs image/png decodes.
func FuzzCheckPNG(f *testing.F) {
	rows := rgbRows(4, 3, 0)
	f.Add(encodedPNG(f, image.NewNRGBA(image.Rect(0, 0, 5, 3))))
	f.Add(encodedPNG(f, image.NewPaletted(image.Rect(0, 0, 13, 7), imagecolor.Palette{imagecolor.Black, imagecolor.White})))
	f.Add(encodedPNG(f, image.NewGray16(image.Rect(0, 0, 9, 2))))
	f.Add(assembledPNG(ihdr(13, 7, 8, 0, 1), pngChunk("IDAT", zlibbed(adam7(13, 7))), pngChunk("IEND", nil)))
	f.Add(assembledPNG(ihdr(4, 3, 8, 2, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)))
	f.Fuzz(func(t *testing.T, data []byte) {
		// image/png allocates the whole image: keep to small ones
		if cfg, err := png.DecodeConfig(bytes.NewReader(data)); err == nil && cfg.Width*cfg.Height > 1<<20 {
			t.Skip()
		}
		err := checkPNG(data)
		_, derr := png.Decode(bytes.NewReader(data))
		if (err == nil) != (derr == nil) {
			t.Errorf("checkPNG = %v, png.Decode = %v", err, derr)
		}
	})
}

// BenchmarkCheckPNG compares the check with a full decode on a diagram
// of the example's size.
func BenchmarkCheckPNG(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 1500, 1000))
	for i := range img.Pix {
		img.Pix[i] = byte(i/4%251) | 0x80
		if i%4 == 3 {
			img.Pix[i] = 0xff
		}
	}
	data := encodedPNG(b, img)
	b.Run("checkPNG", func(b *testing.B) {
		for b.Loop() {
			if err := checkPNG(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("png.Decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := png.Decode(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// The largest dimensions a PNG may declare are dimensions, not damage:
// such an image fails only for want of its data (image/png is not asked:
// it would allocate the whole image first).
func TestCheckPNGLargestDimensions(t *testing.T) {
	rows := rgbRows(4, 3, 0)
	for _, size := range [][2]uint32{{1<<31 - 1, 1}, {1, 1<<31 - 1}} {
		err := checkPNG(assembledPNG(ihdr(size[0], size[1], 1, 0, 0), pngChunk("IDAT", zlibbed(rows)), pngChunk("IEND", nil)))
		if err == nil || !strings.Contains(err.Error(), "image data") {
			t.Errorf("%d×%d with the data of 4×3: %v, want an error about the image data", size[0], size[1], err)
		}
	}
}
