package workbook

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
)

// realForm is a manufacturer's filled workbook as real forms are: the
// HN 1-2019 layout (banner, title, echo row, header row 5 without an
// answer caption, captions repeated on the section title rows), IDs and
// answers with trailing spaces, SHAD-15, mixed case, "See Notes", No under
// a No trigger, N/A without notes, a stated-rule violation (MLDP-2.5 Yes
// under MLDP-2 No, as in NEMA's example), a note reference beside a blank
// answer, free-text DOC fields, DOC-7 as a date serial, note references
// written __, 3, Note 3 and "See Note 1  ". It answers every question; want
// holds what the import must give.
func realForm(t testing.TB) ([]byte, map[string]Answer, []mds2.Note) {
	cat := catalog(t)
	s := newSheet(t, "MDS2 HN 1-2019")
	s.line("Manufacturer Disclosure Statement for Medical Device Security -- MDS2")
	s.line("ANSI/NEMA HN 1-2019")
	s.line("Acme Medical", "Model X", "", "ACME-MDS2-7", 45658)
	s.skip()
	s.line(CaptionID, CaptionQuestion, "", "See note", CaptionIEC, CaptionNIST, CaptionISO)

	want := map[string]Answer{}
	// Answers that differ from the default pattern: ID -> {answer cell, note cell}.
	special := map[string][2]string{
		"DOC-1":     {"Acme Medical, Inc.  ", ""},
		"DOC-2":     {"Bedside monitor\nwith two lines", ""},
		"DOC-3":     {"Model X (rev 2)", ""},
		"DOC-4":     {"ACME-MDS2-7", ""},
		"DOC-5":     {"psirt@acme.example; +1 555 0100", ""},
		"DOC-6":     {"Hospital LAN, behind the clinical firewall.", ""},
		"DOC-8":     {"yes ", "__"},
		"DOC-9":     {"No", "__"},
		"DOC-10":    {"Yes", "Note 1"},
		"DOC-11":    {"No", ""},
		"DOC-11.1":  {"N/A", ""}, // N/A under a No trigger, no note
		"DOC-11.2":  {"n/a", ""},
		"DOC-11.3":  {"No", ""}, // No under a No trigger
		"DOC-11.4":  {"NO", ""},
		"MPII-2.5":  {"See Notes", "See Note 1  "},
		"MLDP-2":    {"No", "2"},
		"MLDP-2.5":  {"Yes", ""}, // stated-rule violation: warned, kept
		"MLDP-3":    {"Yes", "Note 2"},
		"AUDT-2.7":  {"N/A", "No removable media"}, // reason beside N/A
		"CONN-1.1":  {"No", ""},
		"PLOK-1":    {"No", ""},
		"TXCF-2.1":  {"N/A", ""},
		"TXCF-1":    {"", "See Note 3"}, // blank answer beside a note reference
		"SAHD-16":   {"Yes", "3"},
		"PAUT-14.1": {" yes", ""},
	}
	for _, id := range []string{"MLDP-2.1", "MLDP-2.2", "MLDP-2.3", "MLDP-2.4", "MLDP-2.6", "MLDP-2.7", "MLDP-2.8",
		"CONN-1.1.1", "CONN-1.1.2", "CONN-1.1.3", "CONN-1.1.4"} {
		special[id] = [2]string{"No", "__"} // No under a No trigger, as NEMA's example does
	}
	for _, sec := range cat.Sections {
		if sec.Code != "DOC" {
			s.skip()
			title := strings.ToUpper(sec.Title)
			if sec.Code != "MPII" { // MPII's title lacks its code in the form
				title += " (" + sec.Code + ")"
			}
			s.line("", title, CaptionAnswer, "Note #", CaptionIEC+" ", CaptionNIST, CaptionISO)
			if sec.FreeText {
				s.line("", "No further considerations.")
				s.line("", "Contact us for details.")
				continue
			}
			if sec.Code != "MPII" {
				s.line("", "Description of "+sec.Title)
			}
		}
		for _, q := range cat.SectionQuestions(sec.Code) {
			if q.Extension {
				continue // not in HN 1-2019
			}
			id := q.ID + " "
			if q.ID == "SAHD-15" {
				id = "SHAD-15"
			}
			cellA, cellD := "Yes", "__"
			if q.Kind == mds2.KindText {
				cellA, cellD = "text of "+q.ID, ""
			}
			if sp, ok := special[q.ID]; ok {
				cellA, cellD = sp[0], sp[1]
			}
			var answer any = cellA
			w := Answer{ID: q.ID, Kind: q.Kind}
			if q.ID == "DOC-7" {
				answer = 45703.0 // 2025-02-15
				w.Text = "2025-02-15"
			} else if q.Kind == mds2.KindText {
				w.Text = strings.TrimSpace(cellA)
			} else if strings.TrimSpace(cellA) != "" {
				a, err := mds2.ParseAnswer(cellA)
				if err != nil {
					t.Fatal(err)
				}
				w.Answer = a
			}
			row := s.line(id, q.Question, answer, cellD, q.References.IEC+" ", q.References.NIST, q.References.ISO)
			w.Cell = fmt.Sprintf("C%d", row)
			want[q.ID] = w
		}
	}
	fix := func(id string, edit func(*Answer)) {
		a := want[id]
		edit(&a)
		want[id] = a
	}
	fix("DOC-10", func(a *Answer) { a.Note = 1 })
	fix("MPII-2.5", func(a *Answer) { a.Note = 1 })
	fix("MLDP-2", func(a *Answer) { a.Note = 2 })
	fix("MLDP-3", func(a *Answer) { a.Note = 2 })
	fix("AUDT-2.7", func(a *Answer) { a.Reason = "No removable media" })
	fix("TXCF-1", func(a *Answer) { a.Note = 3 }) // the note kept, no answer invented
	fix("SAHD-16", func(a *Answer) { a.Note = 3 })

	s.skip()
	s.line("", "Notes:")
	s.line("Note 1 ", "The diagram is in the customer security documentation.  ")
	s.line("Note 2", "No anti-malware; allow-listing instead.")
	s.line("Note 3", "Transfers use TLS 1.3.")
	s.line("", "Hardening follows CIS Level 1.") // continues note 3
	notes := []mds2.Note{
		{Number: 1, Text: "The diagram is in the customer security documentation."},
		{Number: 2, Text: "No anti-malware; allow-listing instead."},
		{Number: 3, Text: "Transfers use TLS 1.3.\nHardening follows CIS Level 1."},
	}
	return s.bytes(), want, notes
}

