package generator

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2/workbook"
)

// wifiForm is the monitoringwifi fixture's built MDS2 workbook (form of
// 4.0, whose CONN-1.1.1 is a derived Yes of model SPM-B12W only, with
// jspgen's note 8 after the manufacturer's seven), with cells changed through edit (answer and note
// cells by question ID; "" leaves a cell as it is) and notes rewritten
// (by number), saved to a file.
func wifiForm(t *testing.T, edit map[string][2]string, notes map[int]string) string {
	t.Helper()
	f, err := excelize.OpenReader(strings.NewReader(buildFixture(t, "monitoringwifi")("sentinel-w/mds2.xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(workbook.SheetName)
	if err != nil {
		t.Fatal(err)
	}
	set := func(ref, v string) {
		if err := f.SetCellStr(workbook.SheetName, ref, v); err != nil {
			t.Fatal(err)
		}
	}
	for id, cells := range edit {
		i := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == id })
		if i < 0 {
			t.Fatalf("no row %s", id)
		}
		for col, v := range map[string]string{"C": cells[0], "D": cells[1]} {
			if v != "" {
				set(col+strconv.Itoa(i+1), v)
			}
		}
	}
	for n, text := range notes {
		i := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == "Note "+strconv.Itoa(n) })
		if i < 0 {
			t.Fatalf("no note %d", n)
		}
		set("B"+strconv.Itoa(i+1), text)
	}
	path := filepath.Join(t.TempDir(), "mds2.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// withMDS2 replaces the product file's [mds2] section (the last of the
// file) with section.
func withMDS2(section string) func(string) string {
	return func(s string) string {
		i := strings.Index(s, "\n[mds2]\n")
		if i < 0 {
			panic("no [mds2] in the fixture")
		}
		return s[:i+1] + "\n" + section
	}
}

// TestImportOfJSPGenWorkbookLeavesDerivedOut: the workbook jspgen wrote,
// imported back, does not freeze what jspgen derived from the product
// data, nor the note it wrote for a Yes of some models only, nor a bare
// N/A the form's own rule gives (CSUP-4.1 under CSUP-4 No, which the form
// shows as the form's), as the manufacturer's answers and notes: the
// import leaves them out and says so, and the product built again gives
// the same form, byte for byte.
// Before, every derived answer came back as the manufacturer's (check
// warned that each repeats the data) and jspgen's note 8 became
// mds2.notes number 8, fixed whatever the models' interfaces become.
func TestImportOfJSPGenWorkbookLeavesDerivedOut(t *testing.T) {
	section, imp := importForm(t, wifiForm(t, nil, nil))
	if !imp.FromJSPGen() {
		t.Fatal("jspgen's workbook is not recognised")
	}
	for _, absent := range []string{`"CONN-1.1.1"`, `"DOC-1"`, `"CONN-1.2.1"`, `"CSUP-4.1"`, "number = 8", "holds for model SPM-B12W"} {
		if strings.Contains(section, absent) {
			t.Errorf("the section has %s, which the product data give:\n%s", absent, section)
		}
	}
	for _, kept := range []string{`"CONN-1.1" = { answer = "yes", note = 1 }`, `"EMRG-1" = "no"`, "number = 4", "number = 6", `versions = ["4.0"]`, `"CSUP-4" = "no"`} {
		if !strings.Contains(section, kept) {
			t.Errorf("the section lacks %s, the manufacturer's:\n%s", kept, section)
		}
	}
	if ws := imp.Warnings(); len(ws) != 0 {
		t.Errorf("warnings: %v", ws)
	}
	files, res := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", withMDS2(section))
	want := buildFixture(t, "monitoringwifi")
	for _, f := range []string{"sentinel-w/mds2.xlsx", "sentinel-w/mds2.json", "sentinel-w/mds2.md"} {
		if files[f] != want(f) {
			t.Errorf("%s differs after build → import → build", f)
		}
	}
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "repeats what the product data decides") {
			t.Errorf("imported answer repeats the data: %s", d)
		}
	}
}

// TestImportOfJSPGenWorkbookKeepsChanges: what the manufacturer changed
// in jspgen's workbook is imported as theirs: a derived answer changed
// (with a warning when it still refers to jspgen's note, whose reference
// is dropped), and jspgen's note with its text rewritten (kept, and the
// derived answer beside it left to the data: { note = 8 }).
func TestImportOfJSPGenWorkbookKeepsChanges(t *testing.T) {
	section, imp := importForm(t, wifiForm(t, map[string][2]string{"CONN-1.1.1": {"No", ""}, "CONN-1.1.2": {"Yes", "Note 2"}}, nil))
	if !strings.Contains(section, `"CONN-1.1.1" = "no"`) || !strings.Contains(section, `"CONN-1.1.2" = { answer = "yes", note = 2 }`) {
		t.Errorf("changed answers not imported as the manufacturer's:\n%s", section)
	}
	if strings.Contains(section, "number = 8") {
		t.Errorf("jspgen's note 8 imported:\n%s", section)
	}
	ws := imp.Warnings()
	if len(ws) != 1 || !strings.Contains(ws[0].String(), "refers to note 8, which jspgen wrote itself") {
		t.Errorf("warnings %v; want one on CONN-1.1.1's reference to jspgen's note 8", ws)
	}

	const own = "Only the SPM-B12W has Wi-Fi; the other models have none."
	section, _ = importForm(t, wifiForm(t, nil, map[int]string{8: own}))
	if !strings.Contains(section, `"CONN-1.1.1" = { note = 8 }`) || !strings.Contains(section, "number = 8\ntext = \"\"\"\n"+own) {
		t.Errorf("the rewritten note 8 and its answer are not imported as the manufacturer's:\n%s", section)
	}
	// Built, CONN-1.1.1 is still derived, beside the manufacturer's note
	// 8, and jspgen writes no note of its own for it.
	files, _ := buildFixtureEdited(t, "monitoringwifi", "sentinel-w.toml", withMDS2(section))
	csv := files["sentinel-w/mds2.csv"]
	if !strings.Contains(csv, "\r\nCONN-1.1.1,CONN,CONN-1.1,Does the device support Wi-Fi?,Yes,8,"+own+",,,,,derived,") {
		t.Errorf("CONN-1.1.1 not derived Yes beside the manufacturer's note 8:\n%s", csv)
	}
	if md := files["sentinel-w/mds2.md"]; strings.Contains(md, "**Note 9.**") || strings.Contains(md, "holds for model SPM-B12W") {
		t.Error("the built form has a note of jspgen's besides the manufacturer's note 8")
	}
}

// TestImportOfHandMadeWorkbookKeepsEverything: a workbook without
// jspgen's record (a form filled by hand or by another tool) is imported
// as before: every answer is the manufacturer's.
func TestImportOfHandMadeWorkbookKeepsEverything(t *testing.T) {
	path := wifiForm(t, nil, nil)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteSheet(workbook.RecordSheet); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	section, imp := importForm(t, path)
	if imp.FromJSPGen() {
		t.Error("a workbook without the record taken for jspgen's")
	}
	for _, s := range []string{`"CONN-1.1.1" = { answer = "yes", note = 8 }`, `"DOC-1" = `, "number = 8"} {
		if !strings.Contains(section, s) {
			t.Errorf("the section lacks %s:\n%s", s, section)
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
