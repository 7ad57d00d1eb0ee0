package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// given is one parsed explicit answer.
type given struct {
	entry  content.MDS2Answer
	answer mds2.Answer // parsed, for yes_no questions; Unanswered when only a note is given
	path   string      // mds2.answers.<ID>
}

// resolveMDS2 answers every catalog question and reports every problem:
// the derived answer where the product data decides it, else the explicit
// answer, else N/A where an earlier answer rules the question out.
func resolveMDS2(env *kind.Env, cat *mds2.Catalog, p kind.Product) (*mds2.Form, content.Diagnostics) {
	r := resolveForm(env, cat, p, p, nil)
	return r.form, r.diags
}

// resolution is one form resolved, with what Prepare needs to weigh its
// diagnostics against the other versions' forms: the key paths of the
// explicit answers the form prints (used), and of those it reports as
// repeating a derived answer, with that diagnostic's index (repeats);
// the questions it reports without an answer, with the warning of each
// alone (unanswered: the one a form covering the version reports, naming
// it, even where this form groups it with its section's); and the diagnostics of covered versions' own forms
// it reports, naming the version, by their text (forCovered): a version's
// own form reporting the same is not reported again.
type resolution struct {
	form       *mds2.Form
	diags      content.Diagnostics
	used       map[string]bool
	repeats    map[string]int
	unanswered map[string]content.Diagnostic
	forCovered map[string]bool
}

// resolveForm resolves the form of p (the product as the version the
// form is about); all is the product as built, whose other versions'
// answers and facts an inherited answer is weighed against;
// csdVersions are the versions the build's CSDs are about
// (kind.CSDVersions of the product as built; nil: as p would build them).
func resolveForm(env *kind.Env, cat *mds2.Catalog, p, all kind.Product, csdVersions []string) resolution {
	return resolveFormBeside(env, cat, p, all, csdVersions, nil)
}

// resolveFormBeside is resolveForm for a form built beside another that
// already reports some of its warnings (reported, by their text: the
// current version's form reports a covered version's unanswered
// questions): those are left out of its grouped warnings rather than
// reported again under another wording.
func resolveFormBeside(env *kind.Env, cat *mds2.Catalog, p, all kind.Product, csdVersions []string, reported map[string]bool) resolution {
	facts := newMDS2Facts(env, p)
	facts.csdVersions = csdVersions
	facts.up = formUp(p, all)
	res := &mds2Resolver{env: env, p: p, all: all, cat: cat, facts: facts, used: map[string]bool{}, repeats: map[string]int{}, reported: reported}
	form := res.run()
	return resolution{form: form, diags: res.diags, used: res.used, repeats: res.repeats, unanswered: res.unanswered, forCovered: res.forCovered}
}

// diagsBeside returns the form's diagnostics less its repeat warnings
// about answers another form built with it prints (used): the answer
// written once serves both, and removing it would leave the other form
// without its answer (an older version whose data does not decide it).
func (r resolution) diagsBeside(used map[string]bool) content.Diagnostics {
	drop := map[int]bool{}
	for path, i := range r.repeats {
		if used[path] {
			drop[i] = true
		}
	}
	var out content.Diagnostics
	for i, d := range r.diags {
		if !drop[i] {
			out = append(out, d)
		}
	}
	return out
}

type mds2Resolver struct {
	env   *kind.Env
	p     kind.Product
	all   kind.Product // the product as built: every version (At)
	cat   *mds2.Catalog
	facts *mds2Facts
	diags content.Diagnostics
	// gated is why each question the form's instruction made N/A is N/A
	// ("CSUP-1 is No"): a question gated by it cites the root too.
	gated map[string]string
	// dataGated is why each question a data-decided trigger made N/A
	// under an implied condition is N/A (dataGate): a question under it
	// is N/A by the same data.
	dataGated map[string]string
	// refused are the questions whose explicit answer parseGiven refused
	// (reported there): not reported again as having no answer.
	refused map[string]bool
	// used and repeats: see resolution.
	used    map[string]bool
	repeats map[string]int
	// denied are the questions whose explicit answer was warned about as
	// contradicting a derived answer it replaces (fact.Yields): not
	// warned about again by checkAgainstData.
	denied map[string]bool
	// unanswered and forCovered: see resolution.
	unanswered map[string]content.Diagnostic
	forCovered map[string]bool
	// plain are the questions whose warning of no answer says nothing
	// but to answer them (no fact or answer that would decide them):
	// groupUnanswered reports them one warning per section.
	plain []plainUnanswered
	// reported: see resolveFormBeside.
	reported map[string]bool
	// factsIn are other versions' facts, made once each (derivedIn
	// asks them question by question).
	factsIn map[string]*mds2Facts
}

func (r *mds2Resolver) add(sev content.Severity, path, format string, args ...any) {
	r.diags = append(r.diags, content.Diagnostic{Severity: sev, File: r.p.Source.File, Line: r.p.Source.Line(path), Path: path,
		Message: fmt.Sprintf(format, args...)})
}

func (r *mds2Resolver) errorf(path, format string, args ...any) {
	r.add(content.Error, path, format, args...)
}
func (r *mds2Resolver) warnf(path, format string, args ...any) {
	r.add(content.Warning, path, format, args...)
}

