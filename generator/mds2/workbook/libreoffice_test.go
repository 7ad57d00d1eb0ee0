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

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/testtools"
)

// TestLibreOffice opens the example workbook in LibreOffice Calc, as a
// reader of the form or the manufacturer filling it in would. Printed to
// PDF, its pages hold the title, every section and the answers, break
// where the workbook's page breaks are (on letter and A4 paper), and none
// ends with a section's title row. Saved
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
	// Calc breaks the pages where the workbook does, and nowhere else (a
	// page it overfilled would get a break of its own), and no page ends
	// with a section's title; on A4 too.
	checkPages := func(paper, text string, data []byte) {
		t.Helper()
		pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
		if breaks := rowBreaks(t, data); len(pages) != len(breaks)+1 {
			t.Errorf("%s: Calc printed %d pages, the workbook breaks into %d (before rows %v)", paper, len(pages), len(breaks)+1, breaks)
		}
		for i, page := range pages {
			if title := titleLastOnPage(form, page); title != "" {
				t.Errorf("%s: page %d of %d ends with the section title %q, its rows on the next page", paper, i+1, len(pages), title)
			}
		}
	}
	checkPages("letter", text, data)
	a4, err := Write(form, Meta{Paper: "a4"})
	if err != nil {
		t.Fatal(err)
	}
	a4dir := filepath.Join(dir, "a4")
	if err := os.MkdirAll(a4dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a4dir, "mds2.xlsx"), a4, 0o644); err != nil {
		t.Fatal(err)
	}
	soffice("--convert-to", "pdf", "--outdir", a4dir, filepath.Join(a4dir, "mds2.xlsx"))
	checkPages("a4", string(run(tools[1], "-layout", filepath.Join(a4dir, "mds2.pdf"), "-")), a4)

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

// titleLastOnPage returns the section title (or the notes' caption) a
// printed page of the form shows without any of the section's rows after
// it ("" if none): a section's last title on the page must be followed by
// one of its question IDs (any text for a free-text section, a note for
// the notes).
func titleLastOnPage(form *mds2.Form, page string) string {
	lines := strings.Split(page, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		line := strings.Join(strings.Fields(lines[i]), " ")
		var title string
		var follows func(first string) bool
		if line == CaptionNotes {
			title, follows = line, func(first string) bool { return strings.HasPrefix(first, "Note ") }
		}
		for _, s := range form.Sections {
			if s.Code == "DOC" || !strings.Contains(line, strings.ToUpper(s.Title)+" ("+s.Code+")") {
				continue
			}
			title = strings.ToUpper(s.Title) + " (" + s.Code + ")"
			ids := map[string]bool{}
			for _, r := range s.Rows {
				ids[r.ID] = true
			}
			follows = func(first string) bool { return ids[strings.Fields(first)[0]] }
			if s.FreeText {
				follows = func(string) bool { return true }
			}
		}
		if title == "" {
			continue
		}
		for _, after := range lines[i+1:] {
			after = strings.TrimSpace(after)
			if after == "" || strings.Contains(after, "Page ") && strings.Contains(after, " of ") {
				continue // the footer
			}
			if follows(strings.Join(strings.Fields(after), " ")) {
				return ""
			}
		}
		return title
	}
	return ""
}
