package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Answers that hold for some of the models the form covers only. An
// interface on some models (interfaces.models) makes a Yes it decides
// theirs alone (fact.Models): the form is not a plain Yes for the others
// (hospitals' complaint about forms covering several models without
// saying which answers differ). So does a No drawn from what such an
// interface carries (TXCF-1 No from one model's Wi-Fi, which the other
// model lacks). Such an answer refers to a note naming the models it
// holds for, written after the manufacturer's notes, and JSP-MODELS
// lists the answers that differ. A manufacturer's own note on
// the row stands; check warns when it names none of the models.

// leftOut reports interfaces or ports of models the form does not cover
// left out of the facts (newMDS2Facts). A data store left out is not
// one (storesLeftOut): the texts this qualifies speak of those lists.
func (f *mds2Facts) leftOut() bool {
	return len(f.p.Interfaces) != len(f.whole.Interfaces) || len(f.p.Ports) != len(f.whole.Ports)
}

// storesLeftOut reports data stores of models the form does not cover
// left out of the facts.
func (f *mds2Facts) storesLeftOut() bool { return len(f.p.DataStores) != len(f.whole.DataStores) }

// coveredNote qualifies what a fact says of the whole interfaces, ports
// or data_flows list when entries of models the form does not cover were
// left out: " (on the models the form covers, m1; entries of other models
// only are not theirs)".
func (f *mds2Facts) coveredNote() string {
	var ids []string
	for _, m := range f.coveredModels() {
		ids = append(ids, m.ID)
	}
	return fmt.Sprintf(" (on the %s the form covers, %s; entries of other models only are not theirs)", content.Plural(len(ids), "model", "models"), content.AndList(ids))
}

// modelsDiffer reports an interface, port or data store on some of the
// models the form covers only: a derived Yes or No may then be theirs
// alone.
func (f *mds2Facts) modelsDiffer() bool {
	if len(f.models) < 2 {
		return false
	}
	for _, it := range f.p.Interfaces {
		if f.coveredOf(it.Models) != nil {
			return true
		}
	}
	for _, d := range f.p.DataStores {
		if f.coveredOf(d.Models) != nil {
			return true
		}
	}
	for _, pt := range f.p.Ports {
		if f.coveredOf(f.p.PortModelIDs(pt)) != nil {
			return true
		}
	}
	return false
}

// ofModels returns d, a Yes or No rule derived for the models the form
// covers, marked as those models' alone (fact.Models) when the rule,
// asked of each covered model by itself, gives d's answer for some and,
// for every other, the opposite answer or nothing: the answer comes from
// interfaces or ports those models alone have. A model the rule decides
// nothing for (a transport monitor whose only link is a USB port, which
// may reach a computer; a pump without the Wi-Fi whose PHI makes TXCF-1
// No) is named in fact.Open: the note then says the data do not decide
// the question for it, rather than letting an answer drawn from other
// models' interfaces read as its own; an answer the manufacturer gave
// itself answers for that model, and modelNotes leaves it as it is. A
// model the rule answers otherwise (N/A for a device that joins no
// network) leaves d every model's. An answer every model gets keeps
// d's fact only where every model has it, else cites each model's own
// (everyModelFact); one of some models, only where each of those has it
// (someModelsFact).
func (f *mds2Facts) ofModels(rule derivation, d fact) fact {
	var same, open []string
	var sameAt []int // same as indexes into f.models
	var own []fact   // the rule's fact for each of same alone
	for k := range f.models {
		id := f.p.Models[f.models[k]].ID
		e, ok := rule.derive(f.forModel(k))
		switch {
		case ok && e.Answer == d.Answer:
			same = append(same, id)
			sameAt = append(sameAt, k)
			own = append(own, e)
		case ok && e.Answer == opposite(d.Answer):
		case !ok:
			open = append(open, id)
		default:
			return d
		}
	}
	if len(same) == len(f.models) {
		return f.everyModelFact(rule, d, own)
	}
	if len(same) == 0 {
		return d
	}
	d, eachModel := f.someModelsFact(rule, d, sameAt, own, open)
	d.Models, d.Open = same, open
	if len(open) == 0 && !eachModel {
		d.Says += ", on " + d.modelsText()
	}
	return d
}

// opposite is No for Yes and Yes for No: what the data give the other
// models beside an answer of some models (modelNote).
func opposite(a mds2.Answer) mds2.Answer {
	if a == mds2.Yes {
		return mds2.No
	}
	return mds2.Yes
}