// noAnswer marks row, question id, as answered by nothing: the form says
// "Not stated" (mds2.BasisNotStated) rather than guess, and check warns,
// saying what would answer it; unless its answer was given and refused:
// one error, the refusal, says what to write.
func (r *mds2Resolver) noAnswer(row *mds2.Row, id, format string, args ...any) {
	row.Basis = mds2.BasisNotStated
	if r.facts.sbomUnread && strings.HasPrefix(id, "SBOM-") {
		return // the unreadable SBOM file is the error; fixed, it answers these
	}
	if !r.refused[id] {
		r.warnf(r.p.MDS2.AnswerPath(id), format+`; the form says "Not stated"`, args...)
		if r.unanswered == nil {
			r.unanswered = map[string]content.Diagnostic{}
		}
		r.unanswered[id] = r.diags[len(r.diags)-1]
	}
}

// plainUnanswered is a question of section, worded question, whose warning of no answer,
// r.diags[at], gives no hint (resolve).
type plainUnanswered struct {
	id, section, question string
	at                    int
}

// groupUnanswered replaces the warnings of the questions nothing answers
// and nothing hints at (r.plain) by one warning per section, naming them
// in catalog order, at the line and key the first of them had, so that a
// sparse product's few other warnings are not lost among some two
// hundred alike; a question whose warning says what would decide it
// keeps its own. The warnings sort in the catalog's order of sections
// (Diagnostic.Order). Run last: it renumbers the indices into r.diags
// (repeats).
func (r *mds2Resolver) groupUnanswered() {
	if len(r.plain) == 0 {
		return
	}
	drop := map[int]bool{}
	ids := map[string][]plainUnanswered{}
	first := map[string]content.Diagnostic{}
	for _, u := range r.plain {
		drop[u.at] = true
		if r.reported[r.diags[u.at].String()] {
			continue // reported by the form built beside this one
		}
		if _, ok := first[u.section]; !ok {
			first[u.section] = r.diags[u.at]
		}
		ids[u.section] = append(ids[u.section], u)
	}
	moved := make([]int, len(r.diags))
	var kept content.Diagnostics
	for i, d := range r.diags {
		moved[i] = len(kept)
		if !drop[i] {
			kept = append(kept, d)
		}
	}
	for path, i := range r.repeats {
		r.repeats[path] = moved[i]
	}
	r.diags = kept
	r.plain = nil
	for k, sec := range r.cat.Sections {
		qs := ids[sec.Code]
		if len(qs) == 0 {
			continue
		}
		d := first[sec.Code]
		d.Path, d.Order = "mds2.answers", k+1
		var what string
		if len(qs) == 1 {
			what = fmt.Sprintf("%s has no answer (%s): answer it", qs[0].id, qs[0].question)
		} else {
			var names []string
			for _, q := range qs {
				names = append(names, q.id)
			}
			what = fmt.Sprintf("%d questions have no answer: %s; answer each", len(qs), content.AndList(names))
		}
		d.Message = fmt.Sprintf("section %s (%s): %s \"yes\", \"no\", \"na\" or \"see_note\" under [mds2.answers]", sec.Code, sec.Title, what)
		if len(qs) > 1 {
			d.Message += fmt.Sprintf(" (the form's section %s gives their text)", sec.Code)
		}
		d.Message += `; where an answer is not known, give { note = n } in its place, with a note marked unstated = true; the form says "Not stated"`
		r.diags = append(r.diags, d)
	}
}

// use records an explicit answer the form prints; repeated one reported
// (the last diagnostic) as repeating the derived answer.
func (r *mds2Resolver) use(path string) {
	if r.used != nil {
		r.used[path] = true
	}
}

func (r *mds2Resolver) repeated(path string) {
	if r.repeats != nil {
		r.repeats[path] = len(r.diags) - 1
	}
}

func (r *mds2Resolver) contradicted(id string) {
	if r.denied == nil {
		r.denied = map[string]bool{}
	}
	r.denied[id] = true
}

func (r *mds2Resolver) refuse(id string) {
	if r.refused == nil {
		r.refused = map[string]bool{}
	}
	r.refused[id] = true
}

// overridesInherited reports an answer a version's mds2_answers_changed
// gives over a different answer of the previous version: removing it, as
// a repeat of the derived answer, would bring that one back (a
// contradiction), so it is not reported as a repeat.
func (r *mds2Resolver) overridesInherited(id string, a mds2.Answer) bool {
	prev, ok := r.p.MDS2.Replaced(id)
	if !ok || strings.TrimSpace(prev.Answer) == "" {
		return false
	}
	pa, err := mds2.ParseAnswer(strings.TrimSpace(prev.Answer))
	return err != nil || pa != a
}

// writtenFrom is the version whose facts the answer to id was written
// with, when that is another version than the form's: the version whose
// mds2_answers_changed gives it, else the first version ([mds2.answers]);
// "" for the form's own answer, or a product without versions.
func (r *mds2Resolver) writtenFrom(id string) string {
	if r.p.VersionOf == "" || len(r.p.Versions) == 0 {
		return ""
	}
	from := r.p.MDS2.AnsweredIn(id)
	if from == "" {
		from = r.p.Versions[0].Version
	}
	if from == r.p.VersionOf || r.all.At(from).Product == r.all.At(r.p.VersionOf).Product {
		return ""
	}
	return from
}

