package workbook

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestPrintSetup: the sheet prints on the site's paper (the PDFs' paper)
// and its footer names the document ID and revision as the PDF's does.
func TestPrintSetup(t *testing.T) {
	for _, c := range []struct {
		paper string
		size  int
	}{{"", 1}, {"letter", 1}, {"a4", 9}, {"A4", 9}} {
		form := exampleForm(t)
		form.Document.ID, form.Document.Revision = "MIS-LVP7-MDS2-001", "C"
		data, err := Write(form, Meta{Paper: c.paper})
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		layout, err := f.GetPageLayout(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if got := layout.Size; got == nil || *got != c.size {
			t.Errorf("paper %q: paper size %v, want %d", c.paper, deref(got), c.size)
		}
		hf, err := f.GetHeaderFooter(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if want := "&L&8MIS-LVP7-MDS2-001 · Revision C&R&8Page &P of &N"; hf.OddFooter != want {
			t.Errorf("footer %q, want %q", hf.OddFooter, want)
		}
		f.Close()
	}
	if _, err := Write(exampleForm(t), Meta{Paper: "legal"}); err == nil {
		t.Error("paper \"legal\" written without an error")
	}
}

func TestFooterText(t *testing.T) {
	for _, c := range []struct{ id, rev, want string }{
		{"CV-DPS-MDS2", "C", "CV-DPS-MDS2 · Revision C"},
		{"CV-DPS-MDS2", "", "CV-DPS-MDS2"},
		{"", "C", "Revision C"},
		{" ", " ", ""},
	} {
		form := exampleForm(t)
		form.Document.ID, form.Document.Revision = c.id, c.rev
		if got := footerText(form.Document); got != c.want {
			t.Errorf("footerText(%q, %q) = %q, want %q", c.id, c.rev, got, c.want)
		}
	}
}

// deref is *p, or -1 for nil.
func deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

// TestPaginate: rows fill a page; a section's title row whose section
// would not start on the page moves to the next with it; a short section
// is kept whole; a run that does not fit on any page keeps as much of
// itself together as a page holds.
func TestPaginate(t *testing.T) {
	page := pageLayout{height: 100, titles: 20} // 80 points of rows after the first page
	rows := func(spec ...float64) []printRow {
		var rs []printRow
		for _, h := range spec {
			rs = append(rs, printRow{height: h})
		}
		return rs
	}
	keep := func(rs []printRow, row, n int) []printRow {
		rs[row-1].keep = n
		return rs
	}
	for _, c := range []struct {
		name string
		rows []printRow
		want []int
	}{
		{"fits one page", rows(50, 50), nil},
		{"a page filled breaks", rows(40, 40, 30, 30, 30, 30), []int{3, 5}},
		{"a row exactly filling the page stays", rows(60, 40, 10), []int{3}},
		// Rows 3 (title), 4 (caption), 5 and 6 (the first questions):
		// the title would be last on page 1, so page 2 starts with it.
		{"a title that would be last moves on", keep(rows(30, 30, 15, 10, 15, 15, 15), 3, 4), []int{3}},
		{"a title whose run fits stays", keep(rows(10, 10, 15, 10, 15, 15, 15, 15), 3, 4), []int{8}},
		// A short section (title, caption and one question) kept whole.
		{"a short section kept whole", keep(rows(40, 35, 10, 10, 10), 3, 3), []int{3}},
		// Pages after the first begin below the repeated title rows: 80
		// points of rows.
		{"later pages hold less", rows(100, 30, 30, 30), []int{2, 4}},
		{"a title moves on from a later page", keep(rows(100, 40, 25, 10, 10, 10), 3, 3), []int{2, 3}},
		// A run taller than a page: as much of it as a page holds is kept
		// together (title and first question), the rest breaks where the
		// page fills.
		{"a run taller than a page", keep(rows(70, 10, 30, 60, 60), 2, 4), []int{2, 4, 5}},
		{"a row taller than a page", rows(30, 150, 30), []int{2, 3}},
	} {
		if got := paginate(c.rows, page); !slices.Equal(got, c.want) {
			t.Errorf("%s: breaks before rows %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPrintScale: the sheet prints one page wide on either paper, with
// Calc's wider unit of column width, at a scale that leaves little of the
// page's width unused.
func TestPrintScale(t *testing.T) {
	for _, c := range []struct {
		paper string
		scale int
	}{{"letter", 67}, {"a4", 72}} {
		p, err := paperOf(c.paper)
		if err != nil {
			t.Fatal(err)
		}
		scale := printScale(p)
		if scale != c.scale {
			t.Errorf("%s: scale %d%%, want %d%%", c.paper, scale, c.scale)
		}
		width := sum(colWidths[:]) * calcUnitPt * float64(scale) / 100
		if width > p.printWidth() || width < p.printWidth()*0.95 {
			t.Errorf("%s: the columns print %.0f points wide (Calc), the page %.0f", c.paper, width, p.printWidth())
		}
	}
}

// rowBreaks are the rows of the form sheet that begin a printed page
// (after the first), from the sheet's manual row breaks.
func rowBreaks(t *testing.T, data []byte) []int {
	t.Helper()
	var rows []int
	sheet := sheetXML(t, data, "xl/worksheets/sheet1.xml")
	for _, m := range regexp.MustCompile(`<brk id="(\d+)"[^>]* man="true"`).FindAllStringSubmatch(sheet, -1) {
		n, _ := strconv.Atoi(m[1])
		rows = append(rows, n+1) // a break after row id
	}
	return rows
}

// TestWritePageBreaks: the sheet prints at a fixed scale, not fitted to
// the page (Excel ignores manual breaks then), with a manual break atop
// every page, none of them right below a section's title or caption row,
// and one wherever the rows fill a page.
func TestWritePageBreaks(t *testing.T) {
	form := exampleForm(t)
	for _, paper := range []string{"letter", "a4"} {
		data, err := Write(form, Meta{Paper: paper})
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		props, err := f.GetSheetProps(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if props.FitToPage != nil && *props.FitToPage {
			t.Errorf("%s: the sheet is fitted to the page: Excel ignores its page breaks", paper)
		}
		layout, err := f.GetPageLayout(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := paperOf(paper)
		if layout.AdjustTo == nil || int(*layout.AdjustTo) != printScale(p) {
			t.Errorf("%s: print scale %v, want %d%%", paper, layout.AdjustTo, printScale(p))
		}
		margins, err := f.GetPageMargins(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if margins.Top == nil || *margins.Top != marginTop || margins.Left == nil || *margins.Left != marginSide {
			t.Errorf("%s: page margins not set: %+v", paper, margins)
		}

		breaks := rowBreaks(t, data)
		if len(breaks) < 5 {
			t.Fatalf("%s: page breaks before rows %v, want one atop every page of the form", paper, breaks)
		}
		rows, err := f.GetRows(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		titles := map[string]bool{CaptionNotes: true}
		for _, s := range form.Sections {
			titles[strings.ToUpper(s.Title)+" ("+s.Code+")"] = true
			titles[s.Description] = true
		}
		colB := func(row int) string {
			if row-1 < len(rows) && len(rows[row-1]) >= colQuestion {
				return rows[row-1][colQuestion-1]
			}
			return ""
		}
		for _, b := range breaks {
			last := b - 1 // the last row of the page before, not blank
			for last > 1 && len(strings.Join(rows[last-1], "")) == 0 {
				last--
			}
			if text := colB(last); titles[text] {
				t.Errorf("%s: the page before row %d ends with row %d, %q", paper, b, last, text)
			}
		}
		// Each page's rows fit on it (a page holding one row aside), so
		// that the application breaks nowhere else.
		if !slices.IsSorted(breaks) || len(slices.Compact(slices.Clone(breaks))) != len(breaks) {
			t.Fatalf("%s: page breaks not in order: %v", paper, breaks)
		}
		page := pageRows(p, printScale(p))
		starts := append([]int{1}, breaks...)
		for i, first := range starts {
			end := len(rows) + 1
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			used := 0.0
			if i > 0 {
				used, _ = f.GetRowHeight(SheetName, rowHeader) // the print titles
			}
			for row := first; row < end; row++ {
				h, err := f.GetRowHeight(SheetName, row)
				if err != nil {
					t.Fatal(err)
				}
				if row == rowBanner {
					h = max(h, lineHeight(bannerSize))
				}
				used += h
			}
			if used > page && end-first > 1 {
				t.Errorf("%s: page %d, rows %d to %d: %.0f points of rows, the page holds %.0f", paper, i+1, first, end-1, used, page)
			}
		}
	}
}
