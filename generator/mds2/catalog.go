// Package mds2 holds the MDS2 (ANSI/NEMA HN 1-2019) question catalog: its
// types, loading and validation from TOML (templates/mds2/catalog.toml),
// question IDs and their form order, answers, and the gating rules that
// make questions not applicable.
package mds2

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// SchemaVersion is the catalog format this package reads.
const SchemaVersion = 1

// Question kinds.
const (
	KindYesNo = "yes_no" // answered Yes / No / N/A / See Note
	KindText  = "text"   // answered with free text
)

// FormatDate marks a text question whose answer is a date (DOC-7).
const FormatDate = "date"

// Catalog is the question catalog, in form order.
type Catalog struct {
	SchemaVersion int        `toml:"schema_version"`
	Form          string     `toml:"form"`
	Sections      []Section  `toml:"sections"`
	Questions     []Question `toml:"questions"`

	byID map[string]int
}

// Section is a section of the form; DOC is the header block.
type Section struct {
	Code        string `toml:"code"`
	Title       string `toml:"title"`
	Description string `toml:"description"`
	FreeText    bool   `toml:"free_text"` // a free-text area without questions (OTHR)
	// References printed on the section's description row itself, without
	// an ID (only SAHD has them).
	References References `toml:"references"`
}

// Question is one catalog entry.
type Question struct {
	ID          string      `toml:"id"`
	Section     string      `toml:"section"`
	Parent      string      `toml:"parent"`
	Kind        string      `toml:"kind"`
	Format      string      `toml:"format"`
	Question    string      `toml:"question"`
	References  References  `toml:"references"`
	AppliesWhen []Condition `toml:"applies_when"`
	NoteWhen    []Answer    `toml:"note_when"`
	Extension   bool        `toml:"extension"` // not part of HN 1-2019

	gates []Condition // AppliesWhen plus inherited conditions; set by LoadCatalog
}

// References are the form's mapping cells, exactly as printed; "" = blank.
type References struct {
	IEC  string `toml:"iec_tr_80001_2_2"` // IEC TR 80001-2-2
	NIST string `toml:"nist_800_53_r4"`   // NIST SP 800-53 Rev. 4
	ISO  string `toml:"iso_27002_2013"`   // ISO/IEC 27002:2013
}

// Lookup returns the question with the given canonical ID.
func (c *Catalog) Lookup(id string) (*Question, bool) {
	i, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	return &c.Questions[i], true
}

// Section returns the section with the given code.
func (c *Catalog) Section(code string) (*Section, bool) {
	for i := range c.Sections {
		if c.Sections[i].Code == code {
			return &c.Sections[i], true
		}
	}
	return nil, false
}

// FormQuestions returns the questions of the form itself, without
// extensions, in form order.
func (c *Catalog) FormQuestions() []*Question {
	var out []*Question
	for i := range c.Questions {
		if !c.Questions[i].Extension {
			out = append(out, &c.Questions[i])
		}
	}
	return out
}

// SectionQuestions returns the questions shown in a section, extensions
// included, in catalog order.
func (c *Catalog) SectionQuestions(code string) []*Question {
	var out []*Question
	for i := range c.Questions {
		if c.Questions[i].Section == code {
			out = append(out, &c.Questions[i])
		}
	}
	return out
}

// rawCatalog is the first decoding pass: tables are decoded one by one
// afterwards, so that a type error can be placed in the right table (the
// decoder reports the line of a key's last occurrence in an array).
type rawCatalog struct {
	SchemaVersion int              `toml:"schema_version"`
	Form          string           `toml:"form"`
	Sections      []toml.Primitive `toml:"sections"`
	Questions     []toml.Primitive `toml:"questions"`
}

// decodeErrRE matches the decoder's type errors:
// toml: line N (last key "k"): message.
var decodeErrRE = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key "([^"]*)"\): (.*)$`)