// derivedIn is what the rule for id derives from version v's facts, the
// milestones as this form sees them; false when they decide nothing.
func (r *mds2Resolver) derivedIn(id, v string) (fact, bool) {
	rule, ok := derivationFor(id)
	if !ok {
		return fact{}, false
	}
	return rule.derive(r.factsOf(v))
}

// factsOf are version v's facts, the milestones as this form sees them
// (derivedIn): made the first time they are asked for. The rules only
// read them.
func (r *mds2Resolver) factsOf(v string) *mds2Facts {
	if f, ok := r.factsIn[v]; ok {
		return f
	}
	o := withVersionControl(r.all.At(v), v)
	o.Product.Versions = r.p.Versions
	f := newMDS2Facts(r.env, o)
	f.csdVersions = r.facts.csdVersions
	if r.factsIn == nil {
		r.factsIn = map[string]*mds2Facts{}
	}
	r.factsIn[v] = f
	return f
}

// writtenForOther reports, as an error, an answer g to q that this
// version's data contradict (d) and that an earlier version gave, whose
// own data did not give d: the answer, and any note explaining it, were
// written about that version, not this one. An override written against
// the same derived answer (the data of both give d) is the
// manufacturer's for both, and is weighed as any other.
func (r *mds2Resolver) writtenForOther(id string, g given, d fact) bool {
	w, ok := r.inheritedAgainst(id, d)
	if !ok {
		return false
	}
	there := w.there
	if w.decided && w.answer == g.answer {
		there += " too"
	}
	noted := ""
	if g.entry.Note != 0 {
		noted = fmt.Sprintf(" and note %d explains it for that version", g.entry.Note)
	}
	r.errorf(g.path, "answer %s was written for version %s (in %s), whose data %s%s; version %s's data give %s: %s. Give version %s an answer of its own: drop this one with %s.mds2_answers_removed = [%q] to take %s, or restate it under %s.mds2_answers_changed with a note explaining it for version %s",
		g.answer, w.from, w.where, there, noted, r.p.VersionOf, d.Answer, d, r.p.VersionOf, w.at, id, d.Answer, w.at, r.p.VersionOf)
	return true
}

// inherited is where a version's inherited answer was written, for the
// diagnostics that say so (writtenForOther, noteWrittenForOther).
type inherited struct {
	from    string      // the version that gave the answer
	where   string      // the table it is in
	there   string      // what that version's data say of it
	at      string      // this version's changes, for the fix
	decided bool        // that version's data decide it ...
	answer  mds2.Answer // ... this way
}

// inheritedAgainst returns where the answer to id this version inherits
// was written, when an earlier version gave it and that version's data
// did not decide it as this version's decide it (d); ok is false for an
// answer of this version's own or one both versions' data decide alike.
func (r *mds2Resolver) inheritedAgainst(id string, d fact) (w inherited, ok bool) {
	if w.from = r.writtenFrom(id); w.from == "" {
		return w, false
	}
	od, decided := r.derivedIn(id, w.from)
	if decided && od.Answer == d.Answer {
		return w, false
	}
	w.decided, w.answer = decided, od.Answer
	w.there = "do not decide it"
	if decided {
		w.there = "give " + od.Answer.String()
	}
	w.where = "[mds2.answers], the first version's, which later versions inherit"
	if r.p.MDS2.AnsweredIn(id) != "" {
		w.where = "its mds2_answers_changed, which later versions inherit"
	}
	w.at = "versions[].changes"
	if k := slices.IndexFunc(r.p.Versions, func(v content.Version) bool { return v.Version == r.p.VersionOf }); k >= 0 {
		w.at = fmt.Sprintf("versions[%d].changes", k)
	}
	return w, true
}

// notesOfVersions are the note numbers an answer of any version of the
// product refers to.
func (r *mds2Resolver) notesOfVersions() map[int]bool {
	out := map[int]bool{}
	add := func(m content.MDS2) {
		for _, a := range m.Answers {
			if a.Note != 0 {
				out[a.Note] = true
			}
		}
	}
	add(r.all.Base().MDS2)
	for _, v := range r.all.Versions {
		add(r.all.At(v.Version).MDS2)
	}
	return out
}

