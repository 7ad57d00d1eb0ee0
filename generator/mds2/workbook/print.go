package workbook

import (
	"fmt"
	"math"
	"strings"
)

// The printed sheet: landscape, at a fixed scale that sets the columns
// one page wide, with a manual row break at the top of every page, so
// that a section's title row and caption row are never left at the foot
// of a page without the section's first questions. Excel ignores manual
// breaks on a sheet scaled to fit a number of pages, and a break where a
// page fills keeps the application from inserting one of its own in a
// place the writer did not choose.

// Page margins, in inches, set on the sheet (Excel's "Normal" margins,
// which it takes when a sheet names none; Calc would take others). The
// footer prints inside the bottom margin.
const (
	marginSide   = 0.7
	marginTop    = 0.75
	marginBottom = 0.75
	marginHF     = 0.3
)

// Spare room when laying the sheet out on pages: a unit of column width
// is 6 points in Excel, 6.1 in Calc (unitPt), and the scale leaves a
// further 2% of the page's width unused; the rows are laid out on 97% of
// the page's height, for rows Calc fits a little taller than measured
// (a line near the edge of a cell that wraps in Calc only).
const (
	calcUnitPt  = 6.1
	widthSpare  = 0.02
	heightSpare = 0.03
)

// paper is a sheet of paper, landscape, in points.
type paper struct {
	code          int // the spreadsheet paper code
	width, height float64
}

// paperOf is the site's paper, turned landscape.
func paperOf(name string) (paper, error) {
	switch strings.ToLower(name) {
	case "", "letter":
		return paper{code: 1, width: 11 * 72, height: 8.5 * 72}, nil
	case "a4":
		return paper{code: 9, width: 297 / 25.4 * 72, height: 210 / 25.4 * 72}, nil
	}
	return paper{}, fmt.Errorf("paper %q: want \"letter\" or \"a4\"", name)
}

// printWidth and printHeight are the part of the page the sheet prints
// on, in points, inside the margins.
func (p paper) printWidth() float64  { return p.width - 2*marginSide*72 }
func (p paper) printHeight() float64 { return p.height - (marginTop+marginBottom)*72 }

// printScale is the print scale, in percent, that sets the sheet's
// columns one page wide with room to spare, rounded down.
func printScale(p paper) int {
	width := sum(colWidths[:]) * calcUnitPt * (1 + widthSpare)
	return int(math.Floor(100 * p.printWidth() / width))
}

// pageRows is the height, in the sheet's points (before scaling), that a
// page's rows may take at scale percent, with room to spare.
func pageRows(p paper, scale int) float64 {
	return p.printHeight() * 100 / float64(scale) * (1 - heightSpare)
}

// printRow is a row of the sheet as the pages lay it out.
type printRow struct {
	// height is the row's height in points: the height the sheet gives
	// it, or the default height.
	height float64
	// keep is how many rows, this one the first, go on one page: a
	// section's title row, its caption row and its first questions. 0 or
	// 1: the row alone.
	keep int
}

// pageLayout is the room rows have on a printed page.
type pageLayout struct {
	// height is the height, in the sheet's points, a page's rows may take.
	height float64
	// titles is the height of the rows repeated atop every page after the
	// first (the header row, the sheet's print titles).
	titles float64
}

// paginate lays the sheet's rows (rows[0] is row 1) out on pages and
// returns the rows, in order, that begin a page after the first. A page
// takes rows while they fit; a row that begins a run to keep together
// (keep) goes to the next page when the run does not fit on the current
// one, but only when the run would fit on a page of its own; else as much
// of it as fits on a page is kept together. A row taller than a page takes
// a page of its own.
func paginate(rows []printRow, page pageLayout) []int {
	room := page.height - page.titles // the room of a page after the first
	var breaks []int
	used := 0.0
	for i, r := range rows {
		need := r.height
		run := 0.0
		for j := i; j < min(i+max(r.keep, 1), len(rows)); j++ {
			run += rows[j].height
			if run > room {
				break
			}
			need = run
		}
		if i > 0 && used+need > page.height {
			breaks = append(breaks, i+1)
			used = page.titles
		}
		used += r.height
	}
	return breaks
}