// LoadCatalog decodes and validates a catalog. name is the file name used
// in error messages ("templates/mds2/catalog.toml"). Every problem found is
// reported, one per line, as "name:line: [ID:] message".
func LoadCatalog(name string, data []byte) (*Catalog, error) {
	var raw rawCatalog
	md, err := toml.Decode(string(data), &raw)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			msg := pe.Message
			if pe.LastKey != "" {
				msg = fmt.Sprintf("%s: %s", pe.LastKey, pe.Message)
			}
			return nil, fmt.Errorf("%s:%d:%d: %s", name, pe.Position.Line, pe.Position.Col, msg)
		}
		if m := decodeErrRE.FindStringSubmatch(err.Error()); m != nil {
			return nil, fmt.Errorf("%s:%d: %s: %s", name, tomlpos.Scan(data).Find("", m[1]), m[1], m[2])
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	v := &validator{name: name, lines: &catalogLines{src: data}}
	c := Catalog{
		SchemaVersion: raw.SchemaVersion,
		Form:          raw.Form,
		Sections:      make([]Section, len(raw.Sections)),
		Questions:     make([]Question, len(raw.Questions)),
	}
	for i, p := range raw.Sections {
		if err := md.PrimitiveDecode(p, &c.Sections[i]); err != nil {
			var named struct {
				Code string `toml:"code"`
			}
			_ = md.PrimitiveDecode(p, &named)
			if named.Code != "" {
				named.Code = "section " + named.Code
			}
			v.decodeErr("sections", i, named.Code, err)
		}
	}
	for i, p := range raw.Questions {
		if err := md.PrimitiveDecode(p, &c.Questions[i]); err != nil {
			var named struct { // the decoder stops at the first error: get the ID alone
				ID string `toml:"id"`
			}
			_ = md.PrimitiveDecode(p, &named)
			v.decodeErr("questions", i, named.ID, err)
		}
	}
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	for _, k := range md.Undecoded() {
		v.unknownKey(k)
	}
	v.check(&c)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return &c, nil
}

// decodeErr reports a type error in the i-th table of an array table;
// name is the table's code or ID when it was decoded before the error.
func (v *validator) decodeErr(table string, i int, name string, err error) {
	key, msg := "", err.Error()
	var pe toml.ParseError
	if errors.As(err, &pe) {
		key, msg = pe.LastKey, pe.Message
	} else if m := decodeErrRE.FindStringSubmatch(msg); m != nil {
		key, msg = m[1], m[2]
	}
	// key is "questions.applies_when.answer": look for its top field.
	field := strings.TrimPrefix(key, table+".")
	top, _, _ := strings.Cut(field, ".")
	if field == "applies_when" || field == "note_when" {
		msg += ` (it is a list, e.g. applies_when = [{ id = "MPII-2", answer = "yes" }], note_when = ["yes"])`
	}
	if name == "" {
		name = fmt.Sprintf("%s[%d]", table, i)
	}
	v.errorf(v.lines.line(table, i, top), "%s: %s: %s", name, field, msg)
}

type validator struct {
	name  string
	lines *catalogLines
	errs  []error
}

// catalogLines places the catalog's keys (internal/tomlpos, as for every
// TOML file jspgen reads). The catalog is scanned for them on the first
// problem reported: a valid catalog, read by every build, never is.
type catalogLines struct {
	src     []byte
	pos     tomlpos.Positions
	scanned bool
}

func (c *catalogLines) positions() tomlpos.Positions {
	if !c.scanned {
		c.pos, c.scanned = scanPositions(c.src), true
	}
	return c.pos
}

var scanPositions = tomlpos.Scan // a test counts the scans

// line is the line of key in the i-th table of the array table (e.g.
// "questions"), else of that table's header, else 0.
func (c *catalogLines) line(table string, i int, key string) int {
	if l := c.positions().Exact(fmt.Sprintf("%s[%d].%s", table, i, key)); l > 0 {
		return l
	}
	return c.positions().Exact(fmt.Sprintf("%s[%d]", table, i))
}

