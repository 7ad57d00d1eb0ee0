package kind

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// FormFact is one MDS2 question whose manufacturer's answer a document
// repeats where its own product data are not stated, with the fact a Yes
// and a No state, each with the subject "it" (the device or product the
// sentence speaks of) or its own.
type FormFact struct{ ID, Yes, No string }

// FormClauses says each of facts the manufacturer answered Yes or No, in
// order, and returns apart the citations of those answered only by a
// note.
func FormClauses(p *content.Product, facts []FormFact) (clauses, notes []string) {
	for _, f := range facts {
		cite := " (" + FormCite(p, f.ID) + ")"
		switch p.MDS2Answered(f.ID) {
		case "yes":
			if f.ID == "SAHD-16" && p.MDS2.Answers[f.ID].Note == 0 {
				// the question asks for the measures in a note: a Yes
				// without one names none
				cite = " (" + f.ID + "; which ones is not stated)"
			}
			clauses = append(clauses, f.Yes+cite)
		case "no":
			clauses = append(clauses, f.No+cite)
		case "see_note":
			notes = append(notes, NoteCite(p, f.ID))
		}
	}
	return clauses, notes
}

// JoinFormClauses joins the clauses with "; ", the questions answered
// only by a note last, in one clause that names each note once with the
// questions it answers (six questions sharing one note would otherwise
// cite it six times).
func JoinFormClauses(clauses, notes []string) string {
	var refer, unstated []string
	for _, n := range notes {
		if cite, ok := strings.CutPrefix(n, UnstatedMark); ok {
			unstated = append(unstated, cite)
		} else {
			refer = append(refer, n)
		}
	}
	if len(refer) > 0 {
		var parts []string
		for _, g := range byNote(refer) {
			if g.note == "" {
				parts = append(parts, "to its notes for "+content.AndList(g.ids))
			} else {
				parts = append(parts, "to its "+g.note+" for "+content.AndList(g.ids))
			}
		}
		clauses = append(clauses, "the form refers "+strings.Join(parts, ", and "))
	}
	if len(unstated) > 0 {
		var parts []string
		n := 0
		for _, g := range byNote(unstated) {
			n += len(g.ids)
			if g.note == "" {
				parts = append(parts, "its notes for "+content.AndList(g.ids))
			} else {
				parts = append(parts, "its "+g.note+" for "+content.AndList(g.ids))
			}
		}
		verb, what := "says", "it is"
		if len(parts) > 1 {
			verb = "say"
		}
		if n > 1 {
			what = "they are"
		}
		clauses = append(clauses, "the form's "+strings.TrimPrefix(strings.Join(parts, ", and "), "its ")+" "+verb+" only that "+what+" not stated")
	}
	return strings.Join(clauses, "; ")
}

// noteGroup is the questions (ids) a note of the form answers.
type noteGroup struct {
	note string // "note 9"; "" for questions whose note has no number
	ids  []string
}

// byNote groups FormCite citations ("RMOT-1, note 9") by their note, in
// the order each note is first cited.
func byNote(cites []string) []noteGroup {
	var groups []noteGroup
	for _, c := range cites {
		id, note, _ := strings.Cut(c, ", ")
		i := slices.IndexFunc(groups, func(g noteGroup) bool { return g.note == note })
		if i < 0 {
			groups = append(groups, noteGroup{note: note})
			i = len(groups) - 1
		}
		groups[i].ids = append(groups[i].ids, id)
	}
	return groups
}

// NoteCite is FormCite for an answer given only by its note, marked
// (UnstatedMark) where the note says only "Not stated".
func NoteCite(p *content.Product, id string) string {
	if p.MDS2NoteUnstated(id) {
		return UnstatedMark + FormCite(p, id)
	}
	return FormCite(p, id)
}

// UnstatedMark marks, among FormClauses' notes, the citation of an
// answer whose note says only "Not stated" (MDS2NoteUnstated): "the form
// refers to its notes" would promise what that note does not give.
const UnstatedMark = "\x00unstated:"

// NotesSayNothing reports whether every note FormClauses cited says only
// "Not stated" (UnstatedMark): beside no clause, the form then adds
// nothing a document could quote.
func NotesSayNothing(notes []string) bool {
	return !slices.ContainsFunc(notes, func(n string) bool { return !strings.HasPrefix(n, UnstatedMark) })
}

// FormCite is question id with its note, as the form's answers are cited
// where the sentence already names the form: "DTBK-4", "SAHD-1, note 3".
func FormCite(p *content.Product, id string) string {
	if n := p.MDS2.Answers[id].Note; n != 0 {
		return fmt.Sprintf("%s, note %d", id, n)
	}
	return id
}

// dataAtRestFacts are the form's questions on the PII the product keeps
// (MPII-2) and on the confidentiality of what it stores (STCF-1) that the
// documents' data-at-rest sections repeat where data_stores is not
// written, in form order.
var dataAtRestFacts = []FormFact{
	{"MPII-2", "it stores PII", "it does not store PII"},
	{"MPII-2.2", "it writes PII to its internal storage media", "it does not write PII to its internal storage media"},
	{"MPII-2.3", "PII stays in its non-volatile storage until deliberately erased", "PII does not stay in its non-volatile storage until deliberately erased"},
	{"MPII-2.4", "it stores PII in a database", "it does not store PII in a database"},
	{"MPII-2.8", "service staff can remove its internal storage media", "service staff cannot remove its internal storage media"},
	{"STCF-1", "it can encrypt the data it stores", "it cannot encrypt the data it stores"},
	{"STCF-1.1", "all data stored on it is encrypted or otherwise protected", "not all data stored on it is encrypted or otherwise protected"},
	{"STCF-1.2", "encryption of the data it stores is on by default", "encryption of the data it stores is not on by default"},
}

// MDS2DataAtRest is what the manufacturer's own MDS2 answers say about the
// data the product stores, for a data-at-rest section when data_stores is
// not written: clauses joined by "; ", each with its question ID (and
// note), or "" for none. Derived answers are not repeated (MDS2Answered).
func MDS2DataAtRest(p *content.Product) string {
	if p == nil {
		return ""
	}
	clauses, notes := FormClauses(p, dataAtRestFacts)
	return JoinFormClauses(clauses, notes)
}

// MDS2DataAtRest is MDS2DataAtRest of the document's product, for the
// data-at-rest-table partial (the CSD's section 2.2, the plan's data at
// rest) where data_stores is not written and the MDS2 form is built.
func (d DocumentData) MDS2DataAtRest() string {
	if !d.Built.MDS2 {
		return ""
	}
	return MDS2DataAtRest(d.Product)
}
