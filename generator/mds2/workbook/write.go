package workbook

import (
	"cmp"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/render"
)

// Column widths, A to G, in digits of the default font (Arial 11).
var colWidths = [numCols]float64{13, 62, 16, 11, 19, 20, 23}

// Write returns the form as an xlsx workbook in the HN 1-2019 layout: the
// banner, the form title and a row echoing the DOC answers; the header row
// (row 5); the DOC block; per section a title row, a description row and
// one row per question (ID, question, answer, note reference, the three
// mapping cells); the OTHR free text; the notes block. Extension questions
// (JSP-VER, JSP-MODELS) are rows of the DOC block where the catalog puts
// them. DOC-7 is a date serial formatted yyyy-mm-dd, as real forms store
// it. The bytes depend on form and meta only.
func Write(form *mds2.Form, meta Meta) ([]byte, error) {
	w, err := newWriter(form, meta)
	if err != nil {
		return nil, err
	}
	defer w.f.Close()
	if err := w.write(); err != nil {
		return nil, err
	}
	if err := w.finish(); err != nil {
		return nil, err
	}
	buf, err := w.f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("mds2 workbook: %w", err)
	}
	return buf.Bytes(), nil
}

type styles struct {
	banner, title, echo, echoWrap, echoDate, header, section, describe, id, text, answer, note, mapping, date, notesHead, noteNum int
}

// writer writes the form sheet row by row through excelize's stream
// writer, which puts each row's XML out as it comes: setting cells one by
// one and encoding the whole sheet at the end cost two thirds of a
// workbook. The cells of the current row wait in pending until a later
// row is written or the sheet ends, so that its height can follow all of
// them.
type writer struct {
	form    *mds2.Form
	meta    Meta
	f       *excelize.File
	sw      *excelize.StreamWriter
	st      styles
	row     int
	err     error
	doc     map[string]int // DOC row of an ID, for the echo formulas
	pending pendingRow
	paper   paper
	scale   int         // print scale, percent
	printed []printRow  // the rows written so far, as pages lay them out
	keeps   map[int]int // row → rows from it on to print on one page
}

// pendingRow is the row being written: its cells (nil where empty), its
// height (0: the default) and the height it prints at without one (a
// larger font's line; 0: the default).
type pendingRow struct {
	row    int
	cells  [numCols]any
	height float64
	least  float64
}

func newWriter(form *mds2.Form, meta Meta) (*writer, error) {
	p, err := paperOf(meta.Paper)
	if err != nil {
		return nil, fmt.Errorf("mds2 workbook: %w", err)
	}
	w := &writer{form: form, meta: meta, f: excelize.NewFile(), doc: map[string]int{}, paper: p, scale: printScale(p), keeps: map[int]int{}}
	w.f.SetZipWriter(newZipWriter)
	if err := w.f.SetSheetName("Sheet1", SheetName); err != nil {
		return nil, err
	}
	if err := w.newStyles(); err != nil {
		w.f.Close()
		return nil, fmt.Errorf("mds2 workbook: styles: %w", err)
	}
	if err := w.sheetSetup(); err != nil {
		w.f.Close()
		return nil, fmt.Errorf("mds2 workbook: %w", err)
	}
	// The record sheet before the form sheet's stream: once the form
	// sheet is streamed, changing another sheet's visibility would read
	// it back.
	if err := w.writeRecord(); err != nil {
		w.f.Close()
		return nil, fmt.Errorf("mds2 workbook: record: %w", err)
	}
	sw, err := w.f.NewStreamWriter(SheetName)
	if err != nil {
		w.f.Close()
		return nil, fmt.Errorf("mds2 workbook: %w", err)
	}
	w.sw = sw
	return w, nil
}

