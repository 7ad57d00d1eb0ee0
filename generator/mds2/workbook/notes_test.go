package workbook

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestReadNoteLabels: notes are read however forms label them: "Note n"
// beside the text, "Note n: text" in one cell (ID or question column), a
// number alone in the notes block; a note never runs on into the next
// one, a note's next row continues it wherever its text sits (the
// question column or a cell right of it), and a row in the notes block
// that is no note is not lost silently.
func TestReadNoteLabels(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	s.line("Notes:")
	s.line("Note 1", "First.")                    // row 4
	s.line("", "continued.")                      // row 5
	s.line("", "Note 2: In the question column.") // row 6
	s.line("Note 3: In the ID column.")           // row 7
	s.line("4.", "Numbered alone.")               // row 8
	s.line("Note #5", "With a hash.")             // row 9
	s.line("", "", "continued in column C.")      // row 10
	s.line("Page 2 of 2")                         // row 11
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []mds2.Note{
		{Number: 1, Text: "First.\ncontinued."},
		{Number: 2, Text: "In the question column."},
		{Number: 3, Text: "In the ID column."},
		{Number: 4, Text: "Numbered alone."},
		{Number: 5, Text: "With a hash.\ncontinued in column C."},
	}
	if d := cmp.Diff(want, imp.Notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}
	var warned bool
	for _, p := range imp.Problems {
		if p.Warning && strings.HasPrefix(p.String(), `FORM.xlsx!mds2-form!A11: warning: "Page 2 of 2" in the notes block is not a note label`) {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning for the row that is no note at A11: %v", imp.Problems)
	}
}

// TestReadTwoFormSheets: a workbook with two form sheets is refused, as
// which one is meant cannot be told.
func TestReadTwoFormSheets(t *testing.T) {
	s := newSheet(t, "MDS2 v3")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	if _, err := s.f.NewSheet("MDS2 v4"); err != nil {
		t.Fatal(err)
	}
	for c, v := range map[string]string{"A1": CaptionID, "B1": CaptionQuestion, "C1": "Answer", "A2": "DOC-1", "C2": "Acme Inc."} {
		if err := s.f.SetCellValue("MDS2 v4", c, v); err != nil {
			t.Fatal(err)
		}
	}
	_, err := read(t, s.bytes(), "FORM.xlsx")
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(err.Error(), `sheets "MDS2 v3" and "MDS2 v4" both hold an MDS2 form`) {
		t.Errorf("err = %v; want the two sheets named", err)
	}
}

// TestReadBlankTextWithNote: a note beside a blank text answer is kept
// (as { note = n }), not dropped with the blank text.
func TestReadBlankTextWithNote(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	s.line("DOC-3", "Models?", "", "Note 1")
	s.line("Notes:")
	s.line("Note 1", "Every model.")
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	src := string(imp.TOML(catalog(t), TOMLOptions{}))
	if !strings.Contains(src, `"DOC-3" = { note = 1 }`) {
		t.Errorf("the note beside the blank DOC-3 is lost:\n%s", src)
	}
	if m := decodeMDS2(t, []byte(src)); m.Answers["DOC-3"].Note != 1 {
		t.Errorf("DOC-3 decodes as %+v", m.Answers["DOC-3"])
	}
}

// TestReadGatingWording: a Yes under a condition the form states makes
// the question N/A; under one it only implies, both answers are to be
// checked (the words check uses).
func TestReadGatingWording(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("AUDT-2", "Audit?", "No")
	yes := s.line("AUDT-2.1", "Stated under AUDT-2 = Yes", "Yes")
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("FORM.xlsx!mds2-form!C%d: warning: answer Yes, although AUDT-2 is No, which makes AUDT-2.1 not applicable (N/A)", yes)
	if !slices.ContainsFunc(imp.Problems, func(p Problem) bool { return p.String() == want }) {
		t.Errorf("no %q in %v", want, imp.Problems)
	}
}

// TestReadUnansweredNamesCells: a question whose row is in the form but
// whose answer is blank is named with its answer cell; one absent from
// the form is named alone.
func TestReadUnansweredNamesCells(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	blank := s.line("ALOF-1", "Auto logoff?", "")
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	var answered, present string
	for _, p := range imp.Problems {
		switch m := p.String(); {
		case strings.Contains(m, "not answered: "):
			answered = m
		case strings.Contains(m, "not present: "):
			present = m
		}
	}
	if !strings.Contains(answered, fmt.Sprintf("ALOF-1 (C%d)", blank)) || strings.Contains(answered, "DOC-2") {
		t.Errorf("blank answers: %q; want ALOF-1 at C%d only", answered, blank)
	}
	if !strings.Contains(present, "DOC-2, ") || strings.Contains(present, "ALOF-1") {
		t.Errorf("absent questions: %q; want DOC-2 and not ALOF-1", present)
	}
}

// TestReadNoteLabelsWithDashes: forms also write a note as "Note 6 - text"
// or "Note 6 – text" in one cell, or "7. text" in the notes block; those
// are notes, kept with their numbers and text. They were warned about as
// rows that are no note and dropped: an answer citing them was refused
// ("not in the notes block"), and a note no answer cites was lost.
func TestReadNoteLabelsWithDashes(t *testing.T) {
	s := newSheet(t, "mds2-form")
	s.line(CaptionID, CaptionQuestion, "Answer", "Note #")
	s.line("DOC-1", "Manufacturer?", "Acme")
	s.line("ALOF-1", "Auto logoff?", "Yes", "See note 6")
	s.line("ALOF-2", "Configurable?", "N/A", "Note 8 – not configurable on the 70-2100")
	s.line("Notes:")
	s.line("Note 6 - Windows locks the session; the hospital sets the time.")
	s.line("Note 7 — Not cited by any answer.")
	s.line("", "Note 8 – The timeout is fixed.")
	s.line("9. Numbered with its text in one cell.")
	s.line("10) And with a parenthesis.")
	s.line("11", "4.5 GHz is no note label.")
	imp, err := read(t, s.bytes(), "FORM.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []mds2.Note{
		{Number: 6, Text: "Windows locks the session; the hospital sets the time."},
		{Number: 7, Text: "Not cited by any answer."},
		{Number: 8, Text: "The timeout is fixed."},
		{Number: 9, Text: "Numbered with its text in one cell."},
		{Number: 10, Text: "And with a parenthesis."},
		{Number: 11, Text: "4.5 GHz is no note label."},
	}
	if d := cmp.Diff(want, imp.Notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}
	if a, _ := imp.Lookup("ALOF-1"); a.Note != 6 {
		t.Errorf("ALOF-1: note %d, want 6", a.Note)
	}
	if a, _ := imp.Lookup("ALOF-2"); a.Note != 8 || a.Reason != "not configurable on the 70-2100" {
		t.Errorf("ALOF-2: note %d reason %q, want note 8 and its reason", a.Note, a.Reason)
	}
	for _, p := range imp.Problems {
		if strings.Contains(p.Message, "not a note label") {
			t.Errorf("a note taken for no note: %s", p)
		}
	}
}

// TestReadNoteRangeIsNoLabel: "Note 3-4" in the note column is a range of
// notes, not note 3 with the reason "4".
func TestReadNoteRangeIsNoLabel(t *testing.T) {
	if k, n, _ := parseNoteRef("Note 3-4"); k == noteAndText || n == 3 {
		t.Errorf("Note 3-4 read as note %d with text", n)
	}
}
