package generator

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
	"github.com/jspgen/jspgen/templates"
)

// handFilledForm returns a workbook as a manufacturer brings it: the
// standalone fixture's built MDS2 workbook with cells changed by hand
// through edit (sheet, answer cell, note cell by question ID), without
// jspgen's record of what it wrote (workbook.RecordSheet): a form filled
// by hand has none.
func handFilledForm(t *testing.T, edit func(set func(id, answer, note string))) string {
	t.Helper()
	f, err := excelize.OpenReader(strings.NewReader(buildFixture(t, "standalone")("bladderscan/mds2.xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.DeleteSheet(workbook.RecordSheet); err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[0]
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	edit(func(id, answer, note string) {
		for i, r := range rows {
			if len(r) > 0 && r[0] == id {
				for col, v := range map[string]string{"C": answer, "D": note} {
					if err := f.SetCellStr(sheet, col+strconv.Itoa(i+1), v); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
		}
		t.Fatalf("no row %s in the workbook", id)
	})
	path := filepath.Join(t.TempDir(), "hand.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// shippedCatalog is the MDS2 catalog jspgen ships, as import reads it
// when the repository has none.
func shippedCatalog(t *testing.T) *mds2.Catalog {
	t.Helper()
	src, err := templates.FS.ReadFile("mds2/catalog.toml")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := mds2.LoadCatalog("templates/mds2/catalog.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// importForm reads the workbook at path as jspgen import mds2 --product
// does (leaving out, from a workbook jspgen wrote, what it derived) and
// returns the [mds2] section it appends, and the import.
func importForm(t *testing.T, path string) (string, *workbook.Import) {
	t.Helper()
	cat := shippedCatalog(t)
	imp, err := workbook.ReadFile(path, cat)
	if err != nil {
		t.Fatal(err)
	}
	imp.LeaveOutDerived()
	imp.AsMarkdown()
	return string(imp.TOML(cat, workbook.ProductOptions(filepath.Base(path)))), imp
}

// withImportedMDS2 returns an edit of the standalone product file that
// replaces its [mds2] section with the imported one and leaves
// cloud.services unwritten (only the statement), as a product file made
// before its hand-filled form was imported states less.
func withImportedMDS2(section string) func(string) string {
	return func(s string) string {
		i := strings.Index(s, "\n[mds2]\n")
		if i < 0 {
			panic("no [mds2] in the fixture")
		}
		s = strings.Replace(s[:i+1], "\nservices = []\n", "\n", 1)
		return s + "\n" + section
	}
}

// TestImportedHandFormCSDSaysCONN6: a manufacturer imports a hand-filled
// MDS2 workbook that answers CONN-6 (needs the internet) No with a note
// into a product file that lists no cloud services; the CSD built with
// that form says No in its key facts and points to the form's answer and
// note, instead of "See details" or "Not stated" beside a form that
// answers it.
func TestImportedHandFormCSDSaysCONN6(t *testing.T) {
	form := handFilledForm(t, func(set func(id, answer, note string)) {
		set("CONN-6", "No", "Note 2")
	})
	section, _ := importForm(t, form)
	if !strings.Contains(section, `"CONN-6" = { answer = "no", note = 2 }`) {
		t.Fatalf("the import lost CONN-6's answer or note:\n%s", section)
	}
	files, res := buildFixtureEdited(t, "standalone", "bladderscan.toml", withImportedMDS2(section))
	for _, w := range res.Warnings {
		if strings.Contains(w.Path, "CONN-6") {
			t.Errorf("warning on CONN-6: %s", w.Message)
		}
	}
	csd := files["bladderscan/csd.md"]
	// the scanner joins no network: the facts say why, the form is cited
	const want = "| Needs the internet or a cloud service | No: the device joins no network | MDS2 form, CONN-6, note 2. ["
	if !strings.Contains(csd, want) {
		i := strings.Index(csd, "| Needs the internet")
		t.Errorf("CSD key facts: want %q, got:\n%s", want, csd[i:i+200])
	}
	md := files["bladderscan/mds2.md"]
	row := ""
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "| CONN-6 |") {
			row = l // the form's row; the appendix repeats the ID
			break
		}
	}
	if !strings.Contains(row, "[No](") || !strings.Contains(row, "| Note\u00a02 |") {
		t.Errorf("MDS2 form: want CONN-6 No with Note 2, got %s", row)
	}
}

// TestImportedBlankAnswerBesideNote: a hand-filled form leaves AUDT-1
// (which no fact decides) blank with a note reference beside it. The
// import keeps the note and says truly what the build then does: the
// form shows the note beside a blank answer and check does not ask for
// one (it said check would ask, which it does not). The built form prints
// no answer there, not a No, and keeps the note.
func TestImportedBlankAnswerBesideNote(t *testing.T) {
	form := handFilledForm(t, func(set func(id, answer, note string)) {
		set("AUDT-1", "", "Note 1")
	})
	section, imp := importForm(t, form)
	if !strings.Contains(section, `"AUDT-1" = { note = 1 }`) {
		t.Fatalf("the import lost AUDT-1's note:\n%s", section)
	}
	var warned string
	for _, p := range imp.Warnings() {
		if strings.Contains(p.Message, "blank answer beside") {
			warned = p.String()
		}
	}
	if !strings.Contains(warned, "shows the note beside a blank answer") || !strings.Contains(warned, "check does not ask for one") ||
		strings.Contains(warned, "check asks for one") {
		t.Errorf("import warning does not say what the build does: %s", warned)
	}
	files, res := buildFixtureEdited(t, "standalone", "bladderscan.toml", withImportedMDS2(section))
	for _, w := range res.Warnings {
		if strings.Contains(w.Path, "AUDT-1") && !strings.Contains(w.Path, "AUDT-1.") {
			t.Errorf("warning on AUDT-1: %s", w.Message)
		}
	}
	row := ""
	for _, l := range strings.Split(files["bladderscan/mds2.md"], "\n") {
		if strings.HasPrefix(l, "| AUDT-1 |") {
			row = l
			break
		}
	}
	cells := strings.Split(row, " | ")
	if len(cells) < 4 || strings.TrimSpace(cells[2]) != "" || cells[3] != "Note\u00a01" {
		t.Errorf("MDS2 form: want AUDT-1 with a blank answer beside Note 1, got %s", row)
	}
}

// TestImportedTextBesideBlankAnswerIsRefused: a manufacturer's remark in
// the note column beside a blank answer ("No users") is refused at its
// cell, with how to keep it, instead of being dropped with a warning while
// the rest imports; an answer the form does not allow ("Y") is reported
// at its cell and not listed among the questions left blank.
func TestImportedTextBesideBlankAnswerIsRefused(t *testing.T) {
	form := handFilledForm(t, func(set func(id, answer, note string)) {
		set("AUDT-2.1", "", "No users")
		set("AUDT-2.2", "Y", "")
	})
	imp, err := workbook.ReadFile(form, shippedCatalog(t))
	var we *workbook.Error
	if !errors.As(err, &we) {
		t.Fatalf("err = %v, want the import refused", err)
	}
	var text, blank, invalid bool
	for _, p := range imp.Problems {
		switch {
		case !p.Warning && strings.Contains(p.Message, `text "No users" beside a blank answer`) && strings.Contains(p.Ref, "!D"):
			text = true
		case !p.Warning && strings.Contains(p.Message, `answer "Y" is not Yes`):
			invalid = true
		case p.Warning && strings.Contains(p.Message, "not answered"):
			blank = strings.Contains(p.Message, "AUDT-2.1 (") && !strings.Contains(p.Message, "AUDT-2.2 (")
		}
	}
	if !text || !invalid || !blank {
		t.Errorf("want the remark refused at its cell (%v), Y refused (%v), AUDT-2.1 alone listed blank (%v):\n%v", text, invalid, blank, we)
	}
}

// TestImportedAnswerAgreeingWithDataIsTheManufacturers: a hand-filled
// form answers CONN-1.2.2 (a USB port) Yes, as the product data does.
// Imported, the answer is the manufacturer's: the built form's hover
// text and appendix, mds2.json and mds2.csv say so and name the fact
// that agrees, instead of passing it off as derived from the data; the
// question's answer is the same. Without the imported answer it is
// derived, as before.
func TestImportedAnswerAgreeingWithDataIsTheManufacturers(t *testing.T) {
	section, _ := importForm(t, handFilledForm(t, func(func(id, answer, note string)) {}))
	if !strings.Contains(section, `"CONN-1.2.2" = "yes"`) {
		t.Fatalf("the import did not write CONN-1.2.2:\n%s", section)
	}
	const fact = "interfaces[0] is a USB interface"
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		why, basis  string
		from, table string
	}{
		{"imported", withImportedMDS2(section),
			"The manufacturer's answer; the product data agree: " + fact + ".", "answered", "agrees with the product data: " + fact,
			" also answered "},
		{"not imported", nil,
			"Derived from the product data: " + fact + ".", "derived", fact, ""},
	} {
		file := buildFixture(t, "standalone")
		if tc.edit != nil {
			files, _ := buildFixtureEdited(t, "standalone", "bladderscan.toml", tc.edit)
			file = func(rel string) string { return files[rel] }
		}
		md := file("bladderscan/mds2.md")
		var row, appendix string
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "| CONN-1.2.2 |") {
				if row == "" {
					row = l
				} else {
					appendix = l
				}
			}
		}
		if !strings.Contains(row, `[Yes](#how-derived-and-ruled-out-answers-were-reached "`+tc.why+`")`) {
			t.Errorf("%s: form row: want Yes titled %q, got %s", tc.name, tc.why, row)
		}
		if want := "| CONN-1.2.2 | Yes | " + strings.NewReplacer("[", `\[`, "]", `\]`).Replace(tc.why) + " |"; appendix != want {
			t.Errorf("%s: appendix:\n got %s\nwant %s", tc.name, appendix, want)
		}
		// The fixture's own hand DOC-10 Yes agrees with its published
		// view: the sentence names it either way, CONN-1.2.2 only when
		// imported.
		if intro := md[:strings.Index(md, "\n## ")]; tc.table != "" && !(strings.Contains(intro, tc.table) && strings.Contains(intro, "CONN-1.2.2")) || tc.table == "" && strings.Contains(intro, "CONN-1.2.2") {
			t.Errorf("%s: the introduction's sentence on the manufacturer's answers the data agree with: want CONN-1.2.2 named there %v", tc.name, tc.table != "")
		}
		var js struct {
			Questions []struct{ ID, Answer, Basis, From string }
		}
		if err := json.Unmarshal([]byte(file("bladderscan/mds2.json")), &js); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range js.Questions {
			if q.ID == "CONN-1.2.2" {
				found = true
				if q.Answer != "Yes" || q.Basis != tc.basis || q.From != tc.from {
					t.Errorf("%s: mds2.json: got %s, basis %s, from %q; want Yes, basis %s, from %q", tc.name, q.Answer, q.Basis, q.From, tc.basis, tc.from)
				}
			}
		}
		if !found {
			t.Errorf("%s: no CONN-1.2.2 in mds2.json", tc.name)
		}
		if csv := file("bladderscan/mds2.csv"); !strings.Contains(csv, ","+tc.basis+","+tc.from+"\r\n") {
			t.Errorf("%s: mds2.csv lacks basis %s, from %q", tc.name, tc.basis, tc.from)
		}
	}
}
