// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"slices"
)

// UTF8Font is a TrueType font parsed by ParseUTF8Font, ready to be added to
// documents with AddUTF8FontFromParsed. It is never modified after parsing,
// so one UTF8Font can serve any number of documents, also concurrently.
//
// AddUTF8FontFromBytes parses the font again for every document, which takes
// milliseconds per face; a program that writes many documents with the same
// fonts parses each face once instead.
type UTF8Font struct {
	ttf    []byte
	def    fontDefType      // metrics; Name, i, usedRunes and utf8File are set per document
	widths [sha1.Size]byte  // digest of def.Cw, for the font ID
	cut    *sharedCutTables // what subsetting reads from the font, read once
}

// ParseUTF8Font parses a TrueType font for AddUTF8FontFromParsed. The font
// keeps utf8Bytes, which must not be changed afterwards.
func ParseUTF8Font(utf8Bytes []byte) (*UTF8Font, error) {
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
	if err := utf8File.parseFile(); err != nil {
		return nil, err
	}
	def := fontDefType{
		Tp: "UTF8",
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up: int(round(utf8File.UnderlinePosition)),
		Ut: round(utf8File.UnderlineThickness),
		Cw: utf8File.CharWidths,
	}
	return &UTF8Font{ttf: utf8Bytes, def: def, widths: widthsDigest(def.Cw), cut: &sharedCutTables{}}, nil
}

// AddUTF8FontFromParsed is AddUTF8FontFromBytes for a font parsed once by
// ParseUTF8Font.
func (f *Fpdf) AddUTF8FontFromParsed(familyStr, styleStr string, font *UTF8Font) {
	if f.err != nil {
		return
	}
	f.addUTF8Font(getFontKey(fontFamilyEscape(familyStr), styleStr), font)
}

func (f *Fpdf) addUTF8Font(fontkey string, font *UTF8Font) {
	if _, ok := f.fonts[fontkey]; ok {
		return
	}
	def := font.def
	def.Name = fontkey
	// The subsetting state of this document; GenerateCutFont reads the
	// font afresh into it when the document is written.
	def.utf8File = newUTF8Font(&fileReader{readerPosition: 0, array: font.ttf})
	def.utf8File.shared = font.cut
	if f.aliasNbPagesStr == "" {
		def.usedRunes = makeSubsetRange(57)
	} else {
		def.usedRunes = makeSubsetRange(32)
	}
	def.seenRunes = new([seenLimit / 64]uint64)
	def.i = fontID(def, font.widths)
	f.fonts[fontkey] = def
}

// widthsDigest digests a width table for fontID: the SHA-1 of its widths
// as big-endian uint32s, fed in small pieces rather than encoded whole
// (a UTF-8 font's table has 65536 widths).
func widthsDigest(cw []int) [sha1.Size]byte {
	h := sha1.New()
	var buf [4096]byte
	b := buf[:0]
	for _, w := range cw {
		if len(b) == len(buf) {
			h.Write(b)
			b = buf[:0]
		}
		b = binary.BigEndian.AppendUint32(b, uint32(w))
	}
	h.Write(b)
	var sum [sha1.Size]byte
	h.Sum(sum[:0])
	return sum
}

// fontID identifies a font definition by a digest of its fields (File
// excepted, as it can differ between instances), given the digest of its
// width table. Hashing the fields directly is much cheaper than encoding
// the whole definition, 65536 widths included, as JSON.
func fontID(fdt fontDefType, widths [sha1.Size]byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "%q %q %+v %d %d %q %q %d %d %d %d %d %x",
		fdt.Tp, fdt.Name, fdt.Desc, fdt.Up, fdt.Ut, fdt.Enc, fdt.Diff,
		fdt.Size1, fdt.Size2, fdt.OriginalSize, fdt.N, fdt.DiffN, widths)
	return fmt.Sprintf("%x", h.Sum(nil))
}

// subsetTag is the tag that the PostScript name of an embedded font subset
// begins with (ISO 32000-1, 9.6.4): six upper-case letters, then "+" in
// the name. It is derived from the font and the runes of the subset, so
// the same document gives the same name, and different subsets of a font
// get different names.
func subsetTag(name string, usedRunes map[int]int) string {
	runes := make([]int, 0, len(usedRunes))
	for _, r := range usedRunes {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	h := sha1.New()
	h.Write([]byte(name))
	for _, r := range slices.Compact(runes) {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(r)))
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}
