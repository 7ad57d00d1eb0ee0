package mds2

import (
	"strings"

	"github.com/jspgen/jspgen/generator/render"
)

// Why says how an answer was reached when the form itself does not show
// it: derived from the product data, N/A by the form's instruction, an
// explicit answer that overrides the data (its note explains it), or an
// N/A the manufacturer gave with its reason (typed into the form, as the
// override is: Why says so, so that the appendix never passes a typed
// answer off as one the data or the form decided), or an explicit answer
// the data agree with (the manufacturer's, not derived, though the data
// give the same). "" for a plain explicit answer and
// for text rows (the DOC entries say what they are). The published form
// shows it on hover and in its "how reached" appendix; mds2.json and the
// CSV carry the same facts as basis, from and reason.
func (r Row) Why() string {
	if r.Kind == KindText {
		return ""
	}
	switch {
	case r.Basis == BasisDerived && r.From != "":
		return "Derived from the product data: " + r.From + "."
	case r.Basis == BasisGated && r.From != "":
		return "Not applicable by the form's instruction, as " + r.From + "."
	case r.Overrides():
		return "The manufacturer's answer, explained in " + r.NoteRef() + "; it " + r.From + "."
	case r.InPlaceOf():
		return "The manufacturer's answer; it " + r.From + "."
	case r.InPlaceOfNo():
		why := "The manufacturer's answer, N/A where the product data give No: " + strings.TrimPrefix(r.From, InPlaceOfNoPrefix)
		if r.Reason != "" {
			why += "; " + strings.TrimSuffix(r.Reason, ".")
		}
		if r.Note != 0 {
			why += " (see also " + r.NoteRef() + ")"
		}
		return why + "."
	case r.Agrees() && r.Answer == NA && r.Reason != "":
		// The reason is the manufacturer's; the fact agrees with it.
		return "The manufacturer's answer, not applicable: " + r.Reason + " (the product data agree: " + strings.TrimPrefix(r.From, AgreesPrefix) + ")."
	case r.Agrees():
		return "The manufacturer's answer; the product data agree: " + strings.TrimPrefix(r.From, AgreesPrefix) + "."
	case r.Answer == NA && r.Reason != "" && r.Note != 0:
		// The reason and the note both explain it: the appendix points to
		// the note too, which the form's table shows beside the answer.
		return "The manufacturer's answer, not applicable: " + r.Reason + " (see also " + r.NoteRef() + ")."
	case r.Answer == NA && r.Reason != "":
		return "The manufacturer's answer, not applicable: " + r.Reason
	}
	return ""
}

// AgreesPrefix starts the From of an explicit answer that is the same as
// the one the product data gives (an imported hand-filled form repeats
// it): the fact, a clause ("ports is written empty"), follows the colon.
const AgreesPrefix = "agrees with the product data: "

// InPlaceOfNoPrefix starts the From of an N/A the manufacturer gave
// where the product data answer No (real forms answer either under a
// question that rules it out): the fact follows the colon.
const InPlaceOfNoPrefix = "in place of No, which the product data give: "

// OverridesFrom is the From of an explicit answer, explained in its note,
// that departs from answer a, which the product data give by fact (a
// clause, after the colon). Overrides recognises it.
func OverridesFrom(a Answer, fact string) string {
	return "overrides " + a.String() + ", which the product data give: " + fact
}

// InPlaceOfFrom is the From of the manufacturer's answer, without a
// note, that stands in place of answer a, which the product data derive
// from what the product lacks and which yields to the manufacturer's:
// fact (a clause) follows the colon. InPlaceOf recognises it.
func InPlaceOfFrom(a Answer, fact string) string {
	return "stands in place of " + a.String() + ", which the product data give: " + fact
}

// InPlaceOf reports the manufacturer's answer in place of one the data
// give (InPlaceOfFrom).
func (r Row) InPlaceOf() bool {
	return r.Basis == BasisAnswered && strings.HasPrefix(r.From, "stands in place of ")
}

// InPlaceOf lists the IDs of the manufacturer's answers, without a
// note, in place of one the product data give (Row.InPlaceOf), in form
// order: the "how reached" appendix says that not every departure has
// a note.
func (f *Form) InPlaceOf() []string {
	return f.idsWhere(func(r Row) bool { return r.InPlaceOf() })
}

// InPlaceOfNo reports the manufacturer's N/A where the data give No.
func (r Row) InPlaceOfNo() bool {
	return r.Basis == BasisAnswered && r.Answer == NA && strings.HasPrefix(r.From, InPlaceOfNoPrefix)
}

