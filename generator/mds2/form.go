package mds2

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/export"

	"github.com/jspgen/jspgen/generator/render"
)

// FormatID identifies the shape of the JSON export (see Form.JSON). It
// changes only when a field is removed or changes meaning; new fields may
// be added within the same format.
const FormatID = "jspgen-mds2/1"

// Bases say where a resolved answer came from.
const (
	BasisDerived  = "derived"  // decided by the product data
	BasisAnswered = "answered" // an explicit answer in [mds2.answers] (From: "overrides …" or "agrees with …" where the data decide it too; VersionsDifferPrefix for a See Note whose note, jspgen's, gives each covered version's answer)
	BasisGated    = "gated"    // not applicable because of an earlier answer
	// BasisNotStated is a question nothing answers: the product data do
	// not decide it and [mds2.answers] gives no answer. The form says so
	// ("Not stated") rather than guess; check warns about each.
	BasisNotStated = "not stated"
)

// Form is a completed MDS2 form: every catalog question with its resolved
// answer, in form order, plus what identifies the form.
type Form struct {
	Form string // the catalog's form name
	// Manufacturer is the company that made the covered versions (each
	// with its versions where more than one did), as DOC-1 names it.
	Manufacturer string
	// SupportedBy is the site's manufacturer, which issues the form, when
	// another company made some covered version; "" when it made them all.
	SupportedBy string
	Product     string   // product name
	ProductID   string   //
	Document    Document //
	Versions    []string // software versions covered
	// Follows is, when the covered versions' facts differ, the version
	// whose facts the derived answers describe; "" when they agree.
	Follows string
	Models  []Model // models covered
	// Ended are the models that run the covered versions whose own
	// support ended by the form's date while others stay supported: the
	// form does not cover them.
	Ended    []EndedModel
	Sections []FormSection // in catalog order, DOC first, OTHR last
	Notes    []Note        // by number
	Other    string        // OTHR free text
	// Files are the names of the files the form is also published as,
	// beside its document ("mds2.json", "mds2.csv", "mds2.xlsx"), set by
	// the kind that publishes them, so that the document names those
	// built and no other.
	Files []string
}

// Document identifies the form as a controlled document.
type Document struct {
	ID          string `json:"id"`
	Revision    string `json:"revision"`
	ReleaseDate string `json:"release_date"` // YYYY-MM-DD
}

// Model is one model the form covers.
type Model struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// EndedModel is a model the form leaves out because its support ended.
type EndedModel struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	EndOfSupport string `json:"end_of_support"` // YYYY-MM-DD
	ReplacedBy   string `json:"replaced_by,omitempty"`
}

// Note is one numbered note.
type Note struct {
	Number int    `json:"number"`
	Text   string `json:"text"`
	// Generated marks a note jspgen wrote from the product data (a Yes
	// that holds for some models only, how to request an SBOM given on
	// request), not one of the manufacturer's mds2.notes. The workbook
	// records it, so that an import of the workbook leaves the note to
	// the build, and mds2.json says it (the key is absent for the
	// manufacturer's notes).
	Generated bool `json:"generated,omitempty"`
}

// FormSection is one section with its rows.
type FormSection struct {
	Code, Title, Description string
	FreeText                 bool
	References               References // printed on the description row (SAHD)
	Rows                     []Row      // catalog order (extensions where the catalog puts them)
}

// Row is one answered question.
type Row struct {
	ID, Section, Parent, Kind, Question string
	Extension                           bool
	References                          References
	Answer                              Answer // for yes_no questions
	Text                                string // for text questions
	Note                                int    // 0 = no note
	NoteText                            string // the note's text
	Reason                              string // why N/A, when given instead of a note
	Basis                               string // BasisDerived, BasisAnswered or BasisGated
	From                                string // what decided it: the fact, or the gating answer
	// OnModels is, where the fact in From holds for some of the models
	// the form covers only, which ("model B only", "models B and C, not
	// decided for model A"); "" where it holds for every model.
	OnModels string
}

// Printed returns the answer cell as the form prints it: Yes / No / N/A /
// See Note, or the text of a text question.
func (r Row) Printed() string {
	if r.Kind == KindText {
		return r.Text
	}
	return r.Answer.String()
}

// NotStated reports a question nothing answers (BasisNotStated): its
// answer cell is blank in the workbook and the exports, and the printed
// form says "Not stated".
func (r Row) NotStated() bool { return r.Basis == BasisNotStated }

// NoteRef is "Note 3", or "" without a note.
func (r Row) NoteRef() string {
	if r.Note == 0 {
		return ""
	}
	return "Note " + strconv.Itoa(r.Note)
}

// Remark is what the note column shows: the note reference only, as on
// the form. Why an answer is N/A or derived (Reason, Basis, From) is in
// the JSON and CSV, not in the printed form's note column.
func (r Row) Remark() string {
	return r.NoteRef()
}

// Compact prints the three mapping cells in one short cell: "IEC 5.2;
// NIST AU-2; ISO None", with a no-break space after each label. "Section
// 5.2, AUDT" is shortened to "5.2"; blank cells are left out. JSON and CSV
// keep the cells as printed.
func (r References) Compact() string {
	var parts []string
	if r.IEC != "" {
		iec := strings.TrimPrefix(r.IEC, "Section ")
		if i := strings.Index(iec, ","); i > 0 {
			iec = iec[:i]
		}
		parts = append(parts, "IEC"+nbsp+strings.TrimSpace(iec))
	}
	if r.NIST != "" {
		parts = append(parts, "NIST"+nbsp+r.NIST)
	}
	if r.ISO != "" {
		parts = append(parts, "ISO"+nbsp+r.ISO)
	}
	return strings.Join(parts, "; ")
}

