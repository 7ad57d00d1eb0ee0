package mds2

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// Tests of the form's rows and exports on a hand-made form.

func testForm() *Form {
	return &Form{
		Form: "HN 1-2019", Manufacturer: "Acme", Product: "Pump", ProductID: "pump",
		Document: Document{ID: "D-1", Revision: "B", ReleaseDate: "2026-01-15"},
		Versions: []string{"1.0"},
		Notes:    []Note{{Number: 1, Text: "One."}},
		Other:    "None.",
		Sections: []FormSection{
			{Code: "DOC", Rows: []Row{
				{ID: "DOC-1", Section: "DOC", Kind: KindText, Question: "Manufacturer?", Text: "Acme", Basis: BasisDerived, From: "manufacturer.name is the name"},
				{ID: "JSP-VER", Section: "DOC", Kind: KindText, Extension: true, Text: "1.0"},
			}},
			{Code: "MPII", Rows: []Row{
				{ID: "MPII-3.10", Section: "MPII", Parent: "MPII-3", Kind: KindYesNo, Question: "Other?", Answer: NA, Basis: BasisGated, From: "MPII-3 is No"},
				{ID: "MPII-3", Section: "MPII", Kind: KindYesNo, Question: "Interfaces?", Answer: No, Basis: BasisDerived, From: "interfaces lists none",
					References: References{IEC: "Section 5.2, MPII", NIST: "AC-1", ISO: "A.1"}},
				{ID: "MPII-3.9", Section: "MPII", Parent: "MPII-3", Kind: KindYesNo, Question: "Nine?", Answer: SeeNote, Note: 1, NoteText: "One.", Basis: BasisAnswered},
				{ID: "MPII-3.2", Section: "MPII", Parent: "MPII-3", Kind: KindYesNo, Question: "Two?", Answer: NA, Reason: "No such thing.", Basis: BasisAnswered},
			}},
		},
	}
}

func TestRowsInNaturalOrderWithoutExtensions(t *testing.T) {
	var ids []string
	for _, r := range testForm().Rows() {
		ids = append(ids, r.ID)
	}
	if d := cmp.Diff([]string{"DOC-1", "MPII-3", "MPII-3.2", "MPII-3.9", "MPII-3.10"}, ids); d != "" {
		t.Errorf("Rows (-want +got):\n%s", d)
	}
	f := testForm()
	if r, ok := f.Row("JSP-VER"); !ok || r.Text != "1.0" {
		t.Errorf("Row(JSP-VER) = %+v, %v", r, ok)
	}
	if r, ok := f.Row("MPII-3.9"); !ok || r.Note != 1 {
		t.Errorf("Row(MPII-3.9) = %+v, %v", r, ok)
	}
	if _, ok := f.Row("MPII-4"); ok {
		t.Error("Row(MPII-4) found")
	}
}

func TestRowCells(t *testing.T) {
	f := testForm()
	row := func(id string) Row { r, _ := f.Row(id); return r }
	tests := []struct {
		id                                string
		printed, noteRef, remark, remCell string
	}{
		{"DOC-1", "Acme", "", "", ""},
		{"MPII-3", "No", "", "", ""},
		{"MPII-3.10", "N/A", "", "", ""}, // the gate is in the JSON, not the note column
		{"MPII-3.9", "See Note", "Note 1", "Note 1", "Note" + nbsp + "1"},
		{"MPII-3.2", "N/A", "", "", ""}, // so is the reason
	}
	for _, tt := range tests {
		r := row(tt.id)
		if got := [4]string{r.Printed(), r.NoteRef(), r.Remark(), r.RemarkCell()}; got != [4]string{tt.printed, tt.noteRef, tt.remark, tt.remCell} {
			t.Errorf("%s: Printed, NoteRef, Remark, RemarkCell = %q, want %q", tt.id, got, [4]string{tt.printed, tt.noteRef, tt.remark, tt.remCell})
		}
	}
	// A note wins over a reason and a gate.
	r := Row{Kind: KindYesNo, Answer: NA, Note: 12, Reason: "x", Basis: BasisGated, From: "y"}
	if r.Remark() != "Note 12" || r.RemarkCell() != "Note"+nbsp+"12" {
		t.Errorf("Remark %q, RemarkCell %q", r.Remark(), r.RemarkCell())
	}
	// The note column shows note references only: no reason, no gate.
	r = Row{Kind: KindYesNo, Answer: NA, Reason: "a | b", Basis: BasisGated, From: "y"}
	if r.Remark() != "" || r.RemarkCell() != "" {
		t.Errorf("Remark %q, RemarkCell %q", r.Remark(), r.RemarkCell())
	}
	// An answered or derived row shows no From.
	if r := (Row{Kind: KindYesNo, Answer: Yes, Basis: BasisDerived, From: "f"}); r.Remark() != "" {
		t.Errorf("derived row's Remark = %q", r.Remark())
	}
}