func (w *writer) newStyles() error {
	font := func(bold bool, size float64) *excelize.Font {
		return &excelize.Font{Bold: bold, Size: size, Family: "Arial"}
	}
	wrap := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "top", WrapText: true}
	}
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	dateFmt := "yyyy-mm-dd"
	defs := []struct {
		dst *int
		s   excelize.Style
	}{
		{&w.st.banner, excelize.Style{Font: font(true, bannerSize)}},
		{&w.st.title, excelize.Style{Font: font(true, 11)}},
		{&w.st.echo, excelize.Style{Font: font(false, 10), Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&w.st.echoWrap, excelize.Style{Font: font(false, 10), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&w.st.echoDate, excelize.Style{Font: font(false, 10), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}, CustomNumFmt: &dateFmt}},
		{&w.st.header, excelize.Style{Font: font(true, 10), Fill: fill("D9D9D9"), Border: border, Alignment: wrap("center")}},
		{&w.st.section, excelize.Style{Font: font(true, 10), Fill: fill("DDEBF7"), Border: border, Alignment: wrap("left")}},
		{&w.st.describe, excelize.Style{Font: &excelize.Font{Italic: true, Size: 9, Family: "Arial"}, Border: border, Alignment: wrap("left")}},
		{&w.st.id, excelize.Style{Font: font(false, 9), Border: border, Alignment: wrap("left")}},
		{&w.st.text, excelize.Style{Font: font(false, 9), Border: border, Alignment: wrap("left")}},
		{&w.st.answer, excelize.Style{Font: font(true, 9), Border: border, Alignment: wrap("center")}},
		{&w.st.note, excelize.Style{Font: font(false, 9), Border: border, Alignment: wrap("center")}},
		{&w.st.mapping, excelize.Style{Font: font(false, 8), Border: border, Alignment: wrap("left")}},
		{&w.st.date, excelize.Style{Font: font(true, 9), Border: border, Alignment: wrap("center"), CustomNumFmt: &dateFmt}},
		{&w.st.notesHead, excelize.Style{Font: font(true, 10)}},
		{&w.st.noteNum, excelize.Style{Font: font(true, 9), Alignment: &excelize.Alignment{Vertical: "top"}}},
	}
	for _, d := range defs {
		id, err := w.f.NewStyle(&d.s)
		if err != nil {
			return err
		}
		*d.dst = id
	}
	return nil
}

// put sets column col of the current row to c.
func (w *writer) put(col int, c excelize.Cell) {
	if w.begin() {
		w.pending.cells[col-1] = c
	}
}

// begin makes the current row the pending one, writing the row pending
// before it; false after an error.
func (w *writer) begin() bool {
	if w.err == nil && w.pending.row != w.row {
		w.flushRow()
		w.pending = pendingRow{row: w.row}
	}
	return w.err == nil
}

// flushRow writes the pending row, if any.
func (w *writer) flushRow() {
	p := &w.pending
	if p.row == 0 || w.err != nil {
		return
	}
	var opts []excelize.RowOpts
	if p.height > 0 {
		opts = append(opts, excelize.RowOpts{Height: p.height})
	}
	w.err = w.sw.SetRow(cell(1, p.row), p.cells[:], opts...)
	for len(w.printed) < p.row-1 { // rows left empty
		w.printed = append(w.printed, printRow{height: defaultRowHeight})
	}
	w.printed = append(w.printed, printRow{height: max(p.height, p.least, defaultRowHeight)})
	p.row = 0
}

func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// set writes one string cell (blank strings leave the cell empty) with a
// style.
func (w *writer) set(col int, value string, style int) {
	if w.err != nil {
		return
	}
	if value == "" && style == 0 {
		return
	}
	if utf8.RuneCountInString(value) > excelize.TotalCellChars {
		w.err = fmt.Errorf("mds2 workbook: cell %s!%s: text longer than a cell holds (%d characters)", SheetName, cell(col, w.row), excelize.TotalCellChars)
		return
	}
	c := excelize.Cell{StyleID: style}
	if value != "" {
		c.Value = value
	}
	w.put(col, c)
}

// cellFont is the font a cell's text is set in, for measuring it.
type cellFont struct {
	size         float64
	bold, italic bool
}

// bannerSize is the size of the banner's font.
const bannerSize = 14

// The fonts of the styles (newStyles), all Arial.
var (
	fontText     = cellFont{size: 9}
	fontAnswer   = cellFont{size: 9, bold: true}
	fontDescribe = cellFont{size: 9, italic: true}
	fontMapping  = cellFont{size: 8}
	fontCaption  = cellFont{size: 10, bold: true}
	fontEcho     = cellFont{size: 10}
)

