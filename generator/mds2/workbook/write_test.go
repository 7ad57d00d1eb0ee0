package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

func TestWriteDeterministic(t *testing.T) {
	form := exampleForm(t)
	a, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Write(exampleForm(t), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same form differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !f.Modified.IsZero() && f.Modified.Year() > 1980 {
			t.Errorf("zip entry %s carries a time stamp %v", f.Name, f.Modified)
		}
		if f.Name == "docProps/core.xml" {
			rc, _ := f.Open()
			var buf bytes.Buffer
			_, _ = buf.ReadFrom(rc)
			rc.Close()
			core := buf.String()
			kindtest.SaysAll(t, "core.xml", core, "2026-02-16T00:00:00Z", "MIS-LVP7-MDS2-001", "<dc:creator>jspgen</dc:creator>")
		}
	}
	// Another date in Meta changes the properties, nothing else.
	c, err := Write(form, Meta{Date: time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC), Generator: "jspgen test"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c) {
		t.Error("Meta.Date and Generator did not change the document properties")
	}
	if os.Getenv("JSPGEN_MDS2_XLSX") != "" { // write it out to look at it
		if err := os.WriteFile(os.Getenv("JSPGEN_MDS2_XLSX"), a, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteLayout checks the cells a reader of the HN 1-2019 layout relies
// on: the captions of row 5, the DOC block from row 6, section title rows,
// the mapping cells, DOC-7 as a date serial, the notes block.
func TestWriteLayout(t *testing.T) {
	form := exampleForm(t)
	_, f := written(t, form)
	// The form, and jspgen's record of what it wrote, very hidden: a
	// reader of the form sees one sheet.
	if got := f.GetSheetList(); !cmp.Equal(got, []string{SheetName, RecordSheet}) {
		t.Fatalf("sheets %v", got)
	}
	if visible, err := f.GetSheetVisible(RecordSheet); err != nil || visible {
		t.Errorf("record sheet visible %v (%v)", visible, err)
	}
	if props, err := f.GetSheetProps(RecordSheet); err != nil {
		t.Error(err)
	} else if i, _ := f.GetSheetIndex(SheetName); f.GetActiveSheetIndex() != i {
		t.Errorf("active sheet %d, want the form's %d (%v)", f.GetActiveSheetIndex(), i, props)
	}
	rows, err := f.GetRows(SheetName, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	at := func(ref string) string {
		c, r, _ := excelize.CellNameToCoordinates(ref)
		if r-1 < len(rows) && c-1 < len(rows[r-1]) {
			return rows[r-1][c-1]
		}
		return ""
	}
	for ref, want := range map[string]string{
		"A1": Banner, "A5": CaptionID, "B5": CaptionQuestion, "C5": CaptionAnswer, "D5": CaptionNoteNum,
		"E5": CaptionIEC, "F5": CaptionNIST, "G5": CaptionISO,
		"A6": "DOC-1", "C6": "Meridian Infusion Systems, Inc.",
	} {
		if got := at(ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	find := func(col int, value string) int {
		for i, r := range rows {
			if col < len(r) && r[col] == value {
				return i
			}
		}
		t.Fatalf("no cell %q in column %d", value, col+1)
		return -1
	}
	doc7 := find(0, "DOC-7")
	if got := rows[doc7][2]; got != "46069" { // 2026-02-16
		t.Errorf("DOC-7 cell = %q, want the serial 46069", got)
	}
	if typ, _ := f.GetCellType(SheetName, cell(3, doc7+1)); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("DOC-7 is a string cell, want a number")
	}
	alof := find(1, "AUTOMATIC LOGOFF (ALOF)")
	if got := rows[alof][4:7]; !cmp.Equal(got, []string{CaptionIEC, CaptionNIST, CaptionISO}) {
		t.Errorf("title row maps %v", got)
	}
	if got := rows[alof][2:4]; !cmp.Equal(got, []string{at("C5"), at("D5")}) {
		t.Errorf("title row captions the answer and note columns %q, the header row %q", got, []string{at("C5"), at("D5")})
	}
	// The free-text section's title row captions no empty column.
	if got := rows[find(1, "OTHER SECURITY CONSIDERATIONS (OTHR)")]; len(got) > 2 {
		t.Errorf("OTHR title row has cells %q past its title", got[2:])
	}
	a2 := find(0, "ALOF-2")
	if got := rows[a2][2:7]; !cmp.Equal(got, []string{"Yes", "Note 2", "Section 5.1, ALOF", "AC-11", "A.11.2.8, A.11.2.9"}) {
		t.Errorf("ALOF-2 row %q", got)
	}
	if got := rows[find(0, "AUDT-2.7")][3]; got != "No removable media" {
		t.Errorf("AUDT-2.7 note cell = %q, want the N/A reason", got)
	}
	notes := find(1, CaptionNotes)
	if got := rows[notes+1][:2]; got[0] != "Note 1" || !strings.HasPrefix(got[1], "The pump keeps only") {
		t.Errorf("first note row %q", got)
	}
	if got := len(rows) - notes - 1; got != len(form.Notes) {
		t.Errorf("%d note rows, want %d", got, len(form.Notes))
	}
	if formula, _ := f.GetCellFormula(SheetName, "E3"); formula != "C11" {
		t.Errorf("E3 echoes %q, want DOC-4 (C11, after the extension rows)", formula)
	}
}

// TestRoundTrip writes the example form and reads it back: the same
// answers, notes, reasons and OTHR text.
func TestRoundTrip(t *testing.T) {
	form := exampleForm(t)
	data, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	imp, err := read(t, data, "LVP7.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Problems) != 0 {
		t.Fatalf("problems:\n%v", (&Error{imp.Problems}).Error())
	}
	var want []Answer
	for _, s := range form.Sections {
		for _, r := range s.Rows {
			a := Answer{ID: r.ID, Kind: r.Kind, Answer: r.Answer, Text: r.Text, Note: r.Note}
			if r.Basis != mds2.BasisGated {
				a.Reason = r.Reason
			}
			want = append(want, a)
		}
	}
	got := imp.Answers
	for i := range got {
		got[i].Cell = ""
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("answers (-written +read):\n%s", d)
	}
	if d := cmp.Diff(form.Notes, imp.Notes); d != "" {
		t.Errorf("notes (-written +read):\n%s", d)
	}
	if imp.Other != form.Other {
		t.Errorf("other = %q, want %q", imp.Other, form.Other)
	}
}

// TestRoundTripText writes texts that need care (line ends, quotes,
// leading =, long notes, blanks) and reads them back unchanged.
func TestRoundTripText(t *testing.T) {
	form := exampleForm(t)
	form.Other = "Line one.\nLine \"two\" = 2\n\n  indented stays? no: trimmed per row"
	form.Notes = append(form.Notes, mds2.Note{Number: 40, Text: "=SUM(A1:A2) is text, not a formula.\nSecond line\twith a tab; " + strings.Repeat("long ", 400) + "end."})
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			r := &form.Sections[si].Rows[ri]
			switch r.ID {
			case "DOC-2":
				r.Text = "Two\nlines & <markup> \"quoted\""
			case "TXCF-5":
				r.Note = 40
			}
		}
	}
	data, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	imp, err := read(t, data, "text.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := imp.Lookup("DOC-2"); a.Text != "Two\nlines & <markup> \"quoted\"" {
		t.Errorf("DOC-2 = %q", a.Text)
	}
	if a, _ := imp.Lookup("TXCF-5"); a.Note != 40 {
		t.Errorf("TXCF-5 note = %d", a.Note)
	}
	if n := imp.Notes[len(imp.Notes)-1]; n != form.Notes[len(form.Notes)-1] {
		t.Errorf("note 40 = %q", n.Text)
	}
	// OTHR rows are one cell here, so even the blank line survives.
	if imp.Other != strings.TrimSpace(form.Other) {
		t.Errorf("other = %q", imp.Other)
	}
}

// TestRoundTripReasonBesideNote: an N/A given with both a reason and a
// note kept only the note in the workbook (the reason was lost); its note
// column now holds both, "Note 18: reason", which the reader takes apart
// and the product file gets back whole.
func TestRoundTripReasonBesideNote(t *testing.T) {
	form := exampleForm(t)
	var reason string
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			if r := &form.Sections[si].Rows[ri]; r.ID == "STCF-1.3" {
				r.Note, reason = 18, r.Reason
			}
		}
	}
	if reason == "" {
		t.Fatal("the example's STCF-1.3 has no reason")
	}
	data, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	imp, err := read(t, data, "LVP7.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range imp.Answers {
		if a.ID == "STCF-1.3" && (a.Answer != mds2.NA || a.Note != 18 || a.Reason != reason) {
			t.Errorf("STCF-1.3 read back as %+v; want N/A, note 18, reason %q", a, reason)
		}
	}
	want := fmt.Sprintf(`"STCF-1.3" = { answer = "na", reason = %q, note = 18 }`, reason)
	if toml := string(imp.TOML(catalog(t), TOMLOptions{})); !strings.Contains(toml, want) {
		t.Errorf("product file lacks %s", want)
	}
}

// BenchmarkWrite is one MDS2 workbook of the example product, as a build
// writes one per form.
func BenchmarkWrite(b *testing.B) {
	form := exampleForm(b)
	var size int
	for b.Loop() {
		data, err := Write(form, Meta{})
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes")
}

// TestRecordSpansCells: the record keeps its entries as lines of as few
// cells as hold them (writeRecord); a form whose notes fill more than a
// cell is recorded in several, and read back whole.
func TestRecordSpansCells(t *testing.T) {
	form := exampleForm(t)
	long := strings.Repeat("A manufacturer's long note. ", 900) // about 25,000 bytes each
	form.Notes = append(form.Notes, mds2.Note{Number: 90, Text: long + "first"}, mds2.Note{Number: 91, Text: long + "second", Generated: true})
	data, f := written(t, form)
	rows, err := f.GetRows(RecordSheet)
	if err != nil {
		t.Fatal(err)
	}
	cells := 0
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "[") {
			cells++
			if n := len(r[0]); n > maxRecordCell {
				t.Errorf("a record cell holds %d bytes, more than %d", n, maxRecordCell)
			}
		}
	}
	if cells < 3 {
		t.Errorf("the record has %d cells of entries; want the answers and each long note apart", cells)
	}
	imp, err := read(t, data, "form.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if imp.record == nil {
		t.Fatalf("no record read: %v", imp.Problems)
	}
	if n := imp.record.notes[90]; n.Text != long+"first" || n.Generated {
		t.Errorf("note 90 read back as %.40q… (generated %v)", n.Text, n.Generated)
	}
	if n := imp.record.notes[91]; n.Text != long+"second" || !n.Generated {
		t.Errorf("note 91 read back as %.40q… (generated %v)", n.Text, n.Generated)
	}
	if len(imp.record.rows) < 200 {
		t.Errorf("%d answers read back from the record", len(imp.record.rows))
	}
}

// TestEchoRowWraps: row 3 repeats the manufacturer and the models; a long
// list of models wraps over the question, answer and note columns, on a
// row tall enough for it, rather than running on into the document ID
// beside it. A short one keeps one line.
func TestEchoRowWraps(t *testing.T) {
	for _, tc := range []struct {
		name   string
		models string
		lines  int
	}{
		{"short", "LVP-7", 1},
		{"long", strings.Repeat("Sentinel B12W bedside monitor with wireless LAN (REF 7100-13); ", 4), 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			form := exampleForm(t)
			for i, r := range form.Sections[0].Rows {
				if r.ID == "DOC-3" {
					form.Sections[0].Rows[i].Text = tc.models
				}
			}
			_, f := written(t, form)
			merges, err := f.GetMergeCells(SheetName)
			if err != nil {
				t.Fatal(err)
			}
			merged := false
			for _, m := range merges {
				merged = merged || m.GetStartAxis() == "B3" && m.GetEndAxis() == "D3"
			}
			if !merged {
				t.Error("B3 is not merged over C3 and D3")
			}
			style, err := f.GetCellStyle(SheetName, "B3")
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(style)
			if err != nil {
				t.Fatal(err)
			}
			if st.Alignment == nil || !st.Alignment.WrapText {
				t.Error("B3 does not wrap")
			}
			h, err := f.GetRowHeight(SheetName, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := int(h / lineHeight(10)); got < tc.lines || tc.lines == 1 && h > 2*lineHeight(10) {
				t.Errorf("row 3 is %.2f pt high: room for %d lines of 10 pt, want %d", h, got, tc.lines)
			}
		})
	}
}

// TestEchoStoresValues: each formula of row 3 keeps the value it computes,
// so that a reader that shows stored values without calculating shows the
// manufacturer, models, document ID and date rather than blanks; an empty
// answer leaves no stored value.
func TestEchoStoresValues(t *testing.T) {
	form := exampleForm(t)
	answer := func(id string) string {
		r, _ := form.Row(id)
		return r.Printed()
	}
	date, err := time.Parse("2006-01-02", answer("DOC-7"))
	if err != nil {
		t.Fatalf("DOC-7 %q: %v", answer("DOC-7"), err)
	}
	_, f := written(t, form)
	for cell, want := range map[string]string{
		"B3": answer("DOC-1") + " – " + answer("DOC-3"),
		"E3": answer("DOC-4"),
		"G3": strconv.Itoa(serial(date)),
	} {
		if formula, _ := f.GetCellFormula(SheetName, cell); formula == "" {
			t.Errorf("%s: no formula", cell)
		}
		if got, _ := f.GetCellValue(SheetName, cell, excelize.Options{RawCellValue: true}); got != want || want == "" {
			t.Errorf("%s stores %q, want %q", cell, got, want)
		}
	}

	for i, r := range form.Sections[0].Rows {
		if r.ID == "DOC-4" {
			form.Sections[0].Rows[i].Text = ""
		}
	}
	data, _ := written(t, form)
	if sheet := sheetXML(t, data, "xl/worksheets/sheet1.xml"); !strings.Contains(sheet, `<c r="E3" s="`) || strings.Contains(sheet, `<f>C11</f><v>`) {
		t.Errorf("E3 with DOC-4 unanswered: want the formula without a stored value")
	}
}

// TestColumnsInOrder: the sheet lists its column widths left to right, as
// readers expect (the stream writer puts each before those set earlier).
func TestColumnsInOrder(t *testing.T) {
	data, _ := written(t, exampleForm(t))
	sheet := sheetXML(t, data, "xl/worksheets/sheet1.xml")
	var mins []int
	for _, m := range regexp.MustCompile(`<col min="(\d+)"`).FindAllStringSubmatch(sheet, -1) {
		n, _ := strconv.Atoi(m[1])
		mins = append(mins, n)
	}
	if len(mins) != numCols || !slices.IsSorted(mins) {
		t.Errorf("columns listed in the order %v, want 1 to %d", mins, numCols)
	}
}

// sheetXML is the text of part name of the xlsx data.
func sheetXML(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