func TestReferencesCompact(t *testing.T) {
	tests := []struct {
		refs          References
		compact, cell string
	}{
		{References{IEC: "Section 5.2, AUDT", NIST: "AU-2", ISO: "None"},
			"IEC" + nbsp + "5.2; NIST" + nbsp + "AU-2; ISO" + nbsp + "None", "IEC" + nbsp + "5.2; NIST" + nbsp + "AU-2; ISO" + nbsp + "None"},
		{References{IEC: "Section 5.12 ", NIST: "A|B"}, "IEC" + nbsp + "5.12; NIST" + nbsp + "A|B", "IEC" + nbsp + "5.12; NIST" + nbsp + `A\|B`},
		{References{IEC: ",x"}, "IEC" + nbsp + ",x", "IEC" + nbsp + ",x"},
		{References{ISO: "A.12.4.1"}, "ISO" + nbsp + "A.12.4.1", "ISO" + nbsp + "A.12.4.1"},
		{References{}, "", ""},
	}
	for _, tt := range tests {
		if got := tt.refs.Compact(); got != tt.compact {
			t.Errorf("%+v.Compact() = %q, want %q", tt.refs, got, tt.compact)
		}
		if got := tt.refs.CompactCell(); got != tt.cell {
			t.Errorf("%+v.CompactCell() = %q, want %q", tt.refs, got, tt.cell)
		}
		if got := tt.refs.IsZero(); got != (tt.refs == References{}) {
			t.Errorf("%+v.IsZero() = %v", tt.refs, got)
		}
	}
}

func TestFormJSON(t *testing.T) {
	got, err := testForm().JSON()
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	kindtest.SaysAll(t, "JSON", s,
		`"format": "`+FormatID+`"`, `"manufacturer": "Acme"`, `"product_id": "pump"`, `"revision": "B"`,
		`"versions": [`+"\n"+`    "1.0"`, `"models": []`, `"other": "None."`,
		`"id": "MPII-3.9",`, `"note": 1,`, `"note_text": "One."`, `"answer": "See Note"`,
		`"id": "MPII-3.2",`, `"reason": "No such thing."`, `"basis": "gated"`, `"from": "MPII-3 is No"`,
		`"iec_tr_80001_2_2": "Section 5.2, MPII"`, `"note": null`,
	)
	if strings.Contains(s, "JSP-VER") {
		t.Error("JSON lists the JSP-VER extension as a question")
	}
	if strings.Index(s, `"MPII-3.9"`) > strings.Index(s, `"MPII-3.10"`) || !strings.HasSuffix(s, "}\n") {
		t.Error("JSON questions not in natural order, or no final newline")
	}
	empty, err := (&Form{}).JSON()
	if err != nil || !strings.Contains(string(empty), `"questions": []`) || !strings.Contains(string(empty), `"notes": []`) {
		t.Errorf("empty form JSON: %s, %v", empty, err)
	}
}

func TestFormCSV(t *testing.T) {
	got, err := testForm().CSV()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		strings.Join(CSVHeader, ","),
		"DOC-1,DOC,,Manufacturer?,Acme,,,,,,,derived,manufacturer.name is the name",
		"MPII-3,MPII,,Interfaces?,No,,,,\"Section 5.2, MPII\",AC-1,A.1,derived,interfaces lists none",
		"MPII-3.2,MPII,MPII-3,Two?,N/A,,,No such thing.,,,,answered,",
		"MPII-3.9,MPII,MPII-3,Nine?,See Note,1,One.,,,,,answered,",
		"MPII-3.10,MPII,MPII-3,Other?,N/A,,,,,,,gated,MPII-3 is No",
	}, "\r\n") + "\r\n"
	if d := cmp.Diff(want, string(got)); d != "" {
		t.Errorf("CSV (-want +got):\n%s", d)
	}
}
