package workbook

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/testtools"
)

// rowHeightAttrs are the height attributes of a worksheet's rows.
var rowHeightAttrs = regexp.MustCompile(` (ht|customHeight)="[^"]*"`)

// calcRowHeights returns the height LibreOffice Calc gives each row of the
// form sheet when it fits the rows to their text itself: the workbook's
// row heights taken out, loaded into Calc, saved as a flat ODF sheet
// (its rows marked optimal), loaded again (Calc fits such rows on
// loading) and saved as xlsx.
func calcRowHeights(t *testing.T, soffice string, data []byte, lastRow int) map[int]float64 {
	t.Helper()
	dir := t.TempDir()
	if d := os.Getenv("JSPGEN_MDS2_RENDER"); d != "" {
		dir = d
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			b = rowHeightAttrs.ReplaceAll(b, nil)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "form.xlsx")
	if err := os.WriteFile(src, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "file://" + filepath.ToSlash(t.TempDir())
	convert := func(to, outdir, file string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		out, err := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile, "--headless", "--norestore",
			"--convert-to", to, "--outdir", outdir, file).CombinedOutput()
		if err != nil {
			t.Fatalf("soffice --convert-to %s %s: %v\n%s", to, file, err, out)
		}
	}
	convert("fods", dir, src)
	fitted := filepath.Join(dir, "fitted")
	convert("xlsx:Calc MS Excel 2007 XML", fitted, filepath.Join(dir, "form.fods"))
	f, err := excelize.OpenFile(filepath.Join(fitted, "form.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heights := map[int]float64{}
	for row := 1; row <= lastRow; row++ {
		h, err := f.GetRowHeight(SheetName, row)
		if err != nil {
			t.Fatal(err)
		}
		heights[row] = h
	}
	return heights
}

// TestLibreOfficeRowHeights compares the height jspgen gives each row of
// the form with the height Calc finds the row's text needs: never less
// (a line of text would be cut off), and not much more (rows stood two,
// three lines taller than their text, the long DOC answers most). The
// form is the example's, with a long note and a long text answer besides
// the mapping cells.
func TestLibreOfficeRowHeights(t *testing.T) {
	soffice := testtools.Need(t, "soffice")[0]
	form := exampleForm(t)
	// Calc fits the first two hundred rows or so before it saves: the
	// DOC block, a few sections, OTHR and the notes are rows enough.
	var sections []mds2.FormSection
	for i, s := range form.Sections {
		if i < 6 || s.FreeText {
			sections = append(sections, s)
		}
	}
	form.Sections = sections
	form.Notes = append(form.Notes, mds2.Note{Number: 40, Text: strings.Repeat("A note that runs over several lines of the notes block, ", 12) + "end."})
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			if r := &form.Sections[si].Rows[ri]; r.ID == "DOC-5" {
				r.Reason = "" // a text answer beside a note: not merged
				r.Note = 40
			}
		}
	}
	data, f := written(t, form)
	rows, err := f.GetRows(SheetName)
	if err != nil {
		t.Fatal(err)
	}
	calc := calcRowHeights(t, soffice, data, len(rows))
	if n := fittedRows(calc); n < len(rows)*3/4 {
		// Once, Calc fitted no row at all, and never again: try again
		// before calling the heights wrong.
		t.Logf("Calc fitted %d rows of %d; converting again", n, len(rows))
		calc = calcRowHeights(t, soffice, data, len(rows))
	}
	fitted, total, totalCalc := 0, 0.0, 0.0
	for r := range rows {
		row := r + 1
		if row < rowHeader || len(rows[r]) == 0 {
			continue
		}
		ours, err := f.GetRowHeight(SheetName, row)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := calc[row]
		if !ok || want == unfitted {
			continue // Calc left the row as it was
		}
		fitted++
		label := strings.Join(rows[r][:min(2, len(rows[r]))], " | ")
		switch {
		case ours < want-1:
			t.Errorf("row %d (%.60s): %.1f pt high, Calc needs %.1f: text is cut off", row, label, ours, want)
		case ours > want*1.2+13:
			// Calc's lines are a tenth lower than Excel's, which jspgen
			// sizes rows for, and a line near the edge of a cell may wrap
			// in Excel and not in Calc.
			t.Errorf("row %d (%.60s): %.1f pt high, Calc needs %.1f: far taller than its text", row, label, ours, want)
		}
		if ours == unfitted {
			ours = want // one line: the default height, as Excel has it
		}
		total += ours
		totalCalc += want
	}
	if fitted < len(rows)*3/4 {
		t.Fatalf("Calc fitted %d rows of %d; it saved before it fitted the rest", fitted, len(rows))
	}
	t.Logf("rows %.0f pt high together, Calc's %.0f", total, totalCalc)
	if total > totalCalc*1.15 {
		t.Errorf("the rows are %.0f pt high together, Calc needs %.0f: %.0f%% more", total, totalCalc, (total/totalCalc-1)*100)
	}
}

// unfitted is the height of a row Calc has not fitted to its text: the
// sheet's default.
const unfitted = 15.0

// fittedRows counts the rows of heights Calc fitted to their text.
func fittedRows(heights map[int]float64) int {
	n := 0
	for _, h := range heights {
		if h != unfitted {
			n++
		}
	}
	return n
}

// TestWriteDefaultFont: the workbook's default font, whose digit is the
// unit of its column widths, is Arial, which Excel and Calc (as Liberation
// Sans) set alike. It was Calibri, which Calc without Carlito replaces by
// a wider font: its columns came out a third wider than Excel's, and the
// row heights fitted to one fitted neither.
func TestWriteDefaultFont(t *testing.T) {
	_, f := written(t, exampleForm(t))
	if font, err := f.GetDefaultFont(); err != nil || font != "Arial" {
		t.Errorf("default font %q (%v), want Arial", font, err)
	}
}