// parseGiven checks the keys and shapes of [mds2.answers].
func (r *mds2Resolver) parseGiven() map[string]given {
	out := map[string]given{}
	ids := make([]string, 0, len(r.p.MDS2.Answers))
	for id := range r.p.MDS2.Answers {
		ids = append(ids, id)
	}
	mds2.SortIDs(ids)
	for _, id := range ids {
		e := r.p.MDS2.Answers[id]
		path := r.p.MDS2.AnswerPath(id)
		q, ok := r.cat.Lookup(id)
		if !ok {
			msg := fmt.Sprintf("unknown MDS2 question ID %q", id)
			if n := mds2.NormalizeID(id); n != id {
				if _, ok := r.cat.Lookup(n); ok {
					msg += fmt.Sprintf(" (did you mean %q? IDs are written as the form prints them)", n)
				}
			} else if sec, ok := r.cat.Section(strings.TrimSuffix(id, "-")); ok && sec.FreeText {
				msg += fmt.Sprintf(" (%s has no questions; its free text goes in mds2.other)", sec.Code)
			} else if s := r.cat.Suggest(id); s != "" {
				msg += " (" + s + ")"
			}
			r.errorf(path, "%s", msg)
			continue
		}
		g := given{entry: e, path: path}
		a := strings.TrimSpace(e.Answer)
		switch {
		case q.Kind == mds2.KindText:
			if e.Answer != "" && a == "" {
				r.errorf(path, "text answer is blank")
				r.refuse(id)
			}
		case a != "":
			v, err := mds2.ParseAnswer(a)
			if err != nil {
				r.errorf(path, "%s is answered %q: want yes, no, na or see_note (any case)", id, e.Answer)
				r.refuse(id)
				continue
			}
			g.answer = v
		}
		if e.Reason != "" && q.Kind == mds2.KindYesNo && g.answer != mds2.NA {
			r.errorf(path+".reason", "a reason explains N/A only; answer %s takes a note instead", g.answer)
		}
		if e.Note != 0 {
			if _, ok := r.p.MDS2.Note(e.Note); !ok {
				r.errorf(path+".note", "note %d is not defined in [[mds2.notes]]", e.Note)
			}
		}
		out[id] = g
	}
	return out
}

// noVersionMessage is the error for a form that covers no version: no
// version was generally available and still supported on the date it
// speaks as of. It names that date and where it came from, since a form
// without a release date speaks as of the build's as-of date, which the
// site file, SOURCE_DATE_EPOCH or, with neither, the product data decide
// (the newest release date of a document, else the newest date the data
// give, which the build warns of at as_of).
func (r *mds2Resolver) noVersionMessage() string {
	const versions = "list the versions it covers in mds2.versions (for a premarket form, the version in development; for a form about a version whose support had ended by then, that version)"
	if !r.p.Documents.MDS2.ReleaseDate.IsZero() {
		return "the form covers no software version: no version was generally available and still supported on documents.mds2.release_date; " + versions
	}
	var on content.Date
	from := "the build's as-of date"
	if r.env != nil {
		on = r.env.AsOf
		switch {
		case r.env.Content != nil && r.env.Content.Site != nil && !r.env.Content.Site.AsOf.IsZero():
			from = "the site file's as_of"
		case r.env.SourceDate != nil:
			from = "SOURCE_DATE_EPOCH"
		default:
			from = "the date the build took from the product data, as the site file has no as_of and SOURCE_DATE_EPOCH is not set"
		}
	}
	return fmt.Sprintf("the form covers no software version: it has no documents.mds2.release_date, so it speaks as of %s, %s, "+
		"and no version was generally available and still supported on that day; write as_of in the site file "+
		"(or documents.mds2.release_date) as the day the form speaks as of, or %s", on, from, versions)
}

func (r *mds2Resolver) run() *mds2.Form {
	p := r.p
	derived := r.facts.derive()
	givens := r.parseGiven()
	r.dropForeignModels(givens)
	final := map[string]mds2.Answer{} // yes_no answers so far, for gating
	maker, supportedBy := r.facts.formMaker()
	form := &mds2.Form{
		Form: r.cat.Form, Manufacturer: maker, SupportedBy: supportedBy, Product: p.Name, ProductID: p.ID,
		Document: mds2.Document{ID: p.Documents.MDS2.ID, Revision: p.Documents.MDS2.Revision, ReleaseDate: p.Documents.MDS2.ReleaseDate.String()},
		Versions: r.facts.coveredVersionNames(), Other: strings.TrimSpace(p.MDS2.Other),
	}
	for _, m := range r.facts.ended {
		form.Ended = append(form.Ended, mds2.EndedModel{ID: m.ID, Name: m.Name, EndOfSupport: m.EndOfSupport.String(), ReplacedBy: m.ReplacedBy})
	}
	for _, m := range r.facts.coveredModels() {
		form.Models = append(form.Models, mds2.Model{ID: m.ID, Name: m.Name})
	}
	if len(form.Versions) == 0 {
		r.errorf("mds2", "%s", r.noVersionMessage())
	}
	referenced := map[int]bool{}
	for _, sec := range r.cat.Sections {
		fs := mds2.FormSection{Code: sec.Code, Title: sec.Title, Description: sec.Description, FreeText: sec.FreeText, References: sec.References}
		for _, q := range r.cat.SectionQuestions(sec.Code) {
			row := r.resolve(q, derived, givens, final)
			if row.Note != 0 {
				referenced[row.Note] = true
				if n, ok := p.MDS2.Note(row.Note); ok {
					row.NoteText = strings.TrimSpace(n.Text)
				}
			}
			if q.Kind == mds2.KindYesNo {
				final[q.ID] = row.Answer
			}
			fs.Rows = append(fs.Rows, row)
		}
		form.Sections = append(form.Sections, fs)
	}
	r.warnNoteBesideDerived(form, derived, givens)
	// Before the notes jspgen writes for the data's answers: a row whose
	// versions answer differently is no longer the newest's answer.
	r.coverDifferingAnswers(form, referenced)
	r.modelNotes(form, derived)
	r.sbomRequestNote(form, derived)
	r.sbomScopeNote(form, derived)
	r.hostingNote(form, derived)
	r.internalLinkNote(form, derived)
	r.hostRadioNote(form, derived)
	r.remotePartsNote(form, derived)
	r.piiWhereNote(form, derived)
	r.portListNote(form, derived)
	r.checkConsistency(final, givens)
	r.checkAgainstData(final, givens)
	r.checkPartialLinks(final, givens)
	r.checkPublishedDocs(final, givens)
	r.checkSIEMChannels(final, givens)
	r.checkNoAccounts(final, givens)
	r.checkRemotePII(final, givens)
	r.checkRemoteUpdates(final, givens)
	r.checkISAO(givens)
	r.checkSaMD(givens)
	r.checkUnneededPorts(final, givens)
	if sec, ok := r.cat.Section("OTHR"); ok && sec.FreeText && form.Other == "" {
		// Optional: not written, the form says the section is not stated
		// rather than forcing "None." beside what the data leave unsaid.
		r.warnf("mds2", "mds2.other is not written: the free text of %s (%s) says \"Not stated.\"; write what else bears on the device's security, or \"None.\" only if nothing does", sec.Code, sec.Title)
	}
	// A note no answer of this form refers to but another version's
	// answer does is about that version: it is left out of this form.
	// One no answer of any version refers to is the manufacturer's
	// to explain or remove.
	elsewhere := r.notesOfVersions()
	var notes []content.MDS2Note
	for i, n := range p.MDS2.Notes {
		switch {
		case referenced[n.Number]:
		case elsewhere[n.Number]:
			continue
		default:
			r.warnf(fmt.Sprintf("mds2.notes[%d]", i), "note %d is not referred to by any answer", n.Number)
		}
		notes = append(notes, n)
	}
	slices.SortStableFunc(notes, func(a, b content.MDS2Note) int { return a.Number - b.Number })
	generated := form.Notes // modelNotes', numbered after these
	form.Notes = nil
	for _, n := range notes {
		form.Notes = append(form.Notes, mds2.Note{Number: n.Number, Text: strings.TrimSpace(n.Text)})
	}
	form.Notes = append(form.Notes, generated...)
	r.groupUnanswered()
	return form
}