// find is the first line of key in any table of the array table ("" =
// top level), or 0.
func (c *catalogLines) find(table, key string) int { return c.positions().Find(table, key) }

func (v *validator) errorf(line int, format string, args ...any) {
	loc := v.name
	if line > 0 {
		loc = fmt.Sprintf("%s:%d", v.name, line)
	}
	v.errs = append(v.errs, fmt.Errorf("%s: %s", loc, fmt.Sprintf(format, args...)))
}

// qerr reports a problem with question i, at the line of key if known.
func (v *validator) qerr(i int, id, key, format string, args ...any) {
	if id == "" {
		id = fmt.Sprintf("questions[%d]", i)
	}
	v.errorf(v.lines.line("questions", i, key), "%s: %s", id, fmt.Sprintf(format, args...))
}

func (v *validator) unknownKey(k toml.Key) {
	path := k.String()
	table, last := "", k[len(k)-1]
	if len(k) > 1 {
		table = k[0]
	}
	v.errorf(v.lines.find(table, last), "unknown key %q", path)
}

func (v *validator) check(c *Catalog) {
	if c.SchemaVersion != SchemaVersion {
		v.errorf(v.lines.find("", "schema_version"), "schema_version: want %d, got %d", SchemaVersion, c.SchemaVersion)
	}
	secIndex := map[string]int{}
	for i, s := range c.Sections {
		line := func() int { return v.lines.line("sections", i, "code") }
		switch {
		case !isCode(s.Code):
			v.errorf(line(), "sections[%d]: code %q: want 2 to 8 capital letters", i, s.Code)
		case hasKey(secIndex, s.Code):
			v.errorf(line(), "section %s: duplicate code", s.Code)
		default:
			secIndex[s.Code] = i
		}
		if strings.TrimSpace(s.Title) == "" {
			v.errorf(line(), "section %s: title is empty", s.Code)
		}
	}

	c.byID = map[string]int{}
	lastSection := -1
	lastFormID := map[string]string{} // section -> previous form ID in it
	for i := range c.Questions {
		q := &c.Questions[i]
		id, err := ParseID(q.ID)
		if err != nil {
			v.qerr(i, q.ID, "id", "%v", err)
			continue
		}
		if first, dup := c.byID[q.ID]; dup {
			v.qerr(i, q.ID, "id", "duplicate ID (first at line %d)", v.lines.line("questions", first, "id"))
			continue
		}
		c.byID[q.ID] = i

		// Section and form order.
		si, ok := secIndex[q.Section]
		switch {
		case !ok:
			v.qerr(i, q.ID, "section", "unknown section %q", q.Section)
		case c.Sections[si].FreeText:
			v.qerr(i, q.ID, "section", "section %s is free text and takes no questions", q.Section)
		case si < lastSection:
			v.qerr(i, q.ID, "section", "section %s comes after %s in [[sections]]; questions must follow section order",
				q.Section, c.Sections[lastSection].Code)
		default:
			lastSection = si
		}
		if q.Extension {
			if IsFormSection(id.Code) {
				v.qerr(i, q.ID, "id", "extension IDs must not use a form section code (use e.g. JSP-NAME)")
			}
		} else {
			if id.IsExtension() {
				v.qerr(i, q.ID, "id", "named ID needs extension = true")
			}
			if id.Code != q.Section {
				v.qerr(i, q.ID, "section", "section %q does not match the ID's code %s", q.Section, id.Code)
			}
			if prev, ok := lastFormID[q.Section]; ok && CompareIDs(prev, q.ID) >= 0 {
				v.qerr(i, q.ID, "id", "out of form order: comes after %s", prev)
			}
			lastFormID[q.Section] = q.ID
		}

		// Kind, wording, format.
		switch q.Kind {
		case KindYesNo:
			if !strings.HasSuffix(strings.TrimSpace(q.Question), "?") {
				v.qerr(i, q.ID, "question", "a yes_no question must end with \"?\"")
			}
			if q.Format != "" {
				v.qerr(i, q.ID, "format", "format applies to text questions only")
			}
		case KindText:
			if q.Format != "" && q.Format != FormatDate {
				v.qerr(i, q.ID, "format", "format %q: want %q or none", q.Format, FormatDate)
			}
			if len(q.NoteWhen) > 0 {
				v.qerr(i, q.ID, "note_when", "note_when applies to yes_no questions only")
			}
		default:
			v.qerr(i, q.ID, "kind", "kind %q: want %q or %q", q.Kind, KindYesNo, KindText)
		}
		if strings.TrimSpace(q.Question) == "" {
			v.qerr(i, q.ID, "question", "question is empty")
		}

		// Parent: known, earlier, and for form IDs the ID minus its last number.
		parentOK := q.Parent == "" || v.checkRef(c, i, q.ID, "parent", q.Parent)
		if parentOK && !q.Extension && !id.IsExtension() {
			want := ""
			if p, ok := id.Parent(); ok {
				want = p.String()
			}
			if q.Parent != want {
				if want == "" {
					v.qerr(i, q.ID, "parent", "a top-level ID takes no parent, got %q", q.Parent)
				} else {
					v.qerr(i, q.ID, "parent", "parent %q: want %q", q.Parent, want)
				}
			}
		}

		// Gating and notes.
		var gates []Condition
		for _, cond := range q.AppliesWhen {
			if !v.checkRef(c, i, q.ID, "applies_when", cond.ID) {
				continue
			}
			trig := &c.Questions[c.byID[cond.ID]]
			if trig.Kind != KindYesNo {
				v.qerr(i, q.ID, "applies_when", "applies_when: %s is not a yes_no question", cond.ID)
			}
			switch {
			case cond.Unless != Unanswered && cond.Answer != Unanswered:
				v.qerr(i, q.ID, "applies_when", "applies_when: %s takes answer or unless, not both", cond.ID)
			case cond.Unless != Unanswered && cond.Unless != Yes && cond.Unless != No:
				v.qerr(i, q.ID, "applies_when", "applies_when: unless for %s must be \"yes\" or \"no\", got %q", cond.ID, cond.Unless.String())
			case cond.Unless == Unanswered && cond.Answer != Yes && cond.Answer != No:
				v.qerr(i, q.ID, "applies_when", "applies_when: answer for %s must be \"yes\" or \"no\", got %q", cond.ID, cond.Answer.String())
			}
			gates = appendGate(gates, cond)
			for _, g := range trig.gates {
				gates = appendGate(gates, g)
			}
		}
		q.gates = gates
		if q.gates == nil {
			q.gates = []Condition{}
		}
		for _, a := range q.NoteWhen {
			if a != Yes && a != No {
				v.qerr(i, q.ID, "note_when", "note_when: want \"yes\" or \"no\" (N/A and See Note always need a note), got %q", a.String())
			}
		}
	}
}

// checkRef checks that ref names a question before question i; key is the
// field that holds it.
func (v *validator) checkRef(c *Catalog, i int, id, key, ref string) bool {
	j, ok := c.byID[ref]
	switch {
	case ok && j < i:
		return true
	case ref == id:
		v.qerr(i, id, key, "%s refers to the question itself", key)
	case slices.ContainsFunc(c.Questions[i+1:], func(q Question) bool { return q.ID == ref }):
		if key == "parent" {
			v.qerr(i, id, key, "parent %s comes after its child", ref)
		} else {
			v.qerr(i, id, key, "%s: %s comes later in the catalog; it must come before", key, ref)
		}
	default:
		v.qerr(i, id, key, "%s: unknown ID %q", key, ref)
	}
	return false
}

func appendGate(gates []Condition, c Condition) []Condition {
	if slices.Contains(gates, c) {
		return gates
	}
	return append(gates, c)
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}
