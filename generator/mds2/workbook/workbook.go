// Package workbook reads and writes the MDS2 form as the spreadsheet
// hospitals and vendor-risk tools exchange: one worksheet in the layout of
// NEMA's filled example of ANSI/NEMA HN 1-2019 (header block, a header row
// of column captions, the DOC block, one title row per section followed by
// one row per question ID, the OTHR free text and the numbered notes).
//
// Write turns a resolved form into deterministic xlsx bytes; Read takes a
// filled workbook in that layout back to answers and notes, tolerating the
// irregularities of real forms, and Import.TOML renders them as the
// product file's [mds2] section.
package workbook

import (
	"strings"
	"time"
)

// Captions of the header row, as the HN 1-2019 form prints them.
const (
	CaptionID       = "Question ID"
	CaptionQuestion = "Question"
	CaptionAnswer   = "Yes, No, N/A, or See Note"
	CaptionNote     = "See note"
	CaptionNoteNum  = "Note #"
	CaptionIEC      = "IEC TR 80001-2-2:2012"
	CaptionNIST     = "NIST SP 800-53 Rev. 4"
	CaptionISO      = "ISO 27002:2013"
	CaptionNotes    = "Notes:"
)

// SheetName is the name of the worksheet Write creates.
const SheetName = "MDS2"

// Banner is the first row of the form.
const Banner = "Manufacturer Disclosure Statement for Medical Device Security – MDS2"

// Layout rows of the sheet Write creates (1-based).
const (
	rowBanner = 1
	rowTitle  = 2
	rowEcho   = 3
	rowHeader = 5
)

// Columns, 1-based, as in the form.
const (
	colID = iota + 1
	colQuestion
	colAnswer
	colNote
	colIEC
	colNIST
	colISO
	numCols = colISO
)

// Meta is what the workbook says about itself besides the form.
type Meta struct {
	// Date stamps the document properties (created and modified). The zero
	// value means the form's release date, else 1980-01-01; never the
	// current time, so that the same form gives the same bytes.
	Date time.Time
	// Generator is the creating application in the document properties;
	// "" means "jspgen".
	Generator string
	// Paper is the paper the sheet prints on, as the site's PDFs do:
	// "letter" (also "") or "a4".
	Paper string
}

// excelEpoch is day 0 of the 1900 date system as spreadsheets count it
// (serial 1 = 1900-01-01 counting Lotus's phantom 1900-02-29; for every
// date after February 1900 the serial is days since 1899-12-30).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelEpoch1904 is day 0 of the 1904 date system (old Mac workbooks).
var excelEpoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)

// normCaption folds a caption for comparison: lower case, inner blanks
// collapsed, no-break spaces as blanks.
func normCaption(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