// resolve answers one question.
func (r *mds2Resolver) resolve(q *mds2.Question, derived map[string]fact, givens map[string]given, final map[string]mds2.Answer) mds2.Row {
	row := mds2.Row{ID: q.ID, Section: q.Section, Parent: q.Parent, Kind: q.Kind, Question: strings.TrimSpace(q.Question),
		Extension: q.Extension, References: q.References}
	d, isDerived := derived[q.ID]
	g, isGiven := givens[q.ID]
	if isGiven {
		row.Note, row.Reason = g.entry.Note, strings.TrimSpace(g.entry.Reason)
	}

	if q.Kind == mds2.KindText {
		rule, _ := derivationFor(q.ID)
		switch {
		case isGiven && isDerived && d.Text != "" && strings.TrimSpace(g.entry.Answer) == d.Text:
			// The same text as the data gives (an imported workbook): no
			// error, replaceable or not, and the form prints the same
			// text; but the manufacturer wrote it, so it is answered,
			// with the fact it agrees with (mds2.AgreesPrefix).
			row.Text, row.Basis, row.From = d.Text, mds2.BasisAnswered, mds2.AgreesPrefix+d.Short()
		case isGiven && strings.TrimSpace(g.entry.Answer) != "" && isDerived && !rule.Replaceable:
			r.errorf(g.path, "the product data gives this text: %s; change it there, not here", d)
			row.Text, row.Basis, row.From = d.Text, mds2.BasisDerived, d.Short()
		case isGiven && strings.TrimSpace(g.entry.Answer) != "":
			row.Text, row.Basis = strings.TrimSpace(g.entry.Answer), mds2.BasisAnswered
			r.checkDocControl(q.ID, row.Text, g.path, r.p.Documents.MDS2)
			switch q.ID {
			case "DOC-1":
				r.checkManufacturer(row.Text, g.path)
			case "DOC-3":
				r.checkModels(row.Text, g.path)
			}
		case isDerived && d.Text != "":
			row.Text, row.Basis, row.From = d.Text, mds2.BasisDerived, d.Short()
		default:
			r.noAnswer(&row, q.ID, "%s has no answer: %s (a text answer)%s", q.ID, row.Question, r.facts.decidingHint(q.ID))
		}
		return row
	}

	explicit := isGiven && g.answer != mds2.Unanswered

	// A question about PII only, of a product with none (MPII-1 No).
	if r.gateNoPII(q, g, isGiven, isDerived, derived, final, &row) {
		return row
	}

	// Gating as the form states it. Under a stated condition an unanswered
	// question is N/A; under an implied one the product answers it (No or
	// N/A, as published forms do). An explicit answer always stands: one
	// that breaks a stated condition, or a Yes under an implied one, is a
	// warning (the manufacturer's form decides, not the tool).
	c, ruledOut := mds2.RuledOut(q, final)
	if ruledOut {
		trig := fmt.Sprintf("%s is %s", c.ID, final[c.ID])
		if td, ok := derived[c.ID]; ok {
			trig += " (" + td.Short() + ")"
		}
		// An implied condition whose trigger the data answer (MPII-3 No
		// from interfaces): the data decide this question N/A too, where
		// the manufacturer does not answer it (an explicit No or N/A
		// stands as before: real forms answer either; a Yes is warned
		// about below).
		var dc mds2.Condition
		var dwhy string
		byData := false
		if !c.Stated && !isDerived {
			dc, dwhy, byData = r.dataGate(q, final, derived)
		}
		switch {
		case explicit && c.Stated && g.answer != mds2.NA:
			r.warnf(g.path, "answer %s breaks the form's instruction that %s does not apply when %s; the answer stands as given", g.answer, q.ID, trig)
		case explicit && !c.Stated && g.answer == mds2.Yes:
			r.warnf(g.path, "answer Yes although %s, which this question presupposes answered %s; check both answers", trig, c.Asked())
		case explicit && c.Stated && g.answer == mds2.NA && row.Reason == "" && !isDerived:
			// The N/A the form's instruction gives anyway: shown as the
			// form shows its own (a link naming the answer that rules the
			// question out), its note kept. One with a reason is the
			// manufacturer's, whose link gives the reason.
			r.gate(q, c, final, &row)
			r.use(g.path)
			return row
		case !explicit && c.Stated:
			r.gate(q, c, final, &row)
			r.dropGatedNote(q, g, trig, &row)
			if isDerived && d.Answer == mds2.Yes {
				r.warnf(r.p.MDS2.AnswerPath(q.ID), "the form's instruction makes %s N/A because %s, but the product data answers it Yes: %s", q.ID, trig, d)
			}
			return row
		case !explicit && !c.Stated && isDerived && d.Answer == mds2.Yes:
			// The data answer a question Yes that the trigger's answer
			// presupposes away (MPII-2.6's exchange under MPII-2 No):
			// one of the two is not the device's. The derived Yes is
			// printed, as the data give it.
			r.warnf(r.p.MDS2.AnswerPath(q.ID), "the product data answer %s Yes (%s), but %s, which this question presupposes answered %s; check both answers", q.ID, d, trig, c.Asked())
		case byData && !explicit:
			// A note-only entry ({ note = n }) stays on the N/A, as
			// beside a derived answer; warnNoteBesideDerived warns
			// where the note stands in for an answer elsewhere
			// (exoskeleton: DOC-11.1 under samd = false).
			r.gateByData(q, dc, dwhy, &row)
			return row
		case !explicit && !isDerived && !(isGiven && g.entry.Note != 0):
			r.noAnswer(&row, q.ID, "%s has no answer (%s); %s, so answer \"no\" or \"na\" in [mds2.answers]", q.ID, row.Question, trig)
			return row
		}
	}

	switch {
	case isDerived && explicit && g.answer == mds2.NA && d.Answer == mds2.No && ruledOut:
		// N/A under a No trigger stands beside a derived No: real forms
		// answer either (NEMA's example answers No), and need no note;
		// the form says the data give No (mds2.InPlaceOfNoPrefix).
		row.Answer, row.Basis, row.From = mds2.NA, mds2.BasisAnswered, mds2.InPlaceOfNoPrefix+d.Short()
		r.use(g.path)
	case isDerived && explicit && g.answer != d.Answer && !d.Yields && r.writtenForOther(q.ID, g, d):
		// An answer written for an earlier version whose data did not
		// decide it so: its note, if any, explains it for that version.
		// The form gives what this version's data decide; check stops
		// the build until the version gets its own answer.
		row.Answer, row.Basis, row.From = d.Answer, mds2.BasisDerived, d.Short()
		row.Note, row.Reason = 0, ""
		return row
	case isDerived && explicit && g.answer != d.Answer && d.Yields:
		// An answer derived from what the product lacks gives way to the
		// manufacturer's (fact.Yields); check warns where the facts
		// contradict it, as it does for an override.
		// The form says what the data give and that the manufacturer's
		// answer stands in its place (its note, if any, says why).
		row.Answer, row.Basis = g.answer, mds2.BasisAnswered
		switch {
		case g.entry.Note != 0:
			row.From = mds2.OverridesFrom(d.Answer, d.Short())
		default:
			row.From = mds2.InPlaceOfFrom(d.Answer, d.Short())
		}
		r.use(g.path)
		if g.answer == d.Denies {
			r.contradicted(q.ID)
			if g.entry.Note != 0 {
				r.warnf(g.path, "answer %s (explained in note %d) overrides the answer %s the product data gives: %s", g.answer, g.entry.Note, d.Answer, d)
				row.From = mds2.OverridesFrom(d.Answer, d.Short())
			} else {
				r.warnf(g.path, "answer %s contradicts the product data, which gives %s: %s; the answer stands as given: correct it, or explain it in a note ({ answer = %q, note = n })",
					g.answer, d.Answer, d, strings.ToLower(g.answer.String()))
			}
		}
	case isDerived && explicit && g.answer != d.Answer:
		// An honest override: the manufacturer's answer, explained in a
		// published note, stands over the derived one.
		if g.entry.Note == 0 {
			r.errorf(g.path, "answer %s contradicts the product data: %s; correct the data, or keep the answer and explain it in a note ({ answer = %q, note = n })",
				g.answer, d, strings.ToLower(g.answer.String()))
			row.Answer, row.Basis, row.From = d.Answer, mds2.BasisDerived, d.Short()
		} else {
			r.warnf(g.path, "answer %s (explained in note %d) overrides the answer %s the product data gives: %s", g.answer, g.entry.Note, d.Answer, d)
			row.Answer, row.Basis, row.From = g.answer, mds2.BasisAnswered, mds2.OverridesFrom(d.Answer, d.Short())
			r.use(g.path)
		}
	case isDerived && explicit && g.answer == d.Answer && !d.Yields && r.noteWrittenForOther(q.ID, g, d):
		// The same answer, but its note was written for an earlier
		// version whose data did not decide it: the form gives the
		// derived answer without it until the version confirms the note.
		row.Answer, row.Basis, row.From = d.Answer, mds2.BasisDerived, d.Short()
		row.Note, row.Reason = 0, ""
		return row
	case isDerived && explicit:
		// The manufacturer's answer, the same as the data gives (an
		// imported hand-filled form): the form says it is the
		// manufacturer's and which fact agrees, not that it was derived.
		row.Answer, row.Basis, row.From = g.answer, mds2.BasisAnswered, mds2.AgreesPrefix+d.Short()
		if g.entry.Note == 0 && !d.Kept && !r.overridesInherited(q.ID, g.answer) {
			r.warnf(g.path, "answer %s repeats what the product data decides (%s); remove it", g.answer, d.Short())
			r.repeated(g.path)
		}
	case isDerived:
		row.Answer, row.Basis, row.From = d.Answer, mds2.BasisDerived, d.Short()
		if isGiven && r.noteAloneElsewhere(q.ID, g, d) {
			// The note stands in for an answer another version's form
			// lacks; beside this derived one it is not this form's.
			row.Note, row.Reason = 0, ""
		}
	case explicit:
		row.Answer, row.Basis = g.answer, mds2.BasisAnswered
		r.use(g.path)
	case isGiven && g.entry.Note != 0:
		// A note reference beside a blank answer, as real forms have.
		row.Basis = mds2.BasisAnswered
		return row
	default:
		hint := ""
		if h := r.facts.noNetworkOpen(q.ID); h != "" {
			hint = "; " + h
		} else if h := r.facts.remoteLinksOpen(q.ID); h != "" {
			hint = "; " + h
		} else if h := r.facts.otherVersionDrawing(q.ID); h != "" {
			hint = "; " + h
		} else if h := r.facts.textStatedOpen(q.ID); h != "" {
			hint = "; " + h
		}
		if hint == "" {
			// the facts that would decide it (a device that joins no
			// network has stated them: they leave it open)
			hint = r.facts.decidingHint(q.ID)
		}
		n := len(r.diags)
		r.noAnswer(&row, q.ID, "%s has no answer (%s): add \"%s\" = \"yes\", \"no\", \"na\" or \"see_note\" to [mds2.answers]%s; if it is not known, write \"%s\" = { note = n } with a note marked unstated = true", q.ID, row.Question, q.ID, hint, q.ID)
		if hint == "" && len(r.diags) > n {
			r.plain = append(r.plain, plainUnanswered{id: q.ID, section: q.Section, question: row.Question, at: n})
		}
		return row
	}

	if explicit && !ruledOut && !isDerived && row.Basis == mds2.BasisAnswered {
		r.checkApplies(q, g, row, final, derived)
	}

	// Notes. N/A needs none (checkApplies above asks a reason of one the
	// form's rules do not give); See Note needs its note; a note the
	// catalog asks for (note_when, the form's own instruction) is a
	// warning.
	switch {
	case row.Answer == mds2.SeeNote && row.Note == 0:
		r.errorf(g.path, "answer See Note needs a note: write { answer = \"see_note\", note = n }")
	case mds2.NoteRequired(q, row.Answer) && row.Note == 0 && row.Answer != mds2.SeeNote:
		path := r.p.MDS2.AnswerPath(q.ID)
		if row.Basis == mds2.BasisDerived {
			r.warnf(path, "the form asks for details in a note with answer %s: add \"%s\" = { note = n }", row.Answer, q.ID)
		} else {
			r.warnf(path, "the form asks for details in a note with answer %s: write { answer = %q, note = n }", row.Answer, strings.ToLower(row.Answer.String()))
		}
	}
	return row
}

