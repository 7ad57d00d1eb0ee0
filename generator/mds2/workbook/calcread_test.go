package workbook

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/mds2"
)

// rowOf is the 1-based row of question id in a calcForm sheet.
func rowOf(t testing.TB, sh fodsSheet, id string) int {
	t.Helper()
	for i, r := range sh.rows {
		if len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	t.Fatalf("%s: no row", id)
	return 0
}

// TestReadCalcForms imports forms as a manufacturer fills them by hand in
// LibreOffice Calc: each is written as a flat OpenDocument spreadsheet,
// saved as xlsx by Calc (shared strings, cached formula values, data
// validation, merged and hidden cells as Calc writes them), and read.
// What the form says is imported as it says it; what it does not say is
// not turned into an answer; text the import does not take is reported,
// never dropped unsaid. Cases the reader got right before are kept here
// too, as what Calc's workbooks are known to give.
func TestReadCalcForms(t *testing.T) {
	type want struct {
		answers  map[string]Answer // ID -> Answer, Text, Note, Reason (Kind, Cell not compared)
		notes    []mds2.Note       // nil: not compared
		problems []string          // every problem but the gating warnings, each "CELL: message" or "SHEET: message"
	}
	cases := []struct {
		name   string
		sheets func() []fodsSheet
		want   func(sh []fodsSheet) want
	}{{
		name: "spellings",
		sheets: func() []fodsSheet {
			sh := calcForm(t, "MDS2", map[string][2]any{
				"DOC-4":    {12345.0, nil},                // a number typed where text is asked
				"DOC-7":    {fodsDate("2025-02-15"), nil}, // a date cell
				"DOC-8":    {"yes", nil},
				"DOC-9":    {fodsFormula{`of:="Y"&"es"`, "Yes"}, nil}, // a formula Calc computed
				"DOC-10":   {"YES", nil},
				"DOC-11":   {"Y", nil},
				"MPII-1":   {"No ", nil},
				"MPII-2":   {"N/A", nil},
				"MPII-2.1": {"NA", nil},
				"MPII-2.2": {"n/a", nil},
				"MPII-2.3": {"Not applicable", nil},
				"MPII-2.4": {"See Note", "1"},
				"MPII-2.5": {"See note 3", nil},
				"MPII-2.6": {"", nil},
				"MPII-2.7": {"See Note 2", "Note 3"},
				"MPII-2.8": {"No", nil}, // chosen from the dropdown
				"MPII-2.9": {"N/A", "No patient data"},
			}, [][]any{{"Note 1", "One."}, {"Note 2", "Two."}, {"Note 3", "Three."}})
			sh.lists[fmt.Sprintf("C%d", rowOf(t, sh, "MPII-2.8"))] = []string{"Yes", "No", "N/A", "See Note"}
			return []fodsSheet{sh}
		},
		want: func(sh []fodsSheet) want {
			r := func(id string) int { return rowOf(t, sh[0], id) }
			return want{
				answers: map[string]Answer{
					"DOC-4":    {Text: "12345"},
					"DOC-7":    {Text: "2025-02-15"},
					"DOC-8":    {Answer: mds2.Yes},
					"DOC-9":    {Answer: mds2.Yes},
					"DOC-10":   {Answer: mds2.Yes},
					"MPII-1":   {Answer: mds2.No},
					"MPII-2":   {Answer: mds2.NA},
					"MPII-2.1": {Answer: mds2.NA},
					"MPII-2.2": {Answer: mds2.NA},
					"MPII-2.3": {Answer: mds2.NA},
					"MPII-2.4": {Answer: mds2.SeeNote, Note: 1},
					"MPII-2.5": {Answer: mds2.SeeNote, Note: 3},
					"MPII-2.8": {Answer: mds2.No},
					"MPII-2.9": {Answer: mds2.NA, Reason: "No patient data"},
				},
				problems: []string{
					fmt.Sprintf(`C%d: answer "Y" is not Yes, No, N/A or See Note`, r("DOC-11")),
					fmt.Sprintf(`C%d: answer "See Note 2" names note 2, the note column "Note 3": which note the answer means cannot be told`, r("MPII-2.7")),
					fmt.Sprintf(`MDS2: warning: 1 question(s) of the form not answered: MPII-2.6 (C%d)`, r("MPII-2.6")),
				},
			}
		},
	}, {
		name: "notes",
		sheets: func() []fodsSheet {
			return []fodsSheet{calcForm(t, "MDS2", map[string][2]any{
				"MPII-1": {"Yes", "Note 1"},
				"MPII-2": {"Yes", "2."},
				"MPII-3": {"Yes", 3.0},
				"ALOF-1": {"Yes", "see note 4"},
				"ALOF-2": {"Yes", "Note #5"},
				"AUDT-1": {"No", fodsSpan{"Only model B logs.", 3}}, // text merged over the note columns beside No
			}, [][]any{
				{nil, "These notes apply to every version."}, // before any numbered note
				{"Note 1", "One."},
				{"2.", "Two\non two lines."},
				{"Note 3", fodsSpan{"Three, merged over the columns.", 5}},
				{nil, "continues note 3"},
				{"Note 4\nFour, label and text in one cell."},
				{"5", nil, nil, "Five, in the note column."},
			})}
		},
		want: func(sh []fodsSheet) want {
			r := func(id string) int { return rowOf(t, sh[0], id) }
			notesAt := len(sh[0].rows) - 7 + 1 // the row of the text before the notes
			return want{
				answers: map[string]Answer{
					"MPII-1": {Answer: mds2.Yes, Note: 1},
					"MPII-2": {Answer: mds2.Yes, Note: 2},
					"MPII-3": {Answer: mds2.Yes, Note: 3},
					"ALOF-1": {Answer: mds2.Yes, Note: 4},
					"ALOF-2": {Answer: mds2.Yes, Note: 5},
				},
				notes: []mds2.Note{
					{Number: 1, Text: "One."},
					{Number: 2, Text: "Two\non two lines."},
					{Number: 3, Text: "Three, merged over the columns.\ncontinues note 3"},
					{Number: 4, Text: "Four, label and text in one cell."},
					{Number: 5, Text: "Five, in the note column."},
				},
				problems: []string{
					fmt.Sprintf(`D%d: note reference "Only model B logs.": want a note number, Note n or See Note n (text stands here only beside N/A)`, r("AUDT-1")),
					fmt.Sprintf(`B%d: warning: "These notes apply to every version." stands in the notes block before any numbered note: it is not imported; number it (Note n) and refer to it from the answers it concerns, or put it in the OTHR text`, notesAt),
				},
			}
		},
	}, {
		name: "extra sheets and columns",
		sheets: func() []fodsSheet {
			intro := fodsSheet{name: "Instructions", rows: [][]any{
				{"How to fill in this form"},
				{"Answer each question in the column captioned Yes, No, N/A, or See Note; give the Question ID of the row in any note."},
			}}
			form := calcForm(t, "MDS2", map[string][2]any{"MPII-1": {"No", nil}}, [][]any{{"Note 1", "One."}})
			// A comments column the manufacturer added, and the reference
			// columns hidden: the comments are not imported, and say so.
			form.rows[4] = append(form.rows[4], "Internal comments")
			i := rowOf(t, form, "MPII-2") - 1
			form.rows[i] = append(form.rows[i], nil, nil, nil, "Ask R&D about model C")
			form.hiddenCols = []int{4, 5, 6}
			return []fodsSheet{intro, form}
		},
		want: func(sh []fodsSheet) want {
			r := func(id string) int { return rowOf(t, sh[1], id) }
			return want{
				answers: map[string]Answer{"MPII-1": {Answer: mds2.No}, "DOC-7": {Text: "2025-02-15"}},
				problems: []string{
					fmt.Sprintf(`H%d: warning: column H ("Internal comments") is not read (only the ID, question, answer, note and reference columns are): its text in H%d is not imported; to keep it, write it in a note and refer to the note in the note column`, r("MPII-2"), r("MPII-2")),
				},
			}
		},
	}, {
		name: "old answers in a hidden column",
		sheets: func() []fodsSheet {
			form := calcForm(t, "MDS2", nil, [][]any{{"Note 1", "One."}})
			// The answers of the previous revision kept in column C,
			// hidden, the new ones inserted in a column D of their own.
			for i, r := range form.rows {
				if len(r) < 3 {
					continue
				}
				form.rows[i] = append(append(append([]any{}, r[:3]...), r[2]), r[3:]...)
				if i == 4 { // the header row
					form.rows[i][2], form.rows[i][3] = CaptionAnswer+" (rev A)", CaptionAnswer
				}
			}
			form.hiddenCols = []int{2}
			return []fodsSheet{form}
		},
		want: func(sh []fodsSheet) want {
			return want{problems: []string{
				`D5: columns C (hidden) and D both have an answer caption ("Yes, No, N/A, or See Note (rev A)", "Yes, No, N/A, or See Note"); which one the form means cannot be told: delete the other column or clear its caption`,
			}}
		},
	}, {
		name: "two revisions",
		sheets: func() []fodsSheet {
			return []fodsSheet{
				calcForm(t, "MDS2 rev B", nil, [][]any{{"Note 1", "One."}}),
				calcForm(t, "MDS2 rev A", map[string][2]any{"MPII-1": {"No", nil}}, [][]any{{"Note 1", "One."}}),
			}
		},
		want: func([]fodsSheet) want {
			return want{problems: []string{
				`MDS2 rev B: sheets "MDS2 rev B" and "MDS2 rev A" both hold an MDS2 form; keep only the one to import (e.g. save it as a workbook of its own)`,
			}}
		},
	}}

	files := map[string][]byte{}
	sheets := map[string][]fodsSheet{}
	for i, c := range cases {
		name := fmt.Sprintf("form%d", i)
		sheets[name] = c.sheets()
		files[name] = fods(sheets[name]...)
	}
	xlsx := viaCalc(t, files)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			name := fmt.Sprintf("form%d", i)
			w := c.want(sheets[name])
			imp, _ := Read(bytes.NewReader(xlsx[name]), "F.xlsx", catalog(t))
			var got []string
			for _, p := range imp.Problems {
				if strings.Contains(p.Message, "answer Yes, although") {
					continue // the base form answers Yes under Nos and N/As
				}
				got = append(got, strings.TrimPrefix(strings.TrimPrefix(p.String(), "F.xlsx!"), imp.Sheet+"!"))
			}
			if d := cmp.Diff(w.problems, got); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
			for id, wa := range w.answers {
				a, ok := imp.Lookup(id)
				a.ID, a.Kind, a.Cell = "", "", ""
				if !ok {
					t.Errorf("%s: not imported, want %+v", id, wa)
				} else if a != wa {
					t.Errorf("%s = %+v, want %+v", id, a, wa)
				}
			}
			for _, id := range []string{"MPII-2.6", "MPII-2.7", "DOC-11"} {
				if a, ok := imp.Lookup(id); ok && c.name == "spellings" {
					t.Errorf("%s imported as %+v; the form does not give it", id, a)
				}
			}
			if w.notes != nil {
				if d := cmp.Diff(w.notes, imp.Notes); d != "" {
					t.Errorf("notes (-want +got):\n%s", d)
				}
			}
		})
	}
}
