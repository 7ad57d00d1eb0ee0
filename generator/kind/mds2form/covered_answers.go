package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A form covering several versions (mds2.versions) answers from the
// newest covered version's facts and answers (factsFor). The hand
// answers are each version's own: [mds2.answers] as the version's
// mds2_answers_changed and mds2_answers_removed leave it (Product.At).
// Where the covered versions' own answers to a question differ, printing
// the newest's would assert it of the others too: the form answers See
// Note instead, with a note jspgen writes giving each version's answer
// as that version's own form gives it, and check warns. A version that
// leaves the question unanswered is "not stated" in that note (another
// version's answer is not its), and its own form's warning is reported,
// naming it. Derived answers
// follow the newest version, as the form says (Form.Follows), and are
// left as they are.

// coverDifferingAnswers gives See Note and a note of each version's
// answer to each Yes/No question, not derived, whose hand answers the
// covered versions give differently, where their forms' answers differ
// too (a differing N/A the form's instruction gives anyway changes
// nothing). The notes are numbered after the manufacturer's, one for the
// questions whose versions answer alike; the manufacturer's notes they
// cite are marked referenced, so that the form prints them.
func (r *mds2Resolver) coverDifferingAnswers(form *mds2.Form, referenced map[int]bool) {
	versions := form.Versions
	if len(versions) < 2 {
		return
	}
	forms := map[string]resolution{} // the other covered versions' own forms, resolved when first needed
	// A covered version that leaves a question unanswered which another
	// answers: its own form's error, by text, and the versions giving it.
	var unstated []content.Diagnostic
	unstatedIn := map[string][]string{}
	type note struct {
		body, summary string
		unstated      bool // a covered version gives no answer
		ids           []string
		rows          []*mds2.Row
	}
	var notes []*note
	byBody := map[string]*note{}
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			row := &form.Sections[si].Rows[ri]
			if row.Kind != mds2.KindYesNo || row.Basis == mds2.BasisDerived || !r.handAnswersDiffer(row.ID, versions) {
				continue
			}
			answers := make([]versionAnswer, len(versions))
			for i, v := range versions {
				answers[i] = versionAnswer{version: v, row: *row}
				if v == r.p.VersionOf {
					continue
				}
				res, ok := forms[v]
				if !ok {
					res = r.versionForm(v)
					forms[v] = res
				}
				if d, ok := res.unanswered[row.ID]; ok {
					// An answer the version lacks is its form's warning,
					// and "not stated" in the note: never the answer of
					// another version.
					if unstatedIn[d.String()] == nil {
						unstated = append(unstated, d)
					}
					unstatedIn[d.String()] = append(unstatedIn[d.String()], v)
				}
				answers[i].row, _ = res.form.Row(row.ID)
				answers[i].notes = res.form.Notes
			}
			if !resolvedDiffer(answers) {
				continue
			}
			body, summary := r.eachVersionsAnswer(answers, referenced)
			n, ok := byBody[body]
			if !ok {
				n = &note{body: body, summary: summary, unstated: slices.ContainsFunc(answers, func(a versionAnswer) bool { return a.row.Answer == mds2.Unanswered })}
				byBody[body] = n
				notes = append(notes, n)
			}
			n.ids = append(n.ids, row.ID)
			n.rows = append(n.rows, row)
		}
	}
	r.reportUnstated(unstated, unstatedIn)
	if len(notes) == 0 {
		return
	}
	for _, n := range notes {
		number := r.lastNote(form) + 1
		// A version that gives no answer does not answer "differently":
		// the versions do not all answer alike.
		verb := "answer %s differently"
		if n.unstated {
			verb = "do not all answer %s alike"
		}
		lead := "The versions this form covers " + fmt.Sprintf(verb, content.AndList(n.ids)) + "."
		if len(n.ids) > 1 {
			// each version answers every one of them alike (handmds2:
			// "…differently, each question the same way" read as a
			// contradiction)
			lead = "The versions this form covers " + fmt.Sprintf(verb, content.AndList(n.ids)) + "; each version gives all of these questions the same answer."
		}
		text := lead + " " + n.body
		form.Notes = append(form.Notes, mds2.Note{Number: number, Text: text, Generated: true})
		for _, row := range n.rows {
			row.Answer, row.Basis, row.From = mds2.SeeNote, mds2.BasisAnswered, mds2.VersionsDifferPrefix+n.summary
			row.Note, row.NoteText, row.Reason = number, text, ""
		}
	}
	ids := form.VersionsDiffer()
	them := "them"
	if len(ids) == 1 {
		them = "it"
	}
	remedy := "to give each version's answers on a form of its own, set documents.versions = \"supported\" and list one version in mds2.versions"
	if r.env != nil {
		if own := oneVersionRemedy(r.env, r.all, r.p.VersionOf, versions); own != "" {
			remedy = "to give only this version's answers, " + own
		}
	}
	r.warnf("mds2.versions", "the MDS2 form covers versions %s, whose own answers to %s differ; it answers %s See Note, with a note giving each version's answer: %s",
		content.AndList(versions), content.AndList(ids), them, remedy)
}