// Layout measures, in points. A unit of column width is the width of a
// digit of the workbook's default font, Arial 11 (defaultFont): 8 pixels,
// 6 points, in Excel at 96 dpi; 6.1 points in Calc, which sets Arial as
// Liberation Sans, metric-compatible. The text of a cell wraps inside its
// padding. A line of text takes the height Excel gives a row of one line
// in its font (lineHeight); Calc needs about a tenth less.
const (
	defaultFont = "Arial"
	unitPt      = 6.0
	cellPadPt   = 5.0
	rowPadPt    = 1.5
)

// lineHeight is the height of a line of text in Arial at size points, as
// Excel sets a row of one line of it.
func lineHeight(size float64) float64 {
	switch {
	case size <= 8:
		return 11.25
	case size <= 9:
		return 12
	case size <= 10:
		return 12.75
	}
	return size * 1.3
}

// cellText is the text of a cell, span columns wide from col, for fitting
// its row's height.
type cellText struct {
	col, span int
	text      string
	font      cellFont
}

// one is a cell one column wide.
func one(col int, text string, font cellFont) cellText {
	return cellText{col: col, span: 1, text: text, font: font}
}

// fit raises the current row's height to show every line of its cells'
// wrapped text, measured with Arial's metrics at the columns' widths, as
// Excel (which does not fit rows on opening) and Calc show it. A row whose
// text fits on one line keeps the default height.
func (w *writer) fit(cells ...cellText) {
	h := 0.0
	for _, c := range cells {
		if c.text == "" {
			continue
		}
		width := sum(colWidths[c.col-1:c.col-1+c.span])*unitPt - cellPadPt
		n, err := wrappedLines(c.text, width, c.font)
		if err != nil {
			if w.err == nil {
				w.err = err
			}
			return
		}
		if n > 1 {
			h = max(h, float64(n)*lineHeight(c.font.size)+rowPadPt)
		}
	}
	if h > 0 {
		w.setHeight(h)
	}
}

// wrappedLines returns how many lines text takes in width points, each of
// its paragraphs wrapped at blanks (a word longer than a line is broken
// where it reaches the edge), as a spreadsheet wraps a cell.
func wrappedLines(text string, width float64, f cellFont) (int, error) {
	measure := func(s string) (float64, error) { return pdf.TextWidth(s, f.bold, f.italic, f.size) }
	space, err := measure(" ")
	if err != nil {
		return 0, err
	}
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		x := 0.0 // width of the current line
		for i, word := range strings.Split(para, " ") {
			ww, err := measure(word)
			if err != nil {
				return 0, err
			}
			if i > 0 {
				if x > 0 && x+space+ww > width {
					lines++
					x = 0
				} else {
					x += space
				}
			}
			for ww > width && x == 0 { // a word wider than the cell
				lines++
				ww -= width
			}
			x += ww
		}
	}
	return lines, nil
}

