package workbook

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
)

// The record: a hidden sheet of the workbook Write makes that says, for
// each answer, what jspgen wrote in the form sheet and where it came from
// (derived from the product data, gated by an earlier answer, or the
// manufacturer's), and which notes jspgen generated. jspgen import reads
// it to tell what the manufacturer changed in a form jspgen wrote from
// what the build derives again (Import.LeaveOutDerived).
const (
	// RecordSheet is the record's sheet name.
	RecordSheet = "jspgen"
	// RecordMarker is the record's first cell; a sheet without it is no
	// record.
	RecordMarker = "jspgen-mds2-record/1"
	// recordIntro is the record's second row, for whoever unhides it.
	recordIntro = "jspgen wrote this form. This sheet records each answer as jspgen wrote it on the form sheet and where it came from (derived: from the product data; gated: not applicable because of an earlier answer; answered: the manufacturer's own), and which notes jspgen wrote itself. jspgen import mds2 leaves out the derived and gated answers and jspgen's notes that are unchanged on the form sheet; whatever was changed there is imported as the manufacturer's."
	// Captions of the record's two tables.
	recordAnswers = "ID"
	recordNotes   = "Note"
	// Who wrote a note.
	noteByJSPGen       = "jspgen"
	noteByManufacturer = "manufacturer"
	// basisVersionsDiffer records an answer jspgen gave See Note because
	// the versions the form covers answer it differently
	// (mds2.Row.VersionsDiffer): no version's answer, and no fact, to
	// import as the form's; only the record knows it (the form's own
	// basis is answered).
	basisVersionsDiffer = "versions_differ"
)

// recordRow is one answer as the record holds it.
type recordRow struct {
	basis  string
	answer string // as printed (Row.Printed)
	note   int
	reason string // as the note column shows it (not for gated rows)
}

// record is what Read found in the record sheet.
type record struct {
	rows  map[string]recordRow
	notes map[int]mds2.Note // Generated set for jspgen's
}

// row is the record of the answer to id; none without a record.
func (rec *record) row(id string) (recordRow, bool) {
	if rec == nil {
		return recordRow{}, false
	}
	r, ok := rec.rows[id]
	return r, ok
}