// versionAnswer is one covered version's answer to a question: the row
// of its own form (the form's own row for the version the form is
// about), and that form's notes (nil for the form's own version, whose
// notes are the product's).
type versionAnswer struct {
	version string
	row     mds2.Row
	notes   []mds2.Note
}

// versionForm is version v's own form, as Prepare resolves the form of a
// version with a form of its own.
func (r *mds2Resolver) versionForm(v string) resolution {
	return resolveForm(r.env, r.cat, withVersionControl(r.all.At(v), v), r.all, r.facts.csdVersions)
}

// reportUnstated reports each warning of a covered version's own form
// about a question the version leaves unanswered (unstated, in order),
// naming the versions whose forms give it (in): a form covering them
// answers for each, and another version's answer is none of theirs.
func (r *mds2Resolver) reportUnstated(unstated []content.Diagnostic, in map[string][]string) {
	for _, d := range unstated {
		key := d.String()
		vs := in[key]
		if r.forCovered == nil {
			r.forCovered = map[string]bool{}
		}
		r.forCovered[key] = true
		d.Message = fmt.Sprintf("%s %s, which the MDS2 form covers (mds2.versions): %s",
			content.Plural(len(vs), "version", "versions"), content.AndList(vs), d.Message)
		r.diags = append(r.diags, d)
	}
}

// handAnswersDiffer reports whether the covered versions give the
// answer to question id differently by hand: one answers it and another
// does not, or they give different answers (See Note with different
// notes counting as different).
func (r *mds2Resolver) handAnswersDiffer(id string, versions []string) bool {
	first := ""
	for i, v := range versions {
		answers := r.p.MDS2.Answers
		if v != r.p.VersionOf {
			answers = r.all.At(v).MDS2.Answers
		}
		key := handKey(answers, id)
		if i == 0 {
			first = key
		} else if key != first {
			return true
		}
	}
	return false
}

// handKey is what compares the hand answers to question id: the answer
// as printed, with its note where the note is the answer (See Note, or a
// note given without an answer); "" for none.
func handKey(answers map[string]content.MDS2Answer, id string) string {
	e, ok := answers[id]
	if !ok {
		return ""
	}
	s := strings.TrimSpace(e.Answer)
	if s == "" {
		if e.Note != 0 {
			return fmt.Sprintf("note %d", e.Note)
		}
		return ""
	}
	a, err := mds2.ParseAnswer(s)
	switch {
	case err != nil:
		return "invalid " + s
	case a == mds2.SeeNote:
		return fmt.Sprintf("%s %d", a, e.Note)
	}
	return a.String()
}

// resolvedDiffer reports whether the versions' forms answer differently,
// compared as handKey compares the hand answers.
func resolvedDiffer(answers []versionAnswer) bool {
	key := func(row mds2.Row) string {
		if row.Answer == mds2.SeeNote || row.Answer == mds2.Unanswered {
			return fmt.Sprintf("%s %d", row.Answer, row.Note)
		}
		return row.Answer.String()
	}
	for _, a := range answers[1:] {
		if key(a.row) != key(answers[0].row) {
			return true
		}
	}
	return false
}