// modelsText words the models an answer of some models holds for: "model B
// only", or, beside models the data do not decide it for, "models B and
// C, not decided for model A", which is no claim that A's answer is No.
// A fact's text ends ", on " and it, and the row keeps it as
// mds2.Row.OnModels, by which the form's introduction counts the
// manufacturer's answers such a fact agrees with apart from those the
// data decide for every model (mds2.Form.AgreeingOnSomeModels).
func (f fact) modelsText() string {
	if len(f.Open) == 0 {
		return content.OnlyOn(f.Models)
	}
	return fmt.Sprintf("%s, not decided for %s", content.ModelWord(f.Models), content.ModelWord(f.Open))
}

// coveredOf returns the models of ids the form covers, in the product's
// order; nil when ids is empty (every model) or names every model the
// form covers.
func (f *mds2Facts) coveredOf(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	var out []string
	for _, m := range f.models {
		if id := f.p.Models[m].ID; slices.Contains(ids, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	if len(out) == len(f.models) {
		return nil
	}
	return out
}

// lastNote is the highest note number so far: the manufacturer's, and
// those generated into form. A generated note takes the next.
func (r *mds2Resolver) lastNote(form *mds2.Form) int {
	last := 0
	for _, n := range r.p.MDS2.Notes {
		last = max(last, n.Number)
	}
	for _, n := range form.Notes {
		last = max(last, n.Number)
	}
	return last
}

// noteNumbers returns a function that numbers a generated note of form,
// adding it after the notes so far the first time its text comes, so that
// rows with the same text share one note.
func (r *mds2Resolver) noteNumbers(form *mds2.Form) func(text string) int {
	next := r.lastNote(form)
	byText := map[string]int{} // generated note text → its number
	return func(text string) int {
		n, ok := byText[text]
		if !ok {
			next++
			n = next
			byText[text] = n
			form.Notes = append(form.Notes, mds2.Note{Number: n, Text: text, Generated: true})
		}
		return n
	}
}

// fromData reports a row whose answer the product data gives: derived,
// or the manufacturer's own agreeing with it. Only such an answer gets a
// generated note: one the manufacturer gave otherwise is theirs to
// explain.
func fromData(row *mds2.Row) bool {
	return row.Basis == mds2.BasisDerived || strings.HasPrefix(row.From, mds2.AgreesPrefix)
}

// modelNotes gives the rows whose derived Yes or No holds for some models
// only their note, and lists them in JSP-MODELS, with an answer of every
// model's that the data give another model otherwise (otherwiseOn),
// which gets a note too. A row with the manufacturer's note keeps it. Notes are numbered after
// the manufacturer's.
func (r *mds2Resolver) modelNotes(form *mds2.Form, derived map[string]fact) {
	note := r.noteNumbers(form)
	var differ []string // "CONN-1.1.1 (model B only, note 5)"
	var models *mds2.Row
	perModel := r.facts.modelsDiffer() // answers may differ between the models
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			row := &form.Sections[si].Rows[ri]
			if row.ID == "JSP-MODELS" {
				models = row
			}
			d, ok := derived[row.ID]
			if ok && d.Models == nil && row.Answer == d.Answer && fromData(row) && perModel {
				if other, text := r.facts.otherwiseOn(row.ID, d); other != "" {
					if row.Note == 0 && text != "" {
						row.Note = note(text)
						row.NoteText = text
					} else if row.Note != 0 && !namesAny(row.NoteText, r.facts.coveredModels()) {
						// As for an answer of some models below: the
						// manufacturer's note stands, but must say which
						// models the answer is otherwise for.
						r.warnf(r.p.MDS2.AnswerPath(row.ID), "%s is %s (%s), but %s, and its note %d names no model: say in the note which models the answer holds for", row.ID, d.Answer, d.Short(), other, row.Note)
					}
					if row.Note != 0 {
						other += fmt.Sprintf(", note %d", row.Note)
					}
					differ = append(differ, fmt.Sprintf("%s (%s, but %s)", row.ID, d.Answer, other))
				}
			}
			if !ok || d.Models == nil || row.Answer != d.Answer || !fromData(row) {
				continue
			}
			row.OnModels = d.modelsText()
			// Where the data leave the other models open, the
			// manufacturer's own Yes answers for them (a radio of kind
			// other that the manufacturer's note says is wireless): only a
			// derived answer is said to be some models'. The fact an agreeing
			// answer cites still holds for some models only, and says so.
			if len(d.Open) > 0 {
				if !citesEachModel(d) {
					row.From += ", on " + d.modelsText()
				}
				if row.Basis != mds2.BasisDerived {
					continue
				}
			}
			only := d.modelsText()
			if row.Note != 0 {
				if !namesAny(row.NoteText, modelsOf(r.p, d.Models)) {
					r.warnf(r.p.MDS2.AnswerPath(row.ID), "%s is %s for %s (%s), but its note %d names none of them: say in the note which models the answer holds for", row.ID, d.Answer, only, d.Short(), row.Note)
				}
				differ = append(differ, fmt.Sprintf("%s (%s for %s, note %d)", row.ID, d.Answer, only, row.Note))
				continue
			}
			// The models by ID, as JSP-MODELS names them beside their
			// names (a name in parentheses after each read as nested
			// parentheses where the name has its own).
			var others []string
			for _, m := range r.facts.coveredModels() {
				if !slices.Contains(d.Models, m.ID) {
					others = append(others, m.ID)
				}
			}
			// Why the others' answer is the opposite differs by question
			// (no such interface, no such port, no cloud service): the
			// note says only what holds for every question that refers
			// to it.
			text := modelNote(d, others)
			n := note(text)
			row.Note, row.NoteText = n, text
			differ = append(differ, fmt.Sprintf("%s (%s for %s, note %d)", row.ID, d.Answer, only, n))
		}
	}
	if models != nil && len(differ) > 0 && models.Basis == mds2.BasisDerived {
		models.Text += " Answers the product data show to differ between the models: " + strings.Join(differ, "; ") + "."
	} else if models != nil && models.Basis == mds2.BasisDerived && len(r.facts.coveredModels()) > 1 {
		// The question asks which answers differ: with several models and
		// none found, the answer says so rather than leave it unanswered
		// (it cannot speak for an answer given by hand, whose note does).
		// Where the models may be different parts on the device (a pump
		// and its docking rack) and no entry of those parts names its
		// models, every entry counts for every model: none is found to
		// differ because the data do not say, and the answer says that
		// (check warns, content.ModelsPartsUntied).
		if parts := r.facts.p.ModelsPartsUntied(); parts != nil {
			models.Text += fmt.Sprintf(" The product data do not state which of these models has the interfaces, ports and data stores of which part on the device (%s), so the answers derived from them describe those parts together, not each model.", r.facts.p.PartTheNames(parts))
		} else {
			models.Text += " No answer derived from the product data differs between the models."
		}
	}
}