func TestReadRealForm(t *testing.T) {
	data, want, notes := realForm(t)
	imp, err := read(t, data, "ACME.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if imp.Sheet != "MDS2 HN 1-2019" {
		t.Errorf("sheet %q", imp.Sheet)
	}
	cat := catalog(t)
	var wantList []Answer
	for _, q := range cat.Questions {
		if a, ok := want[q.ID]; ok {
			wantList = append(wantList, a)
		}
	}
	if len(wantList) != 240 {
		t.Fatalf("test form has %d questions, want 240", len(wantList))
	}
	if d := cmp.Diff(wantList, imp.Answers); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
	if d := cmp.Diff(notes, imp.Notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}
	if want := "No further considerations.\nContact us for details."; imp.Other != want {
		t.Errorf("other = %q, want %q", imp.Other, want)
	}
	var got []string
	for _, p := range imp.Problems {
		got = append(got, p.String())
	}
	rowOf := func(id string) string { return strings.TrimPrefix(want[id].Cell, "C") }
	wantProblems := []string{
		"ACME.xlsx!MDS2 HN 1-2019!C" + rowOf("MLDP-2.5") + ": warning: answer Yes, although MLDP-2 is No, which this question presupposes answered Yes; check both answers",
		"ACME.xlsx!MDS2 HN 1-2019!C" + rowOf("TXCF-1") + `: warning: blank answer beside "See Note 3": the note is kept; the answer is left to the product data, and where no fact decides it the built form shows the note beside a blank answer, as this workbook does, and check does not ask for one (write Yes, No, N/A or See Note in the cell, or in [mds2.answers], to give one)`,
		// No warning for the extensions JSP-VER and JSP-MODELS: HN 1-2019 lacks them.
	}
	if d := cmp.Diff(wantProblems, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}

// TestReadErrors breaks one thing per row and expects every error at once,
// each at its cell.
func TestReadErrors(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line("MDS2")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	s.line("MPII-1", "PII?", "Maybe", "__")       // row 4
	s.line("MPII-1 ", "PII again?", "Yes")        // row 5: duplicate
	s.line("ZZZZ-1", "Unknown", "Yes")            // row 6
	s.line("Comments", "not an ID", "Yes")        // row 7
	s.line("ALOF-1", "", "Yes", "Note 9")         // row 8: undefined note
	s.line("ALOF-2", "", "Yes", "See Notes 1, 2") // row 9: several notes
	s.line("AUDT-1", "", "No", "because")         // row 10: text beside No
	s.line("AUDT-2", "", "Yes", "See Note")       // row 11: no number
	s.line("DOC-7", "", 9999999)                  // row 12: not a serial
	s.line("", "", "Yes")                         // row 13: answer without ID
	s.line("AUDT-2.1", "", "", "No users")        // row 14: text beside a blank answer
	s.line("", "Notes:")                          // row 15
	s.line("Note 1", "First")                     // row 16
	s.line("Note 1", "Again")                     // row 17
	s.line("Note 2", "")                          // row 18
	s.line("AUTH-1", "", "Yes")                   // row 19
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Error", err)
	}
	if !imp.Errors() {
		t.Error("Errors() = false")
	}
	var got []string
	for _, p := range e.Problems {
		if !p.Warning {
			got = append(got, p.String())
		}
	}
	want := []string{
		`FORM.xlsx!mds2-form!C4: answer "Maybe" is not Yes, No, N/A or See Note`,
		`FORM.xlsx!mds2-form!A5: duplicate question ID MPII-1 (first at A4)`,
		`FORM.xlsx!mds2-form!A6: unknown question ID "ZZZZ-1"`,
		`FORM.xlsx!mds2-form!A7: "Comments" is not a question ID (want e.g. MPII-2.1)`,
		`FORM.xlsx!mds2-form!D8: refers to note 9, which is not in the notes block`,
		`FORM.xlsx!mds2-form!D9: refers to several notes (1, 2); an answer takes one note: merge them into one`,
		`FORM.xlsx!mds2-form!D10: note reference "because": want a note number, Note n or See Note n (text stands here only beside N/A)`,
		`FORM.xlsx!mds2-form!D11: "See Note" names no note number`,
		`FORM.xlsx!mds2-form!C12: 9999999 is not a date serial (1 to 2958465)`,
		`FORM.xlsx!mds2-form!C13: answer "Yes" stands in a row without a question ID (is its ID cell empty, or merged with the row above?); give the row its ID`,
		`FORM.xlsx!mds2-form!D14: text "No users" beside a blank answer: write N/A in C14 to keep it as the reason, or make it a note in the notes block and refer to it here (Note n); imported as it is, it would be lost`,
		`FORM.xlsx!mds2-form!A17: note 1 is defined twice (first at A16)`,
		`FORM.xlsx!mds2-form!B18: note 2 has no text`,
		`FORM.xlsx!mds2-form!A19: question AUTH-1 comes after the notes block; question rows go before "Notes:"`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("errors (-want +got):\n%s", d)
	}
	// MPII-1's "Maybe" is an answer the form does not allow, reported at
	// its cell; it is not a question left blank. AUDT-2.1 is.
	for _, p := range e.Problems {
		if p.Warning && strings.Contains(p.Message, "not answered") {
			if strings.Contains(p.Message, "MPII-1 ") || !strings.Contains(p.Message, "AUDT-2.1 (C14)") {
				t.Errorf("blank answers listed wrongly: %s", p.Message)
			}
		}
	}
	if !strings.Contains(err.Error(), "\n") {
		t.Error("Error() does not list the problems one per line")
	}
}

