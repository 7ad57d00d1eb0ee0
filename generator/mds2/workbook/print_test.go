package workbook

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestPrintSetup: the sheet prints on the site's paper (the PDFs' paper)
// and its footer names the document ID and revision as the PDF's does.
func TestPrintSetup(t *testing.T) {
	for _, c := range []struct {
		paper string
		size  int
	}{{"", 1}, {"letter", 1}, {"a4", 9}, {"A4", 9}} {
		form := exampleForm(t)
		form.Document.ID, form.Document.Revision = "MIS-LVP7-MDS2-001", "C"
		data, err := Write(form, Meta{Paper: c.paper})
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		layout, err := f.GetPageLayout(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if got := layout.Size; got == nil || *got != c.size {
			t.Errorf("paper %q: paper size %v, want %d", c.paper, deref(got), c.size)
		}
		hf, err := f.GetHeaderFooter(SheetName)
		if err != nil {
			t.Fatal(err)
		}
		if want := "&L&8MIS-LVP7-MDS2-001 · Revision C&R&8Page &P of &N"; hf.OddFooter != want {
			t.Errorf("footer %q, want %q", hf.OddFooter, want)
		}
		f.Close()
	}
	if _, err := Write(exampleForm(t), Meta{Paper: "legal"}); err == nil {
		t.Error("paper \"legal\" written without an error")
	}
}

func TestFooterText(t *testing.T) {
	for _, c := range []struct{ id, rev, want string }{
		{"CV-DPS-MDS2", "C", "CV-DPS-MDS2 · Revision C"},
		{"CV-DPS-MDS2", "", "CV-DPS-MDS2"},
		{"", "C", "Revision C"},
		{" ", " ", ""},
	} {
		form := exampleForm(t)
		form.Document.ID, form.Document.Revision = c.id, c.rev
		if got := footerText(form.Document); got != c.want {
			t.Errorf("footerText(%q, %q) = %q, want %q", c.id, c.rev, got, c.want)
		}
	}
}

// deref is *p, or -1 for nil.
func deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}
