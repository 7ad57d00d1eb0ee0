package content

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
)

// MDS2 is a product's explicit input to the MDS2 disclosure form: the
// answers the product data does not decide, the numbered notes they refer
// to, and the free text of the OTHR section. Answers the product data
// decides (connectivity from the interfaces, the SBOM section from the SBOM
// files, roadmap answers from lifecycle dates, ...) are derived by jspgen
// and need no entry; an entry that contradicts them needs a note (the
// manufacturer's explanation), else it is an error.
//
// The question catalog (templates/mds2/catalog.toml) is not known here:
// answers are checked against it by the MDS2 document kind.
type MDS2 struct {
	Versions []string              `toml:"versions" doc:"Software versions the product's form covers (default: every version not past its end of support on the form's release date). It does not scope the answers: those follow the versions as every top-level fact does."`
	Answers  map[string]MDS2Answer `toml:"answers" doc:"Answers keyed by question ID (quote IDs with a dot: \"MPII-3.10\"). A string (yes, no, na, see_note, case-insensitive; free text for text questions such as DOC-6) or a table { answer = \"see_note\", note = 3 } / { answer = \"na\", reason = \"...\" }. Like every top-level fact, they are the first version's answers and each later version's until its versions[].changes.mds2_answers_changed changes them or mds2_answers_removed drops them, so a version's own form (documents.versions = \"supported\") gives them too; one that contradicts a later version's data, where the version that gave it had data that did not, is an error in that version's form, note or not: the note was written about the other version; one with a note that a later version's data give alike, where the data of the version that gave it did not decide it, is warned about, and that version's form gives the derived answer without the note (the note may not hold for it). One that a version inherits from a version that runs on none of its models (versions.models: the transport model's last release before a release for the bedside models) is an error at the answer, and that version's form leaves it out: the answer was written about other models."`
	Notes    []MDS2Note            `toml:"notes" doc:"Numbered notes, each defined once and referred to by any number of answers."`
	Other    string                `toml:"other" jsp:"markdown" doc:"Free text of the form's closing section, Other security considerations (OTHR)."`

	answerPaths map[string]string     // question ID → key path, for answers a later version changes (At)
	answeredIn  map[string]string     // question ID → the version whose changes give the answer (At)
	replaced    map[string]MDS2Answer // question ID → the previous version's answer that a version's change replaced
}

// Replaced is the answer that the answer to question id, given in a
// version's mds2_answers_changed (AnswerPath), replaced: the previous
// version's, which removing the change would bring back; false when the
// answer is not a version's change or the previous version gave none.
func (m MDS2) Replaced(id string) (MDS2Answer, bool) {
	a, ok := m.replaced[id]
	return a, ok
}

// AnsweredIn is the version whose mds2_answers_changed gives the answer
// to question id, "" for an answer of [mds2.answers] (the first
// version's, inherited by every later version that does not change or
// remove it).
func (m MDS2) AnsweredIn(id string) string {
	return m.answeredIn[id]
}

// AnswerPath is the key path of the answer to question id: in
// [mds2.answers], or in the [versions.changes] that gave it.
func (m MDS2) AnswerPath(id string) string {
	if p, ok := m.answerPaths[id]; ok {
		return p
	}
	return "mds2.answers." + id
}

// MDS2Answer is one explicit answer. In TOML it is either a string, the
// answer itself, or a table with the keys below.
type MDS2Answer struct {
	Answer string `toml:"answer" doc:"yes, no, na or see_note (any case); for a text question, its text. May be omitted when the answer is derived and the entry only adds a note."`
	Note   int    `toml:"note" jsp:"range=1 9999" doc:"Number of the [[mds2.notes]] entry that explains the answer."`
	Reason string `toml:"reason" doc:"Why the question does not apply (for na without a note)."`
}

// MDS2Note is one numbered note of the form.
type MDS2Note struct {
	Number   int      `toml:"number" jsp:"required,range=1 9999" doc:"Note number, printed as \"Note n\"; unique."`
	Text     string   `toml:"text" jsp:"required,markdown" doc:"The note."`
	Findings []string `toml:"findings" doc:"IDs of deferred or accepted test findings that qualify the answers this note explains."`
	Unstated bool     `toml:"unstated" doc:"true: the note says only that the product data do not state the answer (\"Backup and restore are not stated.\"), and nothing more. The form prints the text as written; the CSD and the security plan, where they cite an answer given only by this note (see_note), then say plainly that the matter is not stated, instead of sending the reader to the form or its notes for an answer the note does not give. jspgen does not read the text to decide this: a note that also says something the reader can use (who to ask, what is stated for one part) must not be marked. Not written: false, the note is taken to answer the questions that cite it, whatever its text says."`
}

// HasInput reports whether the product gives any MDS2 input, that is
// whether it has an MDS2 form at all.
func (m MDS2) HasInput() bool {
	return len(m.Versions) > 0 || len(m.Answers) > 0 || len(m.Notes) > 0 || m.Other != ""
}

// Note returns the note with the given number.
func (m MDS2) Note(n int) (MDS2Note, bool) {
	for _, note := range m.Notes {
		if note.Number == n {
			return note, true
		}
	}
	return MDS2Note{}, false
}

// valueDecoder is implemented by types that accept more than one TOML
// shape and decode themselves (see decoder.value).
type valueDecoder interface {
	decodeTOML(d *decoder, data any, path string)
}

