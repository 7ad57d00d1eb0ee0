package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
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

// A form that names no versions (no JSP-VER row, as forms made by other
// tools, or its answer left blank) imported into a product: import warns,
// saying which of the two it is (a blank answer was reported as no row),
// and leaves a placeholder for mds2.versions, since the built form would
// otherwise cover every supported version; a jspgen form keeps its
// versions.
func TestImportWithoutVersionsWarns(t *testing.T) {
	for _, tc := range []struct {
		name, want, wantErr string
		dropVersions        bool
		blankVersions       bool
	}{
		{"jspgen form", `versions = ["4.2.1"] # the versions the form's JSP-VER lists`, "", false, false},
		{"no JSP-VER row", "# versions = [] # the workbook names no versions", "warning: the form names no versions (no JSP-VER row)", true, false},
		{"blank JSP-VER", "# versions = [] # the workbook names no versions", "warning: the form names no versions (its JSP-VER answer is blank)", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := excelize.OpenFile("../../golden/halcyon-lvp7/mds2.xlsx")
			if err != nil {
				t.Fatal(err)
			}
			if tc.blankVersions {
				blanked := false
				for _, sheet := range f.GetSheetList() {
					cells, err := f.SearchSheet(sheet, "^JSP-VER$", true)
					if err != nil || len(cells) == 0 {
						continue
					}
					_, row, _ := excelize.CellNameToCoordinates(cells[0])
					if err := f.SetCellStr(sheet, fmt.Sprintf("C%d", row), ""); err != nil {
						t.Fatal(err)
					}
					blanked = true
				}
				if !blanked {
					t.Fatal("no JSP-VER row in the golden workbook")
				}
			}
			if tc.dropVersions {
				dropped := false
				for _, sheet := range f.GetSheetList() {
					cells, err := f.SearchSheet(sheet, "^JSP-VER$", true)
					if err != nil || len(cells) == 0 {
						continue
					}
					_, row, _ := excelize.CellNameToCoordinates(cells[0])
					if err := f.RemoveRow(sheet, row); err != nil {
						t.Fatal(err)
					}
					dropped = true
				}
				if !dropped {
					t.Fatal("no JSP-VER row in the golden workbook")
				}
			}
			dir := t.TempDir()
			form := filepath.Join(dir, "form.xlsx")
			if err := f.SaveAs(form); err != nil {
				t.Fatal(err)
			}
			content := filepath.Join(dir, "content")
			if err := os.MkdirAll(content, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(content, "p.toml"), []byte("schema_version = 2\nid = \"p\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			if code := run([]string{"import", "mds2", "--content", content, "--product", "p", form}, &stdout, &stderr); code != exitOK {
				t.Fatalf("import: exit %d\n%s", code, stderr.String())
			}
			got, err := os.ReadFile(filepath.Join(content, "p.toml"))
			if err != nil {
				t.Fatal(err)
			}
			kindtest.SaysAll(t, "the product file", string(got), tc.want)
			if tc.wantErr == "" && strings.Contains(stderr.String(), "names no versions") || tc.wantErr != "" && !strings.Contains(stderr.String(), tc.wantErr) {
				t.Errorf("stderr:\n%s\nwant %q", stderr.String(), tc.wantErr)
			}
		})
	}
}

// TestImportIntoOlderVersionsWarns: a form answered for 4.2.1 imported
// into a product whose versions begin earlier is told that its answers
// become those of the earlier versions too ([mds2.answers] are the first
// version's); into a product whose first version is 4.2.1, or that lists
// no versions, it is not.
func TestImportIntoOlderVersionsWarns(t *testing.T) {
	const older = "[[versions]]\nversion = \"3.8.2\"\n\n[[versions]]\nversion = \"4.1.0\"\n\n"
	const covered = "[[versions]]\nversion = \"4.2.1\"\n"
	for _, tc := range []struct {
		name, versions, want string
	}{
		{"older versions first", older + covered, "the form answers for 4.2.1, but [mds2.answers] are the answers of the product's first version and of each later one until a version changes them: they become the answers of 3.8.2, 4.1.0 too"},
		{"the covered version first", covered + "\n[[versions]]\nversion = \"4.3.0\"\n", ""},
		{"no versions", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			content := filepath.Join(dir, "content")
			if err := os.MkdirAll(content, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(content, "p.toml"), []byte("schema_version = 2\nid = \"p\"\n\n"+tc.versions), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			if code := run([]string{"import", "mds2", "--content", content, "--product", "p", "../../golden/halcyon-lvp7/mds2.xlsx"}, &stdout, &stderr); code != exitOK {
				t.Fatalf("import: exit %d\n%s", code, stderr.String())
			}
			got := stderr.String()
			if tc.want == "" && strings.Contains(got, "the form answers for") || tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("stderr:\n%s\nwant %q", got, tc.want)
			}
		})
	}
}

// A workbook jspgen wrote, imported back: the import says that it left
// out what jspgen derived and which answers the workbook changed, and the
// section says so in its comment; a derived answer is not in it.
func TestImportOfJSPGenWorkbookSaysWhatItLeftOut(t *testing.T) {
	f, err := excelize.OpenFile("../../golden/halcyon-lvp7/mds2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("MDS2")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == "DOC-2" { // derived from the description
			if err := f.SetCellStr("MDS2", "C"+strconv.Itoa(i+1), "A volumetric infusion pump."); err != nil {
				t.Fatal(err)
			}
		}
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
	if !regexp.MustCompile(`jspgen wrote this workbook: \d+ answers it derived from the product data or gave N/A from an earlier answer, unchanged, are left out: the build gives them again; changed in the workbook, imported as the manufacturer's: DOC-2\n`).MatchString(stdout.String()) {
		t.Errorf("stdout:\n%s", stdout.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# jspgen wrote this workbook:", "# Changed in the workbook, imported as the manufacturer's answers: DOC-2.", `"DOC-2" = "A volumetric infusion pump."`} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the section lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(string(got), `"DOC-1" =`) {
		t.Errorf("the section has DOC-1, which jspgen derived:\n%s", got)
	}
}
