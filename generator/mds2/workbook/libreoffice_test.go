package workbook

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/internal/testtools"
)

// TestLibreOffice opens the example workbook in LibreOffice Calc, as a
// reader of the form or the manufacturer filling it in would. Printed to
// PDF, its pages hold the title, every section and the answers. Saved
// again as xlsx, it imports as the workbook jspgen wrote does: the same
// answers, notes and OTHR text, and still known as jspgen's (Calc keeps
// the record sheet, hidden rather than very hidden), so import leaves
// out the same derived answers. JSPGEN_MDS2_RENDER=dir keeps the files
// there to look at (pdftoppm -png dir/mds2.pdf).
func TestLibreOffice(t *testing.T) {
	tools := testtools.Need(t, "soffice", "pdftotext")
	dir := os.Getenv("JSPGEN_MDS2_RENDER")
	if dir == "" {
		dir = t.TempDir()
	}
	form := exampleForm(t)
	data, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "mds2.xlsx")
	if err := os.WriteFile(src, data, 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "file://" + filepath.ToSlash(t.TempDir()) // not the user's own
	run := func(name string, args ...string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
		return out
	}
	soffice := func(args ...string) {
		t.Helper()
		run(tools[0], append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}, args...)...)
	}

	soffice("--convert-to", "pdf", "--outdir", dir, src)
	text := string(run(tools[1], "-layout", filepath.Join(dir, "mds2.pdf"), "-"))
	flat := strings.Join(strings.Fields(text), " ")
	want := []string{"Manufacturer Disclosure Statement", form.Product, form.Document.ID}
	for _, s := range form.Sections {
		if s.Code != "DOC" { // the DOC block has the header row, no title row
			want = append(want, strings.ToUpper(s.Title))
		}
		for _, r := range s.Rows {
			want = append(want, r.ID)
		}
	}
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
			t.Errorf("the printed workbook lacks %q", w)
		}
	}

	resaved := filepath.Join(dir, "resaved")
	soffice("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved, src)
	orig, err := read(t, data, "mds2.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	again, err := ReadFile(filepath.Join(resaved, "mds2.xlsx"), catalog(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Problems) != 0 {
		t.Fatalf("the workbook Calc saved: problems:\n%v", (&Error{again.Problems}).Error())
	}
	if !again.FromJSPGen() {
		t.Fatal("the workbook Calc saved lost jspgen's record: it would import as a form filled by hand")
	}
	for _, imp := range []*Import{orig, again} {
		for i := range imp.Answers {
			imp.Answers[i].Cell = ""
		}
	}
	if d := cmp.Diff(orig.Answers, again.Answers); d != "" {
		t.Errorf("answers (-jspgen's workbook +Calc's):\n%s", d)
	}
	if d := cmp.Diff(orig.Notes, again.Notes); d != "" {
		t.Errorf("notes (-jspgen's workbook +Calc's):\n%s", d)
	}
	if orig.Other != again.Other {
		t.Errorf("OTHR: Calc's workbook has %q, jspgen's %q", again.Other, orig.Other)
	}
	if d := cmp.Diff(orig.LeaveOutDerived(), again.LeaveOutDerived()); d != "" {
		t.Errorf("left out of the import (-jspgen's workbook +Calc's):\n%s", d)
	}
}
