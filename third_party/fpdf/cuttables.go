// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import "sync"

// cutTables is what GenerateCutFont reads from a font before it looks at
// the runes of a subset: the table directory, the rune-to-glyph map and
// the glyph offsets. None of it depends on the subset, so a font parsed
// once by ParseUTF8Font reads it once for every document (sharedCutTables)
// instead of once per document. It is never modified after reading.
type cutTables struct {
	tableDescriptions    map[string]*tableDescription
	charSymbolDictionary map[int]int // rune -> glyph index
	symbolPosition       []int       // glyph index -> offset in glyf
	locaFormat           int
	metricsCount         int // numberOfHMetrics
}

// readCutTables reads a font's cutTables; nil if it has no Unicode cmap.
func readCutTables(ttf []byte) *cutTables {
	utf := newUTF8Font(&fileReader{readerPosition: 0, array: ttf})
	utf.skip(4)
	utf.generateTableDescriptions()

	utf.SeekTable("head")
	utf.skip(50)
	locaFormat := utf.readUint16()

	utf.SeekTable("hhea")
	utf.skip(34)
	metricsCount := utf.readUint16()

	utf.SeekTable("maxp")
	utf.skip(4)
	numSymbols := utf.readUint16()

	if utf.generateCMAP() == nil {
		return nil
	}
	utf.parseLOCATable(locaFormat, numSymbols)
	return &cutTables{
		tableDescriptions:    utf.tableDescriptions,
		charSymbolDictionary: utf.charSymbolDictionary,
		symbolPosition:       utf.symbolPosition,
		locaFormat:           locaFormat,
		metricsCount:         metricsCount,
	}
}

// sharedCutTables reads a font's cutTables on first use, once, for any
// number of documents, also concurrent ones.
type sharedCutTables struct {
	once    sync.Once
	tables  *cutTables
	subsets subsetMemo // the subsets written of the font
}

func (s *sharedCutTables) get(ttf []byte) *cutTables {
	s.once.Do(func() { s.tables = readCutTables(ttf) })
	return s.tables
}
