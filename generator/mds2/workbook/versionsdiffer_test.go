package workbook

import (
	"bytes"
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// A form covering several versions answers See Note where their own
// answers differ, with a note jspgen writes giving each version's
// (mds2.Row.VersionsDiffer). Imported back, that See Note is no answer of
// any version: it is left out with the note (jspgen import had kept it
// as the manufacturer's see_note, without the note, and warned of "the
// answer Yes on some models only"); changed in the workbook, it is the
// manufacturer's answer.
func TestImportLeavesOutVersionsDifferSeeNote(t *testing.T) {
	form := exampleForm(t)
	id := ""
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			r := &form.Sections[si].Rows[ri]
			if id == "" && r.Kind == mds2.KindYesNo && r.Basis == mds2.BasisAnswered && r.Note == 0 && r.Answer == mds2.Yes {
				id = r.ID
				n := len(form.Notes) + 1
				form.Notes = append(form.Notes, mds2.Note{Number: n, Text: "The versions this form covers answer " + r.ID + " differently. Version 1.0: No. Version 2.0: Yes.", Generated: true})
				r.Answer, r.Note, r.From = mds2.SeeNote, n, mds2.VersionsDifferPrefix+"1.0 No; 2.0 Yes"
			}
		}
	}
	if id == "" {
		t.Fatal("the example form has no Yes the manufacturer gave without a note")
	}
	data, f := written(t, form)

	imp, err := read(t, data, "mds2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	var cellRef string
	for _, a := range imp.Answers {
		if a.ID == id {
			cellRef = a.Cell
		}
	}
	left := imp.LeaveOutDerived()
	if !slices.Contains(left.VersionsDiffer, id) || slices.Contains(left.Changed, id) {
		t.Errorf("%s as jspgen wrote it: VersionsDiffer %v, Changed %v; want it left out as the versions' See Note", id, left.VersionsDiffer, left.Changed)
	}
	if slices.ContainsFunc(imp.Answers, func(a Answer) bool { return a.ID == id }) {
		t.Errorf("%s is still imported as an answer", id)
	}
	if len(left.Notes) == 0 || left.Notes[len(left.Notes)-1] != len(form.Notes) {
		t.Errorf("jspgen's note %d was not left out: %v", len(form.Notes), left.Notes)
	}
	for _, p := range imp.Problems {
		if p.Warning && bytes.Contains([]byte(p.Message), []byte("some models only")) {
			t.Errorf("warning about models for a versions' See Note: %s", p)
		}
	}

	// The manufacturer answers it for the form: kept, as changed.
	if cellRef == "" {
		t.Fatalf("no cell read for %s", id)
	}
	sheet := f.GetSheetName(0)
	if err := f.SetCellValue(sheet, cellRef, "Yes"); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	imp, err = read(t, buf.Bytes(), "mds2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	left = imp.LeaveOutDerived()
	if slices.Contains(left.VersionsDiffer, id) || !slices.Contains(left.Changed, id) {
		t.Errorf("%s changed to Yes: VersionsDiffer %v, Changed %v; want it kept as the manufacturer's", id, left.VersionsDiffer, left.Changed)
	}
	i := slices.IndexFunc(imp.Answers, func(a Answer) bool { return a.ID == id })
	if i < 0 || imp.Answers[i].Answer != mds2.Yes || imp.Answers[i].Note != 0 {
		t.Errorf("%s changed to Yes is not imported as Yes without jspgen's note: %+v", id, imp.Answers)
	}
}