// gate makes row N/A by the form's instruction, as c (a stated
// condition of q that final breaks) says.
func (r *mds2Resolver) gate(q *mds2.Question, c mds2.Condition, final map[string]mds2.Answer, row *mds2.Row) {
	row.Answer, row.Basis, row.From = mds2.NA, mds2.BasisGated, fmt.Sprintf("%s is %s", c.ID, final[c.ID])
	root := row.From
	if why, ok := r.gated[c.ID]; ok { // its trigger is N/A by instruction too: say whose
		row.From += " (" + why + ")"
		root = why
	}
	if r.gated == nil {
		r.gated = map[string]string{}
	}
	r.gated[q.ID] = root
}

// checkApplies warns about an explicit answer g to q, which no earlier
// answer rules out, that says or may mean the question does not apply
// (the reference asks an N/A for its reason):
//
//   - an N/A or No inherited from an earlier version under whose answers
//     the form did not ask q (STCF-1.3 N/A written where STCF-1 was No),
//     while this version's answers ask it: written about that version,
//     its reason too;
//   - an N/A without a reason or note where the answers q's gating names
//     are all as the form asks (STCF-1.3 under STCF-1 Yes): the form
//     asks the question;
//   - an N/A without a reason or note to a question nothing rules out,
//     unless its parent is answered No or N/A, which the N/A reads as
//     following though the catalog does not gate it (SAHD-5.1 under
//     SAHD-5 No), or a weak rule's trigger holds (weakGates: AUDT-3
//     under AUDT-1 and AUDT-2 No).
//
// An N/A the form's rules give (RuledOut), or beside facts that decide
// the question (the data then say why), is not checked here.
func (r *mds2Resolver) checkApplies(q *mds2.Question, g given, row mds2.Row, final map[string]mds2.Answer, derived map[string]fact) {
	if g.answer != mds2.NA && g.answer != mds2.No {
		return
	}
	gates := q.Gates()
	asked := len(gates) > 0
	var trig []string
	for _, c := range gates {
		if !c.Admits(final[c.ID]) {
			asked = false
			break
		}
		if slices.Contains(q.AppliesWhen, c) {
			t := fmt.Sprintf("%s is %s", c.ID, final[c.ID])
			if td, ok := derived[c.ID]; ok {
				t += " (" + td.Short() + ")"
			}
			if !slices.Contains(trig, t) { // a stated and an implied condition may name one trigger
				trig = append(trig, t)
			}
		}
	}
	if asked && r.inheritedFromUnasked(q, g) {
		return
	}
	if g.answer != mds2.NA || row.Reason != "" || row.Note != 0 {
		return
	}
	if !asked && q.Parent != "" && (final[q.Parent] == mds2.No || final[q.Parent] == mds2.NA) {
		return // N/A under a parent answered No reads as following it (SAHD-5.1's "that access control" under SAHD-5 No)
	}
	if !asked && mootByWeakGate(q.ID, final) {
		return // N/A under a weak rule's trigger, as real forms leave it (AUDT-3 with no audit log at all)
	}
	if asked {
		r.warnf(g.path, "answer N/A, but %s, under which the form asks %s: answer it, or say why it does not apply ({ answer = \"na\", reason = \"...\" } or { answer = \"na\", note = n })",
			content.AndList(trig), q.ID)
		return
	}
	r.warnf(g.path, "answer N/A gives no reason, and no earlier answer makes %s N/A by the form's rules: say why it does not apply ({ answer = \"na\", reason = \"...\" } or { answer = \"na\", note = n })", q.ID)
}