func (w *writer) write() error {
	sw := w.sw
	// Last column first: the stream writer lists each column before
	// those set earlier, and readers expect the columns in order.
	for i := len(colWidths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, colWidths[i]); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: rowHeader, TopLeftCell: cell(colID, rowHeader+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}

	// The DOC rows first: the echo row refers to them.
	w.row = rowHeader + 1
	for _, s := range w.form.Sections {
		if s.Code == "DOC" {
			for _, r := range s.Rows {
				w.doc[r.ID] = w.row
				w.row++
			}
		}
	}

	w.row = rowBanner
	w.set(colID, Banner, w.st.banner)
	if w.begin() {
		w.pending.least = lineHeight(bannerSize) // the applications fit its one line
	}
	w.row = rowTitle
	title := w.form.Form
	if w.form.Product != "" {
		title += " — " + w.form.Product
	}
	w.set(colID, title, w.st.title)
	w.echo()

	w.row = rowHeader
	// The answer and note columns are captioned as every section's title
	// row captions them (NEMA's example leaves the answer column blank
	// here and calls the note column "See note"): row 5 is repeated atop
	// every printed page, over the section rows.
	for col, c := range []string{CaptionID, CaptionQuestion, CaptionAnswer, CaptionNoteNum, CaptionIEC, CaptionNIST, CaptionISO} {
		w.set(col+1, c, w.st.header)
	}
	w.fit(one(colAnswer, CaptionAnswer, fontCaption), one(colNote, CaptionNoteNum, fontCaption),
		one(colIEC, CaptionIEC, fontCaption), one(colNIST, CaptionNIST, fontCaption), one(colISO, CaptionISO, fontCaption))
	// The header block, the header row and the first DOC rows print on
	// one page.
	w.keep(rowBanner, rowHeader+keepRows)
	w.row++

	for _, s := range w.form.Sections {
		switch {
		case s.Code == "DOC":
			// The header block: no title row.
		case s.FreeText:
			w.row++
			w.keep(w.row, 2) // the title with the text
			w.sectionTitle(s, false)
			other := render.MarkdownFieldText(w.form.Other) // a Markdown field; the workbook shows plain text
			w.set(colQuestion, other, w.st.text)
			w.fit(one(colQuestion, other, fontText))
			w.row++
			continue
		default:
			w.row++
			title := w.row
			w.sectionTitle(s, true)
			w.keep(title, w.row-title+min(keepRows, len(s.Rows)))
		}
		for _, r := range s.Rows {
			w.question(r)
		}
	}

	w.row++
	w.set(colQuestion, CaptionNotes, w.st.notesHead)
	notes := mds2.PlainNotes(w.form.Notes)
	w.keep(w.row, 1+min(keepRows, len(notes)))
	w.row++
	for _, n := range notes {
		w.set(colID, fmt.Sprintf("Note %d", n.Number), w.st.noteNum)
		w.set(colQuestion, n.Text, w.st.text)
		w.merge(colQuestion, colISO)
		w.fit(cellText{col: colQuestion, span: colISO - colQuestion + 1, text: n.Text, font: fontText})
		w.row++
	}
	w.flushRow()
	w.pageBreaks()
	if w.err == nil {
		w.err = sw.Flush()
	}
	if w.err != nil {
		return fmt.Errorf("mds2 workbook: %w", w.err)
	}
	return nil
}

// keepRows is how many of a section's questions (or notes, or DOC rows)
// print on the page of its title row, at least.
const keepRows = 2

// keep asks that n rows from row first on print on one page.
func (w *writer) keep(first, n int) {
	w.keeps[first] = n
}

// pageBreaks lays the rows written out on pages (paginate) and puts a
// manual row break at the top of each page after the first. Pages after
// the first repeat the header row (finish).
func (w *writer) pageBreaks() {
	if w.err != nil || len(w.printed) < rowHeader {
		return
	}
	for row, n := range w.keeps {
		if row >= 1 && row <= len(w.printed) {
			w.printed[row-1].keep = n
		}
	}
	page := pageLayout{height: pageRows(w.paper, w.scale), titles: w.printed[rowHeader-1].height}
	for _, row := range paginate(w.printed, page) {
		if w.err = w.sw.InsertPageBreak(cell(colID, row)); w.err != nil {
			return
		}
	}
}

// merge merges the current row's cells from column from to column to.
func (w *writer) merge(from, to int) {
	if w.err == nil {
		w.err = w.sw.MergeCell(cell(from, w.row), cell(to, w.row))
	}
}

// setHeight raises the current row's height to h points (at most the 409
// a row can have) when that is more than the default height of a row.
func (w *writer) setHeight(h float64) {
	if h > defaultRowHeight && w.begin() {
		w.pending.height = max(w.pending.height, min(h, 409))
	}
}