// writeRecord adds the record sheet, very hidden.
func (w *writer) writeRecord() error {
	f := w.f
	if _, err := f.NewSheet(RecordSheet); err != nil {
		return err
	}
	row := 0
	put := func(values ...any) error {
		row++
		return f.SetSheetRow(RecordSheet, cell(1, row), &values)
	}
	// Entries are lines of a cell, each a JSON array of its fields, as
	// many lines a cell as a cell holds: writing a cell costs as much as
	// its text, and a row of five cells an answer made the record cost
	// two thirds of what the form sheet does.
	var cellText strings.Builder
	flush := func() error {
		if cellText.Len() == 0 {
			return nil
		}
		err := put(cellText.String())
		cellText.Reset()
		return err
	}
	entry := func(fields ...string) error {
		b, err := json.Marshal(fields)
		if err != nil {
			return err
		}
		if cellText.Len() > 0 && cellText.Len()+1+len(b) > maxRecordCell {
			if err := flush(); err != nil {
				return err
			}
		}
		if cellText.Len() > 0 {
			cellText.WriteByte('\n')
		}
		cellText.Write(b)
		return nil
	}
	if err := put(RecordMarker); err != nil {
		return err
	}
	if err := put(recordIntro); err != nil {
		return err
	}
	row++
	if err := put(recordAnswers, "Basis", "Answer", "Note", "Reason"); err != nil {
		return err
	}
	for _, s := range w.form.Sections {
		for _, r := range s.Rows {
			note := ""
			if r.Note != 0 {
				note = strconv.Itoa(r.Note)
			}
			reason := ""
			if r.Basis != mds2.BasisGated {
				reason = r.Reason
			}
			basis := r.Basis
			if r.VersionsDiffer() {
				basis = basisVersionsDiffer
			}
			if err := entry(r.ID, basis, r.Printed(), note, reason); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	row++
	if err := put(recordNotes, "Written by", "Text"); err != nil {
		return err
	}
	for _, n := range mds2.PlainNotes(w.form.Notes) {
		by := noteByManufacturer
		if n.Generated {
			by = noteByJSPGen
		}
		if err := entry(strconv.Itoa(n.Number), by, n.Text); err != nil {
			return err
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return f.SetSheetVisible(RecordSheet, false, true)
}

// maxRecordCell is the most bytes the record puts in one cell, below the
// 32,767 characters a cell of a workbook holds.
const maxRecordCell = 32000

// readRecord reads the record sheet, if the workbook has one; a sheet of
// that name that is not a record as Write makes it is reported (a
// warning) and ignored: the form is then imported as any other.
func (rd *reader) readRecord() {
	idx, err := rd.f.GetSheetIndex(RecordSheet)
	if err != nil || idx < 0 {
		return
	}
	rows, err := rd.f.GetRows(RecordSheet, excelize.Options{RawCellValue: true})
	if err != nil || len(rows) == 0 || len(rows[0]) == 0 || rows[0][0] != RecordMarker {
		return // a sheet of the manufacturer's own that has this name
	}
	at := func(r []string, j int) string {
		if j < len(r) {
			return r[j]
		}
		return ""
	}
	bad := func(i int, format string, args ...any) {
		rd.imp.Problems = append(rd.imp.Problems, Problem{Warning: true,
			Ref:     rd.imp.File + "!" + RecordSheet + "!" + cell(1, i+1),
			Message: fmt.Sprintf(format, args...) + "; the record jspgen keeps of what it wrote is ignored, and every answer and note of the form is imported as the manufacturer's"})
	}
	rec := &record{rows: map[string]recordRow{}, notes: map[int]mds2.Note{}}
	table := ""
	// The entries: a cell of entries holds one a line, each a JSON array
	// of its fields (writeRecord); any other row is an entry as it is.
	type recEntry struct {
		i      int // the row's index
		fields []string
	}
	var entries []recEntry
	for i, r := range rows {
		if i < 3 || len(r) == 0 || !strings.HasPrefix(r[0], "[") {
			entries = append(entries, recEntry{i, r})
			continue
		}
		for _, line := range strings.Split(r[0], "\n") {
			var fields []string
			if err := json.Unmarshal([]byte(line), &fields); err != nil {
				bad(i, "an entry is not a JSON array of texts (%v)", err)
				return
			}
			entries = append(entries, recEntry{i, fields})
		}
	}
	for _, e := range entries {
		i, r := e.i, e.fields
		a := at(r, 0)
		switch {
		case i < 3:
			continue
		case a == recordAnswers || a == recordNotes:
			table = a
			continue
		case a == "":
			continue
		}
		switch table {
		case recordAnswers:
			if _, dup := rec.rows[a]; dup {
				bad(i, "%s is recorded twice", a)
				return
			}
			note := 0
			if s := at(r, 3); s != "" {
				if note, err = strconv.Atoi(s); err != nil || note < 1 {
					bad(i, "%s: note %q is not a note number", a, s)
					return
				}
			}
			basis := at(r, 1)
			switch basis {
			case mds2.BasisDerived, mds2.BasisAnswered, mds2.BasisGated, mds2.BasisNotStated, basisVersionsDiffer, "":
			default:
				bad(i, "%s: basis %q is not derived, answered, gated, %s, %s or blank", a, basis, mds2.BasisNotStated, basisVersionsDiffer)
				return
			}
			rec.rows[a] = recordRow{basis: basis, answer: at(r, 2), note: note, reason: at(r, 4)}
		case recordNotes:
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 {
				bad(i, "note number %q is not a number", a)
				return
			}
			by := at(r, 1)
			if by != noteByJSPGen && by != noteByManufacturer {
				bad(i, "note %d: written by %q, not %s or %s", n, by, noteByJSPGen, noteByManufacturer)
				return
			}
			rec.notes[n] = mds2.Note{Number: n, Text: at(r, 2), Generated: by == noteByJSPGen}
		default:
			bad(i, "a row before the %q caption", recordAnswers)
			return
		}
	}
	rd.imp.record = rec
}

// FromJSPGen reports whether jspgen wrote the workbook: it has jspgen's
// record of what it wrote (Write's hidden sheet).
func (imp *Import) FromJSPGen() bool { return imp.record != nil }

// LeftOut is what LeaveOutDerived left out of an import.
type LeftOut struct {
	Answers []string // IDs of answers as jspgen derived or gated them, unchanged
	Notes   []int    // numbers of notes jspgen wrote, unchanged
	// NoteOnly are IDs whose derived answer was left out but whose
	// manufacturer's note stays ({ note = n }).
	NoteOnly []string
	// Changed are IDs whose answer jspgen derived or gated and the
	// workbook changes: imported as the manufacturer's.
	Changed []string
	// VersionsDiffer are IDs jspgen answered See Note, unchanged, because
	// the versions the form covers answer them differently: left out,
	// as no answer of the form is one version's (its note, jspgen's,
	// gives each version's).
	VersionsDiffer []string
}

// LeaveOutDerived takes out of an import of a workbook jspgen wrote
// (FromJSPGen) what jspgen gave itself and the workbook leaves as jspgen
// wrote it: answers derived from the product data or gated by an earlier
// answer (with their note reference, the same number, and reason), and
// the notes jspgen generated with their text unchanged. Kept as the
// manufacturer's: the answers the manufacturer gave (basis answered),
// every answer changed in the form sheet, answers jspgen left blank that
// the workbook fills, the manufacturer's notes and jspgen's notes whose
// text was changed. A derived answer unchanged that refers to a note of
// the manufacturer's keeps the note alone ({ note = n }), as the product
// file had it. A kept answer that refers to a jspgen note left out loses
// the reference, with a warning: the build writes such notes where the
// data show them. JSP-VER stays: it gives the versions the form covers.
// Without the record, LeaveOutDerived does nothing.
func (imp *Import) LeaveOutDerived() LeftOut {
	var out LeftOut
	rec := imp.record
	if rec == nil {
		return out
	}
	// jspgen's notes unchanged (compared as read, before AsMarkdown).
	jsNote := map[int]bool{}
	for _, n := range imp.Notes {
		if r, ok := rec.notes[n.Number]; ok && r.Generated && strings.TrimSpace(r.Text) == strings.TrimSpace(n.Text) {
			jsNote[n.Number] = true
		}
	}
	kept := imp.Answers[:0:0]
	for _, a := range imp.Answers {
		r, ok := rec.rows[a.ID]
		if ok && r.basis == basisVersionsDiffer {
			if a.Answer == mds2.SeeNote && strings.TrimSpace(r.answer) == a.Answer.String() && a.Note == r.note && jsNote[a.Note] {
				out.VersionsDiffer = append(out.VersionsDiffer, a.ID)
				continue
			}
			out.Changed = append(out.Changed, a.ID) // the manufacturer answered it for the form
			if a, ok := imp.dropJSPGenNote(a, jsNote); ok {
				kept = append(kept, a)
			}
			continue
		}
		if !ok || a.ID == "JSP-VER" || r.basis == mds2.BasisAnswered {
			if a, ok := imp.dropJSPGenNote(a, jsNote); ok {
				kept = append(kept, a)
			}
			continue
		}
		printed := a.Text
		if a.Kind != mds2.KindText {
			printed = a.Answer.String()
		}
		same := printed == strings.TrimSpace(r.answer) && (a.Kind == mds2.KindText || a.Answer != mds2.NA || a.Reason == r.reason)
		sameNote := a.Note == r.note
		switch {
		case same && sameNote && (a.Note == 0 || jsNote[a.Note]):
			out.Answers = append(out.Answers, a.ID)
		case same && sameNote && r.basis == mds2.BasisDerived && a.Reason == "":
			// The manufacturer's note beside the derived answer: the
			// product file had { note = n }.
			a.Answer, a.Text = mds2.Unanswered, ""
			out.NoteOnly = append(out.NoteOnly, a.ID)
			kept = append(kept, a)
		default:
			if !same {
				out.Changed = append(out.Changed, a.ID)
			}
			if a, ok := imp.dropJSPGenNote(a, jsNote); ok {
				kept = append(kept, a)
			}
		}
	}
	imp.Answers = kept
	notes := imp.Notes[:0:0]
	for _, n := range imp.Notes {
		if jsNote[n.Number] {
			out.Notes = append(out.Notes, n.Number)
			continue
		}
		notes = append(notes, n)
	}
	imp.Notes = notes
	return out
}

// dropJSPGenNote takes from an answer kept as the manufacturer's its
// reference to a note jspgen wrote (and the workbook left as it was),
// with a warning at the answer's cell; ok is false when nothing of the
// answer is left (a note beside a blank answer).
func (imp *Import) dropJSPGenNote(a Answer, jsNote map[int]bool) (_ Answer, ok bool) {
	if a.Note == 0 || !jsNote[a.Note] {
		return a, true
	}
	imp.Problems = append(imp.Problems, Problem{Warning: true, Ref: imp.File + "!" + imp.Sheet + "!" + a.Cell,
		Message: fmt.Sprintf("refers to note %d, which jspgen wrote itself (from the product data, or giving each covered version's answer); the reference is left out: the build writes such a note again where the data call for it. Write a note of your own in the notes block to keep one here", a.Note)})
	a.Note = 0
	return a, a.Text != "" || a.Answer != mds2.Unanswered
}
