// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"encoding/binary"
	"slices"
	"sync"
)

// fontSubset is what a document embeds of a UTF-8 font for the runes it
// uses: the subset font program and its CIDToGIDMap, compressed, and the
// width array of its CIDFont.
type fontSubset struct {
	widths     string // "/W [ … ]" (cidWidthArray)
	fontLength int    // of the font program before compression
	font       []byte // the font program, compressed
	cidToGID   []byte // the CIDToGIDMap, compressed
}

// maxSharedSubsets bounds the subsets a parsed font remembers.
const maxSharedSubsets = 64

// subsetMemo remembers the subsets of a font parsed once (ParseUTF8Font)
// by their runes: documents made from the same template use the same
// runes, and cutting the font, compressing the 128 KiB CIDToGIDMap and
// making the width array cost more than the rest of writing the fonts.
// The subset depends on the font and the runes alone, so a remembered
// one gives the same bytes.
type subsetMemo struct {
	mu      sync.Mutex
	subsets map[string]*fontSubset
}

func (m *subsetMemo) get(key string) *fontSubset {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.subsets[key]
}

func (m *subsetMemo) put(key string, s *fontSubset) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.subsets == nil {
		m.subsets = map[string]*fontSubset{}
	}
	if len(m.subsets) >= maxSharedSubsets {
		for k := range m.subsets { // any one: which one only costs time
			delete(m.subsets, k)
			break
		}
	}
	m.subsets[key] = s
}

// subset cuts the font to usedRunes and compresses what the document
// embeds, or takes a subset the parsed font remembers; cw are the font's
// widths (its definition's Cw), for the width array.
func (utf *utf8FontFile) subset(usedRunes map[int]int, cw []int) *fontSubset {
	var key string
	if utf.shared != nil {
		key = runesKey(usedRunes)
		if s := utf.shared.subsets.get(key); s != nil {
			return s
		}
	}
	stream := utf.GenerateCutFont(usedRunes)
	cidToGID := make([]byte, 256*256*2)
	for cc, glyph := range utf.CodeSymbolDictionary {
		if cc != 0 {
			cidToGID[cc*2] = byte(glyph >> 8)
			cidToGID[cc*2+1] = byte(glyph & 0xFF)
		}
	}
	s := &fontSubset{widths: cidWidthArray(cw, usedRunes, utf.LastRune), fontLength: len(stream), font: compressed(stream), cidToGID: compressed(cidToGID)}
	if utf.shared != nil && stream != nil {
		utf.shared.subsets.put(key, s)
	}
	return s
}

// compressed is data compressed as xmem.compress does it, in a slice of
// its own.
func compressed(data []byte) []byte {
	mem := xmem.compress(data)
	defer mem.release()
	return bytes.Clone(mem.bytes())
}

// runesKey identifies a set of used runes (rune → value) by its sorted
// pairs.
func runesKey(usedRunes map[int]int) string {
	keys := make([]int, 0, len(usedRunes))
	for r := range usedRunes {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	b := make([]byte, 0, 8*len(keys))
	for _, r := range keys {
		b = binary.AppendUvarint(b, uint64(r))
		b = binary.AppendUvarint(b, uint64(usedRunes[r]))
	}
	return string(b)
}

// putSharedStream is putstream for bytes the document does not own:
// encryption works in place, so it gets a copy.
func (f *Fpdf) putSharedStream(b []byte) {
	if f.protect.encrypted {
		b = bytes.Clone(b)
	}
	f.putstream(b)
}