// defaultRowHeight is the height, in points, of a row whose height the
// sheet does not set (excelize's default sheet).
const defaultRowHeight = 15

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// echo writes row 3: formulas repeating the manufacturer, the model, the
// document ID and the release date from the DOC block, as the form does.
func (w *writer) echo() {
	ref := func(id string) (string, bool) {
		r, ok := w.doc[id]
		return cell(colAnswer, r), ok
	}
	w.row = rowEcho
	// Each formula keeps its value as the workbook computes it, so that a
	// program that shows stored values without calculating (a viewer, a
	// preview, a script reading the file) shows it too.
	formula := func(col int, f string, value any, style int) {
		if value == "" {
			value = nil // an empty text is no stored value
		}
		w.put(col, excelize.Cell{StyleID: style, Formula: f, Value: value})
	}
	m, okM := ref("DOC-1")
	d, okD := ref("DOC-3")
	if okM {
		text := w.docText("DOC-1")
		if okD {
			text += " – " + w.docText("DOC-3")
			formula(colQuestion, fmt.Sprintf(`%s&" – "&%s`, m, d), text, w.st.echoWrap)
		} else {
			formula(colQuestion, m, text, w.st.echoWrap)
		}
		// The manufacturer and the models run on to the document ID's
		// column: they wrap over the question, answer and note columns
		// (a long list of models ran into the ID unbroken), and the row
		// grows to show them.
		w.merge(colQuestion, colNote)
		w.fit(cellText{col: colQuestion, span: colNote - colQuestion + 1, text: text, font: fontEcho})
	}
	if id, ok := ref("DOC-4"); ok {
		formula(colIEC, id, w.docText("DOC-4"), w.st.echo)
	}
	if date, ok := ref("DOC-7"); ok {
		text := w.docText("DOC-7")
		var value any = text
		if t, err := time.Parse("2006-01-02", text); err == nil {
			value = serial(t) // as the DOC-7 answer cell holds it
		}
		formula(colISO, date, value, w.st.echoDate)
	}
}

// docText is the text of DOC question id's answer as the form prints it.
func (w *writer) docText(id string) string {
	r, _ := w.form.Row(id) // a missing row prints as ""
	return r.Printed()
}

// sectionTitle writes a section's title row and, when describe is set,
// its description row (with the mapping cells the form prints there).
func (w *writer) sectionTitle(s mds2.FormSection, describe bool) {
	title := strings.ToUpper(s.Title) + " (" + s.Code + ")"
	// A free-text section has no answer, note or mapping cells: its title
	// row captions none (its columns stay shaded, the row one band).
	captions := [numCols]string{colQuestion - 1: title}
	if !s.FreeText {
		captions[colAnswer-1], captions[colNote-1] = CaptionAnswer, CaptionNoteNum
		captions[colIEC-1], captions[colNIST-1], captions[colISO-1] = CaptionIEC, CaptionNIST, CaptionISO
	}
	var cells []cellText
	for i, c := range captions {
		w.set(i+1, c, w.st.section)
		cells = append(cells, one(i+1, c, fontCaption))
	}
	w.fit(cells...)
	w.row++
	if !describe || s.Description == "" && s.References.IsZero() {
		return
	}
	w.set(colID, "", w.st.describe)
	w.set(colQuestion, s.Description, w.st.describe)
	w.set(colAnswer, "", w.st.describe)
	w.set(colNote, "", w.st.describe)
	w.set(colIEC, s.References.IEC, w.st.mapping)
	w.set(colNIST, s.References.NIST, w.st.mapping)
	w.set(colISO, s.References.ISO, w.st.mapping)
	w.fit(one(colQuestion, s.Description, fontDescribe), one(colIEC, s.References.IEC, fontMapping),
		one(colNIST, s.References.NIST, fontMapping), one(colISO, s.References.ISO, fontMapping))
	w.row++
}

