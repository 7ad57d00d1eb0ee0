package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A note imported from an MDS2 workbook is plain text; the product file's
// mds2.notes[].text is a Markdown field, so import escapes what Markdown
// would read differently: "**" in the form stays two asterisks.
func TestImportEscapesMarkdownInNotes(t *testing.T) {
	f, err := excelize.OpenFile("../../golden/halcyon-lvp7/mds2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	edited := false
	for _, sheet := range f.GetSheetList() {
		cells, err := f.SearchSheet(sheet, "FORTIFY_SOURCE", true)
		if err != nil || len(cells) == 0 {
			continue
		}
		v, _ := f.GetCellValue(sheet, cells[0])
		if err := f.SetCellValue(sheet, cells[0], strings.Replace(v, "FORTIFY_SOURCE", "**FORTIFY_SOURCE**", 1)); err != nil {
			t.Fatal(err)
		}
		edited = true
		break
	}
	if !edited {
		t.Fatal("no note with FORTIFY_SOURCE in the golden workbook")
	}
	dir := t.TempDir()
	form := filepath.Join(dir, "form.xlsx")
	if err := f.SaveAs(form); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "mds2.toml")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"import", "mds2", "--out", out, form}, &stdout, &stderr); code != exitOK {
		t.Fatalf("import: exit %d\n%s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `\\*\\*FORTIFY_SOURCE**`) { // the TOML for \*\*FORTIFY_SOURCE**
		t.Errorf("the imported note does not escape its asterisks:\n%s", got)
	}
}
