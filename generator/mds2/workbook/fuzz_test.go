package workbook

import (
	"strings"
	"testing"
)

var (
	fuzzIDs     = []string{"DOC-1", "DOC-7", "DOC-7 ", "MPII-1", "MPII-2", "MPII-2.1", "SHAD-15", "sahd-15", "AUDT-2.8.1", "CSUP-1", "CSUP-2", "XX-1", "Comments", "", "", "Note 1", "Note 2 ", "Notes:", "JSP-VER"}
	fuzzAnswers = []any{"Yes", "no ", "N/A", "See Notes", "Maybe", "", 45000.0, -3.0, "=1+1", "line\nbreak", `"q" \`, "\x01"}
	fuzzNotes   = []string{"", "__", "3", "Note 1", "See Note 2 ", "See Notes 1, 2", "No removable media", "See Note", "0", "99999"}
	fuzzB       = []string{"", "Question", "Notes:", "OTHER SECURITY CONSIDERATIONS (OTHR)", "text", CaptionAnswer}
)

// FuzzRead reads small workbooks generated from the fuzz input: a header
// row, then rows of IDs, answers and note cells drawn from real forms'
// spellings and mistakes. Read must not panic, must place every problem
// in the file, and an import without errors must render TOML that the
// product decoder accepts.
func FuzzRead(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add([]byte{2, 0, 0, 1, 5, 3, 4, 2, 17, 1, 2, 2, 15, 4, 0, 3})
	f.Add([]byte{1, 6, 3, 1, 7, 0, 2, 1, 4, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 120 {
			return
		}
		next := func() int {
			if len(data) == 0 {
				return 0
			}
			b := int(data[0])
			data = data[1:]
			return b
		}
		s := newSheet(t, "F")
		for range next() % 3 {
			s.line("banner")
		}
		s.line(CaptionID, CaptionQuestion, []string{"", "Answer", CaptionAnswer}[next()%3], []string{CaptionNote, CaptionNoteNum, "Note"}[next()%3])
		for len(data) > 0 {
			s.line(fuzzIDs[next()%len(fuzzIDs)], fuzzB[next()%len(fuzzB)], fuzzAnswers[next()%len(fuzzAnswers)], fuzzNotes[next()%len(fuzzNotes)])
		}
		imp, err := read(t, s.bytes(), "fuzz.xlsx")
		if imp == nil {
			t.Fatalf("no import: %v", err)
		}
		for _, p := range imp.Problems {
			if !strings.HasPrefix(p.Ref, "fuzz.xlsx") {
				t.Errorf("problem not placed: %v", p)
			}
		}
		if (err != nil) != imp.Errors() {
			t.Fatalf("err %v but Errors() = %v", err, imp.Errors())
		}
		if err != nil {
			return
		}
		m := decodeMDS2(t, imp.TOML(catalog(t), TOMLOptions{Comment: "fuzz"}))
		if len(m.Answers) != len(imp.Answers) {
			t.Errorf("TOML has %d answers, import %d", len(m.Answers), len(imp.Answers))
		}
	})
}