// inheritedFromUnasked warns, and reports, where answer g to q is
// inherited from an earlier version (writtenFrom) whose own answers
// rule q out: the answer, and its reason or note, were written where the
// form did not ask the question, which this version's answers ask.
func (r *mds2Resolver) inheritedFromUnasked(q *mds2.Question, g given) bool {
	from := r.writtenFrom(q.ID)
	if from == "" {
		return false
	}
	for _, c := range q.Gates() {
		a, ok := r.answerIn(c.ID, from)
		if !ok || c.Admits(a) || a == mds2.SeeNote {
			continue
		}
		where := "[mds2.answers], the first version's, which later versions inherit"
		if r.p.MDS2.AnsweredIn(q.ID) != "" {
			where = "its mds2_answers_changed, which later versions inherit"
		}
		at := "versions[].changes"
		if k := slices.IndexFunc(r.p.Versions, func(v content.Version) bool { return v.Version == r.p.VersionOf }); k >= 0 {
			at = fmt.Sprintf("versions[%d].changes", k)
		}
		r.warnf(g.path, "answer %s was written for version %s (in %s), whose %s is %s, under which the form does not ask %s; version %s answers %s %s, under which it does: give version %s an answer of its own under %s.mds2_answers_changed",
			g.answer, from, where, c.ID, a, q.ID, r.p.VersionOf, c.ID, c.Asked(), r.p.VersionOf, at)
		return true
	}
	return false
}

// answerIn is the answer to yes_no question id in version v's form, as
// far as its answers and facts give it without resolving that form: the
// derived answer that stands, else the explicit one, else a derived one
// that yields to it; false when neither gives one.
func (r *mds2Resolver) answerIn(id, v string) (mds2.Answer, bool) {
	d, derivedOK := r.derivedIn(id, v)
	if derivedOK && !d.Yields && d.Answer != mds2.Unanswered {
		return d.Answer, true
	}
	if e, ok := r.all.At(v).MDS2.Answers[id]; ok {
		if a, err := mds2.ParseAnswer(strings.TrimSpace(e.Answer)); err == nil {
			return a, true
		}
	}
	if derivedOK && d.Answer != mds2.Unanswered {
		return d.Answer, true
	}
	return mds2.Unanswered, false
}

// Derivations documents the derived answers: question ID → the facts
// that decide it, in form order (for the README and `jspgen check`).
func Derivations() [][2]string {
	out := make([][2]string, len(mds2Derivations))
	for i, d := range mds2Derivations {
		out[i] = [2]string{d.ID, d.From}
	}
	return out
}