// decodeTOML accepts "yes" as well as { answer = "yes", note = 1 }.
func (a *MDS2Answer) decodeTOML(d *decoder, data any, path string) {
	switch v := data.(type) {
	case string:
		*a = MDS2Answer{Answer: d.text(v)}
	case map[string]any:
		// MPII-3.10 = "yes" without quotes is the dotted key MPII-3 > 10.
		for k := range v {
			if k != "" && strings.Trim(k, "0123456789") == "" {
				d.errorf(path+"."+k, "an ID with a dot must be quoted: write \"%s.%s\" = ...; unquoted, TOML reads the dot as a nested key", path[strings.LastIndexByte(path, '.')+1:], k)
				return
			}
		}
		d.structure(reflect.ValueOf(a).Elem(), v, path)
	default:
		d.errorf(path, "want an answer string (yes, no, na, see_note) or a table { answer = ..., note = n }; got %s", tomlTypeName(data))
	}
}

// mds2 checks what needs no question catalog: notes are unique, the
// versions named exist, and the form has a document-control block.
func (v *productValidator) mds2() {
	p := v.p
	m := p.MDS2
	if !p.Builds("mds2") {
		// An [mds2] section (an imported form, say) that no build uses
		// would be silently ignored: its answers reach no document.
		if m.HasInput() {
			v.warnf("mds2", "the MDS2 form is not built (documents.build leaves out mds2), so this section is not used and not checked; add \"mds2\" to documents.build, or remove the section")
		}
		return
	}
	seen := map[int]int{}
	for i, n := range m.Notes {
		if j, ok := seen[n.Number]; ok {
			v.errorf(fmt.Sprintf("mds2.notes[%d].number", i), "duplicate note number %d (first at mds2.notes[%d], line %d)", n.Number, j, p.Source.Line(fmt.Sprintf("mds2.notes[%d]", j)))
			continue
		}
		seen[n.Number] = i
	}
	// A note marked unstated says the answer is not stated: a Yes, No or
	// N/A beside it would state one.
	for _, id := range slices.Sorted(maps.Keys(m.Answers)) {
		a := p.MDS2Answered(id)
		if a != "yes" && a != "no" && a != "na" {
			continue
		}
		if n, ok := m.Note(m.Answers[id].Note); ok && n.Unstated {
			v.errorf(m.AnswerPath(id), "answers %s with note %d, which is marked unstated = true (it says only that the answer is not stated); answer see_note, or give a note that explains the answer", a, n.Number)
		}
	}
	versions := p.versionSet()
	v.refs("mds2.versions", m.Versions, versions, "version")
	for i, ver := range m.Versions {
		if slices.Index(m.Versions, ver) != i {
			v.errorf(fmt.Sprintf("mds2.versions[%d]", i), "version %q listed twice", ver)
		}
	}
	if !p.HasControl("mds2", p.Documents.MDS2) {
		v.errorf("documents", "missing [documents.mds2]: the MDS2 form needs its document control block (id, revision, release_date, history, owner and approvals where known; or name mds2 in documents.build)")
		return
	}
	v.document("documents.mds2", p.Documents.MDS2)
}

// MDS2Answered is the manufacturer's own answer to question id, lower
// case ("yes", "no", "na", "see_note"), or "" when the product gives none.
// Other documents that state the same fact (the CSD's summary) read it,
// so that they say what the form says; rules' derived answers are not
// seen here. Every spelling the form accepts (mds2.ParseAnswer: "N/A",
// "see notes") comes back as one of the four, so that a template's
// comparison with "na" or "see_note" never misses one.
func (p *Product) MDS2Answered(id string) string {
	a := strings.Join(strings.Fields(strings.ToLower(p.MDS2.Answers[id].Answer)), "_")
	switch a {
	case "n/a":
		return "na"
	case "see_notes":
		return "see_note"
	}
	return a
}

// MDS2Reason is the reason the manufacturer's own N/A answer to question
// id gives ({ answer = "na", reason = "..." }), trimmed; "" when the
// answer is not N/A or gives none. Another document that says the form's
// N/A (the CSD's key facts) says why, as the form does.
func (p *Product) MDS2Reason(id string) string {
	if !p.MDS2NotApplicable(id) {
		return ""
	}
	return strings.TrimSpace(p.MDS2.Answers[id].Reason)
}

// MDS2NotApplicable reports whether the manufacturer's own answer to
// question id is N/A, however written (MDS2Answered). Only a hand answer: an N/A
// that the product data derive, or that the form's gating gives, is not
// seen here, as MDS2Answered sees neither.
func (p *Product) MDS2NotApplicable(id string) bool {
	return p.MDS2Answered(id) == "na"
}

// MDS2Cite names the manufacturer's own MDS2 answer to question id where
// another document relies on it (the CSD's key facts): "MDS2 form,
// MLDP-2", with ", note 3" when a note explains it, or "MDS2 form,
// RMOT-1: no answer, only note 6" for a note given without an answer.
func (p *Product) MDS2Cite(id string) string {
	cite := "MDS2 form, " + id
	switch n := p.MDS2.Answers[id].Note; {
	case n != 0 && p.MDS2Answered(id) == "":
		return fmt.Sprintf("%s: no answer, only note %d", cite, n)
	case n != 0:
		return fmt.Sprintf("%s, note %d", cite, n)
	}
	return cite
}
