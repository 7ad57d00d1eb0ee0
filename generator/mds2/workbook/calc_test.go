package workbook

import (
	"context"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/testtools"
)

// A flat OpenDocument spreadsheet (.fods) written by hand, for Calc to
// turn into the xlsx a manufacturer would send: what Calc writes (shared
// strings, cached formula values, data validation, merged and hidden
// cells) is what another program's workbook holds, not what excelize
// writes.

// fodsSheet is one sheet: its rows, cell values as fods cells (a string,
// a float64, or one of the types below), nil for an empty cell.
type fodsSheet struct {
	name       string
	hidden     bool  // the sheet itself
	hiddenCols []int // 0-based
	rows       [][]any
	// lists are data validations: cell (e.g. "C6") -> allowed values.
	lists map[string][]string
}

// fodsDate is a date cell (YYYY-MM-DD).
type fodsDate string

// fodsFormula is a formula (OpenFormula, e.g. "of:=[.C7]") and the value
// the file caches for it.
type fodsFormula struct{ formula, cached string }

// fodsSpan is a cell merged over n columns.
type fodsSpan struct {
	text string
	n    int
}

func fodsText(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		b.WriteString("<text:p>" + html.EscapeString(line) + "</text:p>")
	}
	return b.String()
}

func fods(sheets ...fodsSheet) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta0" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
`)
	var vals []string
	for k, sh := range sheets {
		for c, list := range sh.lists {
			q := make([]string, len(list))
			for i, v := range list {
				q[i] = "&quot;" + html.EscapeString(v) + "&quot;"
			}
			vals = append(vals, fmt.Sprintf(`<table:content-validation table:name="val%d%s" table:condition="of:cell-content-is-in-list(%s)" table:allow-empty-cell="true" table:display-list="unsorted" table:base-cell-address="'%s'.%s"><table:error-message table:display="true" table:message-type="stop"/></table:content-validation>`, k, c, strings.Join(q, ";"), sh.name, c))
		}
	}
	if len(vals) > 0 {
		b.WriteString("<table:content-validations>" + strings.Join(vals, "") + "</table:content-validations>\n")
	}
	for k, sh := range sheets {
		style := "ta1"
		if sh.hidden {
			style = "ta0"
		}
		fmt.Fprintf(&b, `<table:table table:name="%s" table:style-name="%s">`, html.EscapeString(sh.name), style)
		width := 0
		for _, r := range sh.rows {
			width = max(width, len(r))
		}
		for j := 0; j < max(width, 1); j++ {
			vis := ""
			for _, h := range sh.hiddenCols {
				if h == j {
					vis = ` table:visibility="collapse"`
				}
			}
			b.WriteString(`<table:table-column` + vis + `/>`)
		}
		for i, r := range sh.rows {
			b.WriteString("<table:table-row>")
			for j := 0; j < len(r); j++ {
				attr := ""
				if _, ok := sh.lists[cell(j+1, i+1)]; ok {
					attr = fmt.Sprintf(` table:content-validation-name="val%d%s"`, k, cell(j+1, i+1))
				}
				switch v := r[j].(type) {
				case nil:
					b.WriteString("<table:table-cell" + attr + "/>")
				case string:
					if v == "" {
						b.WriteString("<table:table-cell" + attr + "/>")
						continue
					}
					b.WriteString(`<table:table-cell office:value-type="string"` + attr + `>` + fodsText(v) + `</table:table-cell>`)
				case float64:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="float" office:value="%v"%s><text:p>%v</text:p></table:table-cell>`, v, attr, v)
				case fodsDate:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="date" office:date-value="%s"%s><text:p>%s</text:p></table:table-cell>`, v, attr, v)
				case fodsFormula:
					fmt.Fprintf(&b, `<table:table-cell table:formula="%s" office:value-type="string" office:string-value="%s"%s>%s</table:table-cell>`, html.EscapeString(v.formula), html.EscapeString(v.cached), attr, fodsText(v.cached))
				case fodsSpan:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="string" table:number-columns-spanned="%d"%s>%s</table:table-cell>`, v.n, attr, fodsText(v.text))
					for k := 1; k < v.n; k++ {
						b.WriteString("<table:covered-table-cell/>")
					}
					j += v.n - 1
				default:
					panic(fmt.Sprintf("fods: cell type %T", v))
				}
			}
			b.WriteString("</table:table-row>\n")
		}
		b.WriteString("</table:table>\n")
	}
	b.WriteString("</office:spreadsheet></office:body></office:document>\n")
	return []byte(b.String())
}

// viaCalc writes each named .fods into a directory, has LibreOffice Calc
// convert them all to xlsx in one run, and returns the xlsx files' bytes
// by name. It skips the test without soffice (testtools).
func viaCalc(t testing.TB, files map[string][]byte) map[string][]byte {
	t.Helper()
	soffice := testtools.Need(t, "soffice")[0]
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(t.TempDir()), "--headless", "--norestore",
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", filepath.Join(dir, "out")}
	for name, data := range files {
		p := filepath.Join(dir, name+".fods")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	got := map[string][]byte{}
	for name := range files {
		data, err := os.ReadFile(filepath.Join(dir, "out", name+".xlsx"))
		if err != nil {
			t.Fatalf("Calc did not convert %s: %v", name, err)
		}
		got[name] = data
	}
	return got
}

// calcForm is the HN 1-2019 form as rows of fods cells (banner, title,
// the echo row of formulas, the header row, section title rows, the notes
// block): every question of the 2019 form answered Yes (text questions
// "text of ID", DOC-7 a date cell) unless special gives its answer and
// note cells; notes are the rows after "Notes:".
func calcForm(t testing.TB, name string, special map[string][2]any, notes [][]any) fodsSheet {
	cat := catalog(t)
	sh := fodsSheet{name: name, lists: map[string][]string{}}
	add := func(r ...any) int { sh.rows = append(sh.rows, r); return len(sh.rows) }
	add("Manufacturer Disclosure Statement for Medical Device Security -- MDS2")
	add("ANSI/NEMA HN 1-2019")
	add(fodsFormula{"of:=[.C7]", "Acme Medical"}, fodsFormula{"of:=[.C8]", "Model X"}, nil, fodsFormula{"of:=[.C10]", "ACME-MDS2-7"})
	add()
	add(CaptionID, CaptionQuestion, nil, "See note", CaptionIEC, CaptionNIST, CaptionISO)
	for _, sec := range cat.Sections {
		if sec.Code != "DOC" {
			add()
			add(nil, strings.ToUpper(sec.Title)+" ("+sec.Code+")", CaptionAnswer, "Note #")
			if sec.FreeText {
				add(nil, "No further considerations.")
				continue
			}
		}
		for _, q := range cat.SectionQuestions(sec.Code) {
			if q.Extension {
				continue
			}
			var a, n any = "Yes", nil
			if q.Kind == mds2.KindText {
				a = "text of " + q.ID
			}
			if q.ID == "DOC-7" {
				a = fodsDate("2025-02-15")
			}
			if sp, ok := special[q.ID]; ok {
				a, n = sp[0], sp[1]
			}
			add(q.ID, q.Question, a, n)
		}
	}
	add()
	add(nil, "Notes:")
	for _, n := range notes {
		add(n...)
	}
	return sh
}