// InPlaceOfNo lists the IDs of the manufacturer's N/A answers where the
// product data give No (Row.InPlaceOfNo), in form order.
func (f *Form) InPlaceOfNo() []string {
	return f.idsWhere(func(r Row) bool { return r.InPlaceOfNo() })
}

// Agrees reports an explicit answer that is the same as the one the
// product data gives: the manufacturer's, with the fact that agrees.
func (r Row) Agrees() bool {
	return r.Basis == BasisAnswered && strings.HasPrefix(r.From, AgreesPrefix)
}

// Overrides reports an explicit answer that departs from what the
// product data decides (its note explains why).
func (r Row) Overrides() bool {
	return r.Basis == BasisAnswered && strings.HasPrefix(r.From, "overrides ")
}

// Overridden lists the IDs of the answers that depart from what the
// product data decides, in form order: there the form may not agree with
// the documents drawn from the same data.
func (f *Form) Overridden() []string {
	return f.idsWhere(func(r Row) bool { return r.Overrides() })
}

// NoteOnly lists the IDs of the Yes/No questions answered by a note
// alone, the answer cell left blank (an imported hand-filled form's
// `{ note = 7 }`, where no fact decides the question), in form order: the
// form's introduction, which says every answer is Yes, No, N/A or See
// Note, names them as the exceptions.
func (f *Form) NoteOnly() []string {
	return f.idsWhere(func(r Row) bool { return r.Kind != KindText && r.Answer == Unanswered && r.Note != 0 })
}

// NotStatedIDs lists the IDs of the questions nothing answers
// (Row.NotStated), in form order: the form's introduction names them.
func (f *Form) NotStatedIDs() []string {
	return f.idsWhere(func(r Row) bool { return r.NotStated() })
}

// Agreeing lists the IDs of the Yes/No answers the manufacturer gave
// that are the same as the product data gives (Agrees), in form order.
func (f *Form) Agreeing() []string {
	return f.idsWhere(func(r Row) bool { return r.Kind != KindText && r.Agrees() })
}

// AgreeingOnSomeModels lists, of Agreeing, the IDs of the answers whose
// agreeing fact holds for some models only (Row.OnModels): the form's
// introduction counts them apart from the answers the data decide for
// the whole product (AgreeingOnEveryModel).
func (f *Form) AgreeingOnSomeModels() []string {
	return f.idsWhere(func(r Row) bool { return r.Kind != KindText && r.Agrees() && r.OnModels != "" })
}

// AgreeingModels is the models every answer of AgreeingOnSomeModels
// holds for, as Row.OnModels words them, when all are the same; "" when
// they differ or there are none.
func (f *Form) AgreeingModels() string {
	on := ""
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			switch {
			case r.Kind == KindText || !r.Agrees() || r.OnModels == "":
			case on == "":
				on = r.OnModels
			case on != r.OnModels:
				return ""
			}
		}
	}
	return on
}

// AgreeingOnEveryModel lists, of Agreeing, the IDs of the answers whose
// agreeing fact holds for the whole product (no Row.OnModels).
func (f *Form) AgreeingOnEveryModel() []string {
	return f.idsWhere(func(r Row) bool { return r.Kind != KindText && r.Agrees() && r.OnModels == "" })
}

// AnswerCell is the answer cell of the form's tables, escaped: the
// printed answer, and when Why has something to say, a link to anchor
// (the "how reached" appendix) titled with it, so that a browser shows
// the reason on hover and a PDF reader can follow the link.
func (r Row) AnswerCell(anchor string) string {
	answer := render.EscapeCell(r.Printed())
	if r.NotStated() {
		return "Not stated"
	}
	why := r.Why()
	if why == "" || answer == "" {
		return answer
	}
	return "[" + answer + "](#" + anchor + " \"" + linkTitle(why) + "\")"
}

// linkTitle escapes s for a double-quoted Markdown link title inside a
// table cell: one line; backslash, quote, pipe and ampersand escaped
// (the pipe would end the cell, the ampersand start a character
// reference).
func linkTitle(s string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if strings.ContainsRune(`\"|&`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// idsWhere lists, in form order, the IDs of the rows keep reports.
func (f *Form) idsWhere(keep func(Row) bool) []string {
	var ids []string
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			if keep(r) {
				ids = append(ids, r.ID)
			}
		}
	}
	return ids
}