// IsZero reports whether every mapping cell is blank.
func (r References) IsZero() bool { return r == References{} }

// Rows returns the form's rows without extensions, in natural ID order
// (CompareIDs): the 240 questions of HN 1-2019.
func (f *Form) Rows() []Row {
	var out []Row
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			if !r.Extension {
				out = append(out, r)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Row) int { return CompareIDs(a.ID, b.ID) })
	return out
}

// Row returns the row with the given ID.
func (f *Form) Row(id string) (Row, bool) {
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			if r.ID == id {
				return r, true
			}
		}
	}
	return Row{}, false
}

// jsonForm is the JSON export's shape; see the README's "MDS2 form" section.
type jsonForm struct {
	Format       string         `json:"format"`
	Form         string         `json:"form"`
	Manufacturer string         `json:"manufacturer"`
	SupportedBy  string         `json:"supported_by,omitempty"` // only where another company made some covered version
	Product      string         `json:"product"`
	ProductID    string         `json:"product_id"`
	Document     Document       `json:"document"`
	Versions     []string       `json:"versions"`
	Models       []Model        `json:"models"`
	EndedModels  []EndedModel   `json:"models_support_ended,omitempty"` // run the covered versions; not covered
	Questions    []jsonQuestion `json:"questions"`
	Notes        []Note         `json:"notes"`
	Other        string         `json:"other"`
}

type jsonQuestion struct {
	ID         string         `json:"id"`
	Section    string         `json:"section"`
	Parent     string         `json:"parent"`
	Question   string         `json:"question"`
	Answer     string         `json:"answer"`
	Note       *int           `json:"note"`
	NoteText   string         `json:"note_text"`
	Reason     string         `json:"reason"`
	References jsonReferences `json:"references"`
	Basis      string         `json:"basis"`
	From       string         `json:"from"`
}

type jsonReferences struct {
	IEC  string `json:"iec_tr_80001_2_2"`
	NIST string `json:"nist_800_53_r4"`
	ISO  string `json:"iso_27002_2013"`
}

// JSON encodes the form: one object per question of HN 1-2019 (extensions
// are the versions and models fields), in natural ID order, indented, with
// a final newline. Every field is always present but supported_by and
// models_support_ended, which are left out when empty; an absent note is
// null.
func (f *Form) JSON() ([]byte, error) {
	out := jsonForm{
		Format: FormatID, Form: f.Form, Manufacturer: f.Manufacturer, SupportedBy: f.SupportedBy, Product: f.Product, ProductID: f.ProductID,
		Document: f.Document, Versions: nonNil(f.Versions), Models: nonNil(f.Models), EndedModels: f.Ended, Notes: PlainNotes(f.Notes), Other: render.MarkdownFieldText(f.Other),
		Questions: []jsonQuestion{},
	}
	for _, r := range f.Rows() {
		q := jsonQuestion{ID: r.ID, Section: r.Section, Parent: r.Parent, Question: r.Question, Answer: r.Printed(),
			NoteText: render.MarkdownFieldText(r.NoteText), Reason: r.Reason, References: jsonReferences(r.References), Basis: r.Basis, From: r.From}
		if r.Note != 0 {
			n := r.Note
			q.Note = &n
		}
		out.Questions = append(out.Questions, q)
	}
	return export.JSON(out)
}

// CSVHeader is the CSV export's header row.
var CSVHeader = []string{"id", "section", "parent", "question", "answer", "note", "note_text", "reason",
	"iec_tr_80001_2_2", "nist_800_53_r4", "iso_27002_2013", "basis", "from"}

// CSV encodes the form as RFC 4180 CSV (CRLF line ends): the header row,
// then one row per question of HN 1-2019 in natural ID order, with the
// columns of CSVHeader. note is the note number or empty; the notes
// themselves and the form's identity are in the JSON export and the
// documents.
func (f *Form) CSV() ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.Write(CSVHeader); err != nil {
		return nil, err
	}
	for _, r := range f.Rows() {
		note := ""
		if r.Note != 0 {
			note = strconv.Itoa(r.Note)
		}
		rec := []string{r.ID, r.Section, r.Parent, r.Question, r.Printed(), note, render.MarkdownFieldText(r.NoteText), r.Reason,
			r.References.IEC, r.References.NIST, r.References.ISO, r.Basis, r.From}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// nbsp joins the parts of a cell that must stay on one line.
const nbsp = "\u00a0"

// RemarkCell is Remark escaped for a table cell, with "Note n" kept on one
// line (render.EscapeCell folds no-break spaces, so the parts are escaped
// one by one and joined here).
func (r Row) RemarkCell() string {
	if r.Note != 0 {
		return "Note" + nbsp + strconv.Itoa(r.Note)
	}
	return ""
}

// CompactCell is References.Compact escaped for a table cell, each label
// kept with its value.
func (r References) CompactCell() string {
	parts := strings.Split(r.Compact(), "; ")
	for i, p := range parts {
		label, value, _ := strings.Cut(p, nbsp)
		parts[i] = label + nbsp + render.EscapeCell(value)
	}
	if len(parts) == 1 && parts[0] == nbsp {
		return ""
	}
	return strings.Join(parts, "; ")
}

// PlainNotes are the notes as plain text (render.MarkdownFieldText): in
// the product file a note is a Markdown field; the JSON, CSV and workbook
// are no Markdown, so they carry the text a reader of the form sees.
func PlainNotes(notes []Note) []Note {
	out := make([]Note, len(notes))
	for i, n := range notes {
		n.Text = render.MarkdownFieldText(n.Text)
		out[i] = n
	}
	return out
}