func (w *writer) question(r mds2.Row) {
	w.set(colID, r.ID, w.st.id)
	w.set(colQuestion, r.Question, w.st.text)
	answer := r.Printed()
	switch {
	case r.ID == "DOC-7" && w.err == nil:
		if t, err := time.Parse("2006-01-02", answer); err == nil {
			w.put(colAnswer, excelize.Cell{StyleID: w.st.date, Value: serial(t)})
			break
		}
		w.set(colAnswer, answer, w.st.answer)
	case r.Kind == mds2.KindText:
		w.set(colAnswer, answer, w.st.text)
	default:
		w.set(colAnswer, answer, w.st.answer)
	}
	// The note column holds the note reference, the reason for an N/A,
	// or both ("Note 3: No removable media"), which the reader takes
	// apart again.
	remark := r.NoteRef()
	if r.Reason != "" && r.Basis != mds2.BasisGated {
		if remark != "" {
			remark += ": "
		}
		remark += r.Reason
	}
	w.set(colNote, remark, w.st.note)
	w.set(colIEC, r.References.IEC, w.st.mapping)
	w.set(colNIST, r.References.NIST, w.st.mapping)
	w.set(colISO, r.References.ISO, w.st.mapping)
	cells := []cellText{one(colQuestion, r.Question, fontText), one(colNote, remark, fontText),
		one(colIEC, r.References.IEC, fontMapping), one(colNIST, r.References.NIST, fontMapping), one(colISO, r.References.ISO, fontMapping)}
	switch {
	case r.Kind == mds2.KindText && remark == "" && r.References.IsZero() && r.ID != "DOC-7":
		// A text answer spans the empty note and mapping cells.
		w.merge(colAnswer, colISO)
		cells = append(cells, cellText{col: colAnswer, span: colISO - colAnswer + 1, text: answer, font: fontText})
	case r.Kind == mds2.KindText:
		cells = append(cells, one(colAnswer, answer, fontText))
	default:
		cells = append(cells, one(colAnswer, answer, fontAnswer))
	}
	w.fit(cells...)
	w.row++
}

// serial is the spreadsheet date serial of t's day (1900 system).
func serial(t time.Time) int {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int(d.Sub(excelEpoch).Hours() / 24)
}

// sheetSetup sets the form sheet's print setup and default font, before
// the stream writer starts the sheet: it writes these parts of the sheet
// as they are then. The sheet prints landscape on the site's paper at a
// fixed scale (printScale), not fitted to the page's width: Excel
// ignores manual page breaks (pageBreaks) on a sheet fitted to pages.
func (w *writer) sheetSetup() error {
	f := w.f
	size, landscape, scale := w.paper.code, "landscape", uint(w.scale)
	side, top, bottom, hf := marginSide, marginTop, marginBottom, marginHF
	steps := []func() error{
		func() error { return f.SetDefaultFont(defaultFont) },
		func() error {
			return f.SetPageLayout(SheetName, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape, AdjustTo: &scale})
		},
		func() error {
			return f.SetPageMargins(SheetName, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &top, Bottom: &bottom, Header: &hf, Footer: &hf})
		},
		func() error {
			return f.SetHeaderFooter(SheetName, &excelize.HeaderFooterOptions{OddFooter: "&L&8" + escapeHF(footerText(w.form.Document)) + "&R&8Page &P of &N"})
		},
	}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}

// finish sets the document's print titles, calculation and properties,
// all fixed.
func (w *writer) finish() error {
	f := w.f
	date := w.meta.Date
	if date.IsZero() {
		if t, err := time.Parse("2006-01-02", w.form.Document.ReleaseDate); err == nil {
			date = t
		} else {
			date = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	gen := w.meta.Generator
	if gen == "" {
		gen = "jspgen"
	}
	title := "MDS2"
	if w.form.Product != "" {
		title = "MDS2 – " + w.form.Product
	}
	yes := true
	steps := []func() error{
		func() error {
			return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", SheetName, rowHeader, rowHeader), Scope: SheetName})
		},
		func() error { return f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes}) },
		func() error {
			return f.SetDocProps(&excelize.DocProperties{
				Title: title, Subject: w.form.Form, Creator: gen, LastModifiedBy: gen,
				Identifier: w.form.Document.ID, Revision: w.form.Document.Revision,
				Created: stamp, Modified: stamp, Language: "en-US",
			})
		},
		func() error {
			return f.SetAppProps(&excelize.AppProperties{Application: gen, Company: cmp.Or(w.form.SupportedBy, w.form.Manufacturer)}) // the company that issues the file
		},
	}
	for _, s := range steps {
		if err := s(); err != nil {
			return fmt.Errorf("mds2 workbook: %w", err)
		}
	}
	return nil
}

// footerText is the left part of the page footer, the document ID and
// revision as the PDF's footer gives them.
func footerText(d mds2.Document) string {
	var parts []string
	if id := strings.TrimSpace(d.ID); id != "" {
		parts = append(parts, id)
	}
	if rev := strings.TrimSpace(d.Revision); rev != "" {
		parts = append(parts, "Revision "+rev)
	}
	return strings.Join(parts, " · ")
}

// escapeHF escapes & for a header/footer string.
func escapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }
