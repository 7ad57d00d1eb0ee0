package workbook

import "testing"

// TestMappingCaptionsFitOneLine: the three mapping columns' captions fit
// their columns on one line ("NIST SP 800-53 Rev. 4" once wrapped its
// "4" onto a line of its own), so the header reads as the form's.
func TestMappingCaptionsFitOneLine(t *testing.T) {
	for _, c := range []struct {
		col  int
		text string
	}{{colIEC, CaptionIEC}, {colNIST, CaptionNIST}, {colISO, CaptionISO}, {colID, CaptionID}} {
		width := colWidths[c.col-1]*unitPt - cellPadPt
		n, err := wrappedLines(c.text, width, fontCaption)
		if err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("caption %q takes %d lines in column %d (width %g)", c.text, n, c.col, colWidths[c.col-1])
		}
	}
}