// eachVersionsAnswer words the versions' answers for the note, the
// versions that answer alike together, in the order of the first of
// each: "Version 5.2.0: No; see note 5. Versions 5.4.0 and 6.0.0: Yes;
// see note 5."; and summarises them for the row's From ("5.2.0 No; 5.4.0
// and 6.0.0 Yes").
func (r *mds2Resolver) eachVersionsAnswer(answers []versionAnswer, referenced map[int]bool) (body, summary string) {
	type group struct {
		said, short string
		versions    []string
	}
	var groups []*group
	for _, a := range answers {
		said := r.answerOfVersion(a, referenced)
		var g *group
		for _, x := range groups {
			if x.said == said {
				g = x
			}
		}
		if g == nil {
			g = &group{said: said, short: shortAnswer(a.row)}
			groups = append(groups, g)
		}
		g.versions = append(g.versions, a.version)
	}
	var sentences, parts []string
	for _, g := range groups {
		s := fmt.Sprintf("%s %s: %s", content.Plural(len(g.versions), "Version", "Versions"), content.AndList(g.versions), g.said)
		if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ".”") {
			s += "."
		}
		sentences = append(sentences, s)
		parts = append(parts, content.AndList(g.versions)+" "+g.short)
	}
	return strings.Join(sentences, " "), strings.Join(parts, "; ")
}

// answerOfVersion words one version's answer as its form gives it: "Yes",
// "No; see note 5", "N/A, with the reason “No TLS”", "N/A, as CONN-7 is
// No" (the form's instruction), "No, from the product data", "Yes, in
// place of the No the product data give; see note 4" (an override),
// "see note 3" (See Note), or "not stated": a question the version does
// not answer is never said to be No. A note the form prints with the same text is
// referred to; another (a version's own text of the note, or one jspgen
// wrote for that version's form) is quoted.
func (r *mds2Resolver) answerOfVersion(a versionAnswer, referenced map[int]bool) string {
	row := a.row
	var said string
	switch {
	case row.Answer == mds2.Unanswered:
		said = "not stated"
	case row.Basis == mds2.BasisGated:
		said = "N/A, as " + row.From
	case row.Basis == mds2.BasisDerived:
		said = row.Answer.String() + ", from the product data"
	case row.Answer == mds2.SeeNote:
	case row.Overrides():
		// "overrides No, which the product data give: …" (mds2.OverridesFrom)
		data, _, _ := strings.Cut(strings.TrimPrefix(row.From, "overrides "), ",")
		said = fmt.Sprintf("%s, in place of the %s the product data give", row.Answer, data)
	case row.Answer == mds2.NA && row.Reason != "":
		said = "N/A, with the reason “" + strings.TrimSuffix(row.Reason, ".") + "”"
	default:
		said = row.Answer.String()
	}
	if row.Note == 0 {
		return said
	}
	ref := r.noteOfVersion(a, row.Note, referenced)
	if said == "" {
		return ref
	}
	return said + "; " + ref
}

// noteOfVersion refers to note n of version a's answer: "see note n"
// where the form prints that note with the same text (marking it
// referenced), else quotes the version's note: "its note for that
// version reads “…”".
func (r *mds2Resolver) noteOfVersion(a versionAnswer, n int, referenced map[int]bool) string {
	printed, ok := r.p.MDS2.Note(n)
	text := strings.TrimSpace(printed.Text)
	generated := false
	for _, x := range a.notes {
		if x.Number == n {
			text, generated = strings.TrimSpace(x.Text), x.Generated
		}
	}
	if ok && !generated && text == strings.TrimSpace(printed.Text) {
		referenced[n] = true
		return fmt.Sprintf("see note %d", n)
	}
	return "its note for that version reads “" + text + "”"
}

// shortAnswer is a version's answer in the row's From summary.
func shortAnswer(row mds2.Row) string {
	if row.Answer == mds2.Unanswered {
		return "not stated"
	}
	return row.Answer.String()
}
