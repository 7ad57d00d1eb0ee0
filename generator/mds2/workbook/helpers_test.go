package workbook

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/templates"
)

var (
	catOnce sync.Once
	catVal  *mds2.Catalog
	catErr  error
)

// catalog is the shipped question catalog.
func catalog(t testing.TB) *mds2.Catalog {
	t.Helper()
	catOnce.Do(func() {
		src, err := templates.FS.ReadFile("mds2/catalog.toml")
		if err != nil {
			catErr = err
			return
		}
		catVal, catErr = mds2.LoadCatalog("templates/mds2/catalog.toml", src)
	})
	if catErr != nil {
		t.Fatal(catErr)
	}
	return catVal
}

// exampleForm is the example product's resolved form, rebuilt from its
// golden JSON export (the root package that resolves it is being moved;
// the JSON is its stable output). Extensions, which the JSON carries as
// the versions and models fields, get texts from those.
func exampleForm(t testing.TB) *mds2.Form {
	t.Helper()
	src, err := os.ReadFile("../../../golden/halcyon-lvp7/mds2.json")
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Form, Manufacturer, Product string
		ProductID                   string `json:"product_id"`
		Document                    mds2.Document
		Versions                    []string
		Models                      []mds2.Model
		Questions                   []struct {
			ID, Answer, Reason, Basis, From string
			Note                            *int
			NoteText                        string `json:"note_text"`
		}
		Notes []mds2.Note
		Other string
	}
	if err := json.Unmarshal(src, &j); err != nil {
		t.Fatal(err)
	}
	cat := catalog(t)
	f := &mds2.Form{Form: j.Form, Manufacturer: j.Manufacturer, Product: j.Product, ProductID: j.ProductID,
		Document: j.Document, Versions: j.Versions, Models: j.Models, Notes: j.Notes, Other: j.Other}
	byID := map[string]int{}
	for i, q := range j.Questions {
		byID[q.ID] = i
	}
	for _, s := range cat.Sections {
		fs := mds2.FormSection{Code: s.Code, Title: s.Title, Description: s.Description, FreeText: s.FreeText, References: s.References}
		for _, q := range cat.SectionQuestions(s.Code) {
			r := mds2.Row{ID: q.ID, Section: q.Section, Parent: q.Parent, Kind: q.Kind, Question: q.Question,
				Extension: q.Extension, References: q.References}
			switch q.ID {
			case "JSP-VER":
				r.Text = strings.Join(j.Versions, "; ")
			case "JSP-MODELS":
				var names []string
				for _, m := range j.Models {
					names = append(names, m.ID)
				}
				r.Text = strings.Join(names, "; ")
			}
			if i, ok := byID[q.ID]; ok {
				jq := j.Questions[i]
				if q.Kind == mds2.KindText {
					r.Text = jq.Answer
				} else if r.Answer, err = mds2.ParseAnswer(jq.Answer); err != nil {
					t.Fatalf("%s: %v", q.ID, err)
				}
				if jq.Note != nil {
					r.Note = *jq.Note
				}
				r.NoteText, r.Reason, r.Basis, r.From = jq.NoteText, jq.Reason, jq.Basis, jq.From
			}
			fs.Rows = append(fs.Rows, r)
		}
		f.Sections = append(f.Sections, fs)
	}
	return f
}

// sheet builds a workbook cell by cell, the way a manufacturer's form
// looks: test rows are written as they would be typed.
type sheet struct {
	t    testing.TB
	f    *excelize.File
	name string
	row  int
}

func newSheet(t testing.TB, name string) *sheet {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", name); err != nil {
		t.Fatal(err)
	}
	return &sheet{t: t, f: f, name: name}
}

// line writes the next row from column A; a nil-able value: string or a
// number (float64, int).
func (s *sheet) line(values ...any) int {
	s.row++
	for i, v := range values {
		if v == nil || v == "" {
			continue
		}
		c := cell(i+1, s.row)
		if err := s.f.SetCellValue(s.name, c, v); err != nil {
			s.t.Fatal(err)
		}
	}
	return s.row
}

func (s *sheet) skip() { s.row++ }

func (s *sheet) bytes() []byte {
	buf, err := s.f.WriteToBuffer()
	if err != nil {
		s.t.Fatal(err)
	}
	return buf.Bytes()
}

func read(t testing.TB, data []byte, name string) (*Import, error) {
	t.Helper()
	return Read(bytes.NewReader(data), name, catalog(t))
}

// written is form as Write makes it (with no Meta), and the workbook
// opened, closed when the test ends.
func written(t testing.TB, form *mds2.Form) ([]byte, *excelize.File) {
	t.Helper()
	data, err := Write(form, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return data, f
}