// namesAny reports text naming one of models by ID or name.
func namesAny(text string, models []content.Model) bool {
	return slices.ContainsFunc(models, func(m content.Model) bool {
		return strings.Contains(text, m.ID) || m.Name != "" && strings.Contains(text, m.Name)
	})
}

// modelsOf returns the models of p with IDs ids.
func modelsOf(p kind.Product, ids []string) []content.Model {
	var out []content.Model
	for _, id := range ids {
		if m := p.Model(id); m != nil {
			out = append(out, *m)
		} else {
			out = append(out, content.Model{ID: id})
		}
	}
	return out
}

// modelNote is the text of the note a Yes or No of some models refers
// to: the models it holds for, and for the others covered (others) that
// the data give the opposite answer, or, for those in d.Open, that they
// do not decide it.
func modelNote(d fact, others []string) string {
	var no []string
	for _, id := range others {
		if !slices.Contains(d.Open, id) {
			no = append(no, id)
		}
	}
	// Beside a model the data do not decide for, the answer is not shown
	// to be theirs alone: the models are named without "only".
	holds := content.OnlyOn(d.Models)
	if len(d.Open) > 0 {
		holds = content.ModelWord(d.Models)
	}
	lead := fmt.Sprintf("The answer %s to the questions that refer to this note holds for %s: for the other %s this form covers (%s), ",
		d.Answer, holds, content.Plural(len(others), "model", "models"), content.AndList(others))
	switch {
	case len(d.Open) == 0:
		return lead + fmt.Sprintf("the product data give %s to each of those questions.", opposite(d.Answer))
	case len(no) == 0:
		return lead + "the product data do not decide those questions."
	}
	return lead + fmt.Sprintf("the product data give %s to each of those questions for %s and do not decide them for %s.", opposite(d.Answer), content.ModelWord(no), content.ModelWord(d.Open))
}