func TestReadNoHeader(t *testing.T) {
	s := newSheet(t, "Sheet")
	s.line("ID", "Question", "Answer")
	_, err := read(t, s.bytes(), "x.xlsx")
	if err == nil || err.Error() != `x.xlsx: no worksheet has a header row with the caption "Question ID"` {
		t.Errorf("err = %v", err)
	}
	if _, err := read(t, []byte("not a zip"), "y.xlsx"); err == nil || !strings.HasPrefix(err.Error(), "y.xlsx: not an xlsx workbook") {
		t.Errorf("err = %v", err)
	}
}

func TestReadDate1904AndTextDate(t *testing.T) {
	s := newSheet(t, "S")
	s.line(CaptionID, CaptionQuestion, "", CaptionNote)
	s.line("DOC-7", "", "2025-02-15")
	imp, err := read(t, s.bytes(), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := imp.Lookup("DOC-7"); a.Text != "2025-02-15" {
		t.Errorf("DOC-7 = %q", a.Text)
	}
	s = newSheet(t, "S")
	s.line(CaptionID, CaptionQuestion, "", CaptionNote)
	s.line("DOC-7", "", "February 2025")
	imp, err = read(t, s.bytes(), "b.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := imp.Lookup("DOC-7"); a.Text != "February 2025" {
		t.Errorf("DOC-7 = %q", a.Text)
	}
	if w := imp.Warnings(); len(w) == 0 || w[0].Ref != "b.xlsx!S!C2" {
		t.Errorf("warnings %v", w)
	}
	s = newSheet(t, "S")
	yes := true
	if err := s.f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		t.Fatal(err)
	}
	s.line(CaptionID, CaptionQuestion, "", CaptionNote)
	s.line("DOC-7", "", 44241.0) // 2025-02-15 in the 1904 system
	imp, err = read(t, s.bytes(), "c.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := imp.Lookup("DOC-7"); a.Text != "2025-02-15" {
		t.Errorf("DOC-7 (1904) = %q", a.Text)
	}
}

// TestReadUncomputedFormula: an answer or note cell holding a formula
// whose value the workbook does not store (written by a program that
// does not compute, such as excelize or openpyxl) is an error at its
// cell, not a question left blank: what the form shows is not known.
// (Excel and Calc store the value: TestReadCalcForms reads one.)
func TestReadUncomputedFormula(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "")
	s.line("MPII-1", "PII?", "")
	s.line("MPII-2", "PII stored?", "Yes", "")
	s.line("Notes:")
	s.line("Note 1", "One.")
	for c, f := range map[string]string{"C2": "Product!B1", "C3": `IF(Product!B2="x","Yes","No")`, "D4": "Product!B3"} {
		if err := s.f.SetCellFormula("mds2-form", c, f); err != nil {
			t.Fatal(err)
		}
	}
	imp, err := read(t, s.bytes(), "F.xlsx")
	if err == nil {
		t.Fatal("no error")
	}
	var got []string
	for _, p := range imp.Problems {
		got = append(got, p.String())
	}
	want := []string{
		"F.xlsx!mds2-form!C2: holds the formula =Product!B1, whose value the workbook does not store (the program that wrote it did not compute it): open the workbook in Excel or Calc and save it, or type the value",
		`F.xlsx!mds2-form!C3: holds the formula =IF(Product!B2="x","Yes","No"), whose value the workbook does not store (the program that wrote it did not compute it): open the workbook in Excel or Calc and save it, or type the value`,
		"F.xlsx!mds2-form!D4: holds the formula =Product!B3, whose value the workbook does not store (the program that wrote it did not compute it): open the workbook in Excel or Calc and save it, or type the value",
	}
	if d := cmp.Diff(want, got[:min(len(got), 3)]); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	for _, p := range got {
		if strings.Contains(p, "not answered") {
			t.Errorf("a formula cell is called unanswered: %s", p)
		}
	}
}

// TestReadFormattedNumberText: a DOC text answer typed as a number reads
// as the form shows it when the workbook formats it (a model number 0012
// stored as 12 with the format 0000; a revision 2.10 stored as 2.1 with
// 0.00), and by its stored digits in the General format, where a long
// catalogue number would show in scientific notation.
func TestReadFormattedNumberText(t *testing.T) {
	s := newSheet(t, "S")
	s.line(CaptionID, CaptionQuestion, "", CaptionNote)
	zeros, two := "0000", 2
	padded, err := s.f.NewStyle(&excelize.Style{CustomNumFmt: &zeros})
	if err != nil {
		t.Fatal(err)
	}
	decimals, err := s.f.NewStyle(&excelize.Style{NumFmt: two})
	if err != nil {
		t.Fatal(err)
	}
	row := s.line("DOC-3", "", 12)
	if err := s.f.SetCellStyle("S", cell(3, row), cell(3, row), padded); err != nil {
		t.Fatal(err)
	}
	row = s.line("DOC-4", "", 2.1)
	if err := s.f.SetCellStyle("S", cell(3, row), cell(3, row), decimals); err != nil {
		t.Fatal(err)
	}
	s.line("DOC-2", "", 123456789012)
	s.line("DOC-1", "", "0012")
	imp, err := read(t, s.bytes(), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"DOC-3": "0012", "DOC-4": "2.10", "DOC-2": "123456789012", "DOC-1": "0012"} {
		if a, _ := imp.Lookup(id); a.Text != want {
			t.Errorf("%s = %q; want %q", id, a.Text, want)
		}
	}
}
