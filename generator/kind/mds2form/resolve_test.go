package mds2form

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/templates"
)

// Tests of the resolver that the build runs (resolve.go): one question at
// a time through mds2Resolver.resolve with hand-made derived facts and
// explicit answers, [mds2.answers] through parseGiven, and whole forms
// through resolveMDS2, all on products in memory.

func newResolver(w *world) *mds2Resolver {
	return &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p, Inventory: w.inv}, facts: w.facts()}
}

func yesNoQ(id string, gates ...mds2.Condition) *mds2.Question {
	return &mds2.Question{ID: id, Section: id[:strings.IndexByte(id, '-')], Kind: mds2.KindYesNo, Question: " Does it? ", AppliesWhen: gates}
}

func textQ(id string) *mds2.Question {
	return &mds2.Question{ID: id, Section: "DOC", Kind: mds2.KindText, Question: "What is it?"}
}

func when(id string, a mds2.Answer) mds2.Condition { return mds2.Condition{ID: id, Answer: a} }

// stated is a condition the form's own text states.
func stated(id string, a mds2.Answer) mds2.Condition {
	return mds2.Condition{ID: id, Answer: a, Stated: true}
}

// unless is a stated condition that rules the question out only under
// answer a of id (MLDP-3 under MLDP-2 = Yes).
func unless(id string, a mds2.Answer) mds2.Condition {
	return mds2.Condition{ID: id, Unless: a, Stated: true}
}

// giv is an explicit answer as parseGiven makes it.
func giv(id string, e content.MDS2Answer) given {
	g := given{entry: e, path: "mds2.answers." + id}
	if a, err := mds2.ParseAnswer(e.Answer); err == nil {
		g.answer = a
	}
	return g
}

func givens(gs ...given) map[string]given {
	out := map[string]given{}
	for _, g := range gs {
		out[strings.TrimPrefix(g.path, "mds2.answers.")] = g
	}
	return out
}

var (
	wifiFact  = fact{Answer: mds2.Yes, File: testProductFile, Path: "interfaces[1]", Line: 7, Says: "is a Wi-Fi interface"}
	noRadio   = fact{Answer: mds2.No, File: testProductFile, Path: "interfaces", Line: 5, Says: "lists no wireless interface"}
	noPII     = fact{Answer: mds2.NA, File: testProductFile, Path: "interfaces", Line: 5, Says: "lists no interface that carries PHI or PII"}
	makerText = fact{Text: "Acme Medical", File: testSiteFile, Path: "manufacturer.name", Line: 3, Says: "is the manufacturer's name"}
)

// diagLines are the diagnostics without their (in-memory) file and line,
// which must be the product file's.
func diagLines(t *testing.T, ds content.Diagnostics) []string {
	t.Helper()
	var out []string
	for _, d := range ds {
		if d.File != testProductFile || d.Line != 1 {
			t.Errorf("diagnostic not placed in the product file: %s", d)
		}
		d.File, d.Line = "", 0
		out = append(out, strings.TrimPrefix(d.String(), ": "))
	}
	return out
}

// notStatedSuffix ends the warning about a question nothing answers.
const notStatedSuffix = `; the form says "Not stated"`

func TestResolveQuestion(t *testing.T) {
	tests := []struct {
		name    string
		q       *mds2.Question
		derived map[string]fact
		givens  map[string]given
		final   map[string]mds2.Answer
		want    mds2.Row // Answer, Text, Basis, From, Note, Reason
		diags   []string
	}{
		// Gating as the form states it: a stated condition answers N/A
		// where the product gives no answer; an implied one answers nothing.
		{name: "stated gate, no answer: N/A with basis gated",
			q: yesNoQ("CSUP-2", stated("CSUP-1", mds2.Yes)), final: map[string]mds2.Answer{"CSUP-1": mds2.No},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "CSUP-1 is No"}},
		{name: "stated gate by an N/A trigger",
			q: yesNoQ("X-2", stated("X-1", mds2.No)), final: map[string]mds2.Answer{"X-1": mds2.NA},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "X-1 is N/A"}},
		// The form rules MLDP-3 out only under MLDP-2 = Yes (unless): under
		// an N/A trigger it is still asked, and a note beside a blank
		// answer ("Not stated") stays, without a warning.
		{name: "unless gate, N/A trigger: still asked, the note stands",
			q: yesNoQ("MLDP-3", unless("MLDP-2", mds2.Yes)), final: map[string]mds2.Answer{"MLDP-2": mds2.NA},
			givens: givens(giv("MLDP-3", content.MDS2Answer{Note: 1})),
			want:   mds2.Row{Basis: mds2.BasisAnswered, Note: 1}},
		{name: "unless gate, N/A trigger, no answer: not stated with a warning, not N/A by the form",
			q: yesNoQ("MLDP-3", unless("MLDP-2", mds2.Yes)), final: map[string]mds2.Answer{"MLDP-2": mds2.NA},
			want:  mds2.Row{Basis: mds2.BasisNotStated},
			diags: []string{`warning: mds2.answers.MLDP-3: MLDP-3 has no answer (Does it?): add "MLDP-3" = "yes", "no", "na" or "see_note" to [mds2.answers]; if it is not known, write "MLDP-3" = { note = n } with a note marked unstated = true` + notStatedSuffix}},
		{name: "unless gate, the answer it names: N/A by the form's instruction",
			q: yesNoQ("MLDP-3", unless("MLDP-2", mds2.Yes)), final: map[string]mds2.Answer{"MLDP-2": mds2.Yes},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "MLDP-2 is Yes"}},
		// TXCF-2.1: stated under TXCF-2 = Yes, implied under an N/A the
		// data give (no PII sent): N/A from the data, not from the form.
		{name: "unless gate beside an implied one, derived N/A trigger: N/A from the data",
			q:     yesNoQ("TXCF-2.1", unless("TXCF-2", mds2.Yes), when("TXCF-2", mds2.No)),
			final: map[string]mds2.Answer{"TXCF-2": mds2.NA}, derived: map[string]fact{"TXCF-2": noPII},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived, From: "TXCF-2 is N/A (interfaces lists no interface that carries PHI or PII), and TXCF-2.1 presupposes TXCF-2 No"}},
		// A note beside a blank answer stood in for the answer the gate
		// now gives: printed beside N/A, "Not stated" would say both.
		{name: "stated gate with only a note: N/A without the note, warning",
			q: yesNoQ("X-2", stated("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Note: 2})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "X-1 is No"},
			diags: []string{`warning: mds2.answers.X-2: X-2 is left blank with note 2, but the form's instruction makes X-2 N/A because X-1 is No: ` +
				`the form prints N/A without the note; remove the entry, or keep the note with { answer = "na", note = 2 }`}},
		{name: "stated gate, the data's trigger named in the warning",
			q: yesNoQ("X-2", stated("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			derived: map[string]fact{"X-1": noRadio},
			givens:  givens(giv("X-2", content.MDS2Answer{Note: 2})),
			want:    mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "X-1 is No"},
			diags: []string{`warning: mds2.answers.X-2: X-2 is left blank with note 2, but the form's instruction makes X-2 N/A because X-1 is No (interfaces lists no wireless interface): ` +
				`the form prints N/A without the note; remove the entry, or keep the note with { answer = "na", note = 2 }`}},
		{name: "stated gate, explicit N/A with a note: the note stays, no warning",
			q: yesNoQ("X-2", stated("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "na", Note: 2})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "X-1 is No", Note: 2}},
		{name: "stated gate, explicit na is the answer given, and keeps its reason",
			q: yesNoQ("X-2", stated("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "na", Reason: "  No radio.  "})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Reason: "No radio."}},
		{name: "stated gate broken (NEMA's CSUP-11 = No under CSUP-1 = N/A): the answer stands, warning",
			q: yesNoQ("CSUP-11", stated("CSUP-1", mds2.Yes)), final: map[string]mds2.Answer{"CSUP-1": mds2.NA},
			givens: givens(giv("CSUP-11", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered},
			diags:  []string{"warning: mds2.answers.CSUP-11: answer No breaks the form's instruction that CSUP-11 does not apply when CSUP-1 is N/A; the answer stands as given"}},
		{name: "stated gate, derived Yes: N/A with a warning naming the fact",
			q: yesNoQ("X-2", stated("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			derived: map[string]fact{"X-1": noRadio, "X-2": wifiFact},
			want:    mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "X-1 is No"},
			diags: []string{"warning: mds2.answers.X-2: the form's instruction makes X-2 N/A because X-1 is No (interfaces lists no wireless interface), " +
				"but the product data answers it Yes: interfaces[1] (content/p.toml:7) is a Wi-Fi interface"}},
		{name: "not gated while the trigger is See Note",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.SeeNote},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered}},
		{name: "not gated when the condition holds",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.Yes},
			derived: map[string]fact{"X-2": wifiFact},
			want:    mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface"}},
		{name: "implied gate, explicit No (NEMA's CONN-1.1.1 under CONN-1.1 = No): accepted silently",
			q: yesNoQ("CONN-1.1.1", when("CONN-1.1", mds2.Yes)), final: map[string]mds2.Answer{"CONN-1.1": mds2.No},
			givens: givens(giv("CONN-1.1.1", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered}},
		{name: "implied gate, explicit N/A without a note: accepted silently",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "N/A"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered}},
		{name: "implied gate, trigger answered by hand, no answer: not stated, the warning saying what to answer",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			want:  mds2.Row{Basis: mds2.BasisNotStated},
			diags: []string{`warning: mds2.answers.X-2: X-2 has no answer (Does it?); X-1 is No, so answer "no" or "na" in [mds2.answers]` + notStatedSuffix}},
		{name: "implied gate, trigger derived, no answer: N/A from the data (gating_data.go)",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			derived: map[string]fact{"X-1": noRadio},
			want:    mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived, From: "X-1 is No (interfaces lists no wireless interface), and X-2 presupposes X-1 Yes"}},
		{name: "implied gate, only a note beside a blank answer: accepted",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Note: 2})),
			want:   mds2.Row{Basis: mds2.BasisAnswered, Note: 2}},
		{name: "implied gate, explicit Yes: the answer stands, warning",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "yes"})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisAnswered},
			diags:  []string{"warning: mds2.answers.X-2: answer Yes although X-1 is No, which this question presupposes answered Yes; check both answers"}},
		{name: "implied gate, derived Yes: the derived answer, warning naming both",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.No},
			derived: map[string]fact{"X-1": noRadio, "X-2": wifiFact},
			want:    mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface"},
			diags: []string{"warning: mds2.answers.X-2: the product data answer X-2 Yes (interfaces[1] (content/p.toml:7) is a Wi-Fi interface), " +
				"but X-1 is No (interfaces lists no wireless interface), which this question presupposes answered Yes; check both answers"}},
		{name: "implied gate, derived No: the derived answer (as published forms answer)",
			q: yesNoQ("CONN-1.1.1", when("CONN-1.1", mds2.Yes)), final: map[string]mds2.Answer{"CONN-1.1": mds2.No},
			derived: map[string]fact{"CONN-1.1": noRadio, "CONN-1.1.1": noRadio},
			want:    mds2.Row{Answer: mds2.No, Basis: mds2.BasisDerived, From: "interfaces lists no wireless interface"}},

		// Derived against explicit answers.
		{name: "derived",
			q: yesNoQ("CONN-1.1.1"), derived: map[string]fact{"CONN-1.1.1": wifiFact},
			want: mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface"}},
		{name: "contradicting a derived Yes without a note: error naming both places",
			q: yesNoQ("CONN-1.1.1"), derived: map[string]fact{"CONN-1.1.1": wifiFact},
			givens: givens(giv("CONN-1.1.1", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface"},
			diags: []string{`mds2.answers.CONN-1.1.1: answer No contradicts the product data: interfaces[1] (content/p.toml:7) is a Wi-Fi interface; ` +
				`correct the data, or keep the answer and explain it in a note ({ answer = "no", note = n })`}},
		{name: "honest override: a different answer with a note stands, warning naming both places",
			q: yesNoQ("CONN-1.1"), derived: map[string]fact{"CONN-1.1": noRadio},
			givens: givens(giv("CONN-1.1", content.MDS2Answer{Answer: "see_note", Note: 3})),
			want:   mds2.Row{Answer: mds2.SeeNote, Basis: mds2.BasisAnswered, From: "overrides No, which the product data give: interfaces lists no wireless interface", Note: 3},
			diags: []string{"warning: mds2.answers.CONN-1.1: answer See Note (explained in note 3) overrides the answer No the product data gives: " +
				"interfaces (content/p.toml:5) lists no wireless interface"}},
		{name: "repeating a derived answer: warning; the manufacturer's answer, which the data agree with",
			q: yesNoQ("CONN-1.1.1"), derived: map[string]fact{"CONN-1.1.1": wifiFact},
			givens: givens(giv("CONN-1.1.1", content.MDS2Answer{Answer: "Yes"})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisAnswered, From: "agrees with the product data: interfaces[1] is a Wi-Fi interface"},
			diags:  []string{"warning: mds2.answers.CONN-1.1.1: answer Yes repeats what the product data decides (interfaces[1] is a Wi-Fi interface); remove it"}},
		{name: "repeating a derived answer with a note: fine, the manufacturer's answer",
			q: yesNoQ("CONN-1.1.1"), derived: map[string]fact{"CONN-1.1.1": wifiFact},
			givens: givens(giv("CONN-1.1.1", content.MDS2Answer{Answer: "yes", Note: 4})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisAnswered, From: "agrees with the product data: interfaces[1] is a Wi-Fi interface", Note: 4}},
		{name: "a note on a derived answer",
			q: yesNoQ("CONN-1.1.1"), derived: map[string]fact{"CONN-1.1.1": wifiFact},
			givens: givens(giv("CONN-1.1.1", content.MDS2Answer{Note: 4})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface", Note: 4}},

		// Explicit answers, notes and reasons.
		{name: "answered",
			q: yesNoQ("ALOF-1"), givens: givens(giv("ALOF-1", content.MDS2Answer{Answer: "no"})),
			want: mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered}},
		{name: "no answer: not stated, with a warning",
			q: yesNoQ("ALOF-1"), want: mds2.Row{Basis: mds2.BasisNotStated},
			diags: []string{`warning: mds2.answers.ALOF-1: ALOF-1 has no answer (Does it?): add "ALOF-1" = "yes", "no", "na" or "see_note" to [mds2.answers]; if it is not known, write "ALOF-1" = { note = n } with a note marked unstated = true` + notStatedSuffix}},
		{name: "no answer to a question a yes/no fact of the model decides: the warning names it",
			q: yesNoQ("RDMP-4"), want: mds2.Row{Basis: mds2.BasisNotStated},
			diags: []string{`warning: mds2.answers.RDMP-4: RDMP-4 has no answer (Does it?): add "RDMP-4" = "yes", "no", "na" or "see_note" to [mds2.answers]; ` +
				`or state suppliers.end_of_life_planned (true or false), from which the form takes it; if it is not known, write "RDMP-4" = { note = n } with a note marked unstated = true` + notStatedSuffix}},
		{name: "only a note beside a blank answer, as real forms have: accepted",
			q: yesNoQ("ALOF-1"), givens: givens(giv("ALOF-1", content.MDS2Answer{Note: 1})), want: mds2.Row{Basis: mds2.BasisAnswered, Note: 1}},
		{name: "See Note without a note: error",
			q: yesNoQ("DTBK-1"), givens: givens(giv("DTBK-1", content.MDS2Answer{Answer: "see note"})),
			want:  mds2.Row{Answer: mds2.SeeNote, Basis: mds2.BasisAnswered},
			diags: []string{`mds2.answers.DTBK-1: answer See Note needs a note: write { answer = "see_note", note = n }`}},
		{name: "See Note with a note",
			q: yesNoQ("DTBK-1"), givens: givens(giv("DTBK-1", content.MDS2Answer{Answer: "see_note", Note: 2})),
			want: mds2.Row{Answer: mds2.SeeNote, Basis: mds2.BasisAnswered, Note: 2}},
		{name: "N/A without a note or reason, which nothing rules out: warning (the reference asks for its reason)",
			q: yesNoQ("DTBK-1"), givens: givens(giv("DTBK-1", content.MDS2Answer{Answer: "n/a"})),
			want:  mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered},
			diags: []string{`warning: mds2.answers.DTBK-1: answer N/A gives no reason, and no earlier answer makes DTBK-1 N/A by the form's rules: say why it does not apply ({ answer = "na", reason = "..." } or { answer = "na", note = n })`}},
		{name: "N/A without a note or reason under a parent answered No, which does not gate it: accepted",
			q: &mds2.Question{ID: "SAHD-5.1", Parent: "SAHD-5", Kind: mds2.KindYesNo}, final: map[string]mds2.Answer{"SAHD-5": mds2.No},
			givens: givens(giv("SAHD-5.1", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered}},
		// The fact sheet's weak rule "no audit log at all (AUDT-1 and
		// AUDT-2 No): AUDT-3 … AUDT-8 moot": real forms leave that N/A
		// without a note (fixedfw wrote the same reason six times).
		{name: "N/A without a note or reason with no audit log at all (AUDT-1 and AUDT-2 No): accepted",
			q: yesNoQ("AUDT-3"), final: map[string]mds2.Answer{"AUDT-1": mds2.No, "AUDT-2": mds2.No},
			givens: givens(giv("AUDT-3", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered}},
		{name: "N/A without a note or reason under AUDT-1 No but AUDT-2 Yes (the OS's log): warning",
			q: yesNoQ("AUDT-8"), final: map[string]mds2.Answer{"AUDT-1": mds2.No, "AUDT-2": mds2.Yes},
			givens: givens(giv("AUDT-8", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered},
			diags:  []string{`warning: mds2.answers.AUDT-8: answer N/A gives no reason, and no earlier answer makes AUDT-8 N/A by the form's rules: say why it does not apply ({ answer = "na", reason = "..." } or { answer = "na", note = n })`}},
		{name: "N/A without a note or reason under AUDT-1 No, AUDT-2 unanswered: warning",
			q: yesNoQ("AUDT-5"), final: map[string]mds2.Answer{"AUDT-1": mds2.No},
			givens: givens(giv("AUDT-5", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered},
			diags:  []string{`warning: mds2.answers.AUDT-5: answer N/A gives no reason, and no earlier answer makes AUDT-5 N/A by the form's rules: say why it does not apply ({ answer = "na", reason = "..." } or { answer = "na", note = n })`}},
		{name: "N/A without a note or reason under a See Note trigger: warning",
			q: yesNoQ("X-2", when("X-1", mds2.Yes)), final: map[string]mds2.Answer{"X-1": mds2.SeeNote},
			givens: givens(giv("X-2", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered},
			diags:  []string{`warning: mds2.answers.X-2: answer N/A gives no reason, and no earlier answer makes X-2 N/A by the form's rules: say why it does not apply ({ answer = "na", reason = "..." } or { answer = "na", note = n })`}},
		{name: "N/A without a note or reason where the form asks the question (AUDT-2.7 under AUDT-2 Yes): warning naming the trigger",
			q: yesNoQ("AUDT-2.7", stated("AUDT-2", mds2.Yes)), final: map[string]mds2.Answer{"AUDT-2": mds2.Yes},
			derived: map[string]fact{"AUDT-2": wifiFact},
			givens:  givens(giv("AUDT-2.7", content.MDS2Answer{Answer: "na"})),
			want:    mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered},
			diags:   []string{`warning: mds2.answers.AUDT-2.7: answer N/A, but AUDT-2 is Yes (interfaces[1] is a Wi-Fi interface), under which the form asks AUDT-2.7: answer it, or say why it does not apply ({ answer = "na", reason = "..." } or { answer = "na", note = n })`}},
		{name: "N/A with a reason where the form asks the question: the manufacturer's reason stands",
			q: yesNoQ("AUDT-2.7", stated("AUDT-2", mds2.Yes)), final: map[string]mds2.Answer{"AUDT-2": mds2.Yes},
			givens: givens(giv("AUDT-2.7", content.MDS2Answer{Answer: "na", Reason: "No removable media."})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Reason: "No removable media."}},
		{name: "N/A with a note where the form asks the question: the note explains it",
			q: yesNoQ("AUDT-2.7", stated("AUDT-2", mds2.Yes)), final: map[string]mds2.Answer{"AUDT-2": mds2.Yes},
			givens: givens(giv("AUDT-2.7", content.MDS2Answer{Answer: "na", Note: 2})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Note: 2}},
		{name: "stated gate, a bare explicit N/A the instruction gives anyway: shown as the form's own, its note kept",
			q: yesNoQ("MLDP-3", stated("MLDP-2", mds2.No)), final: map[string]mds2.Answer{"MLDP-2": mds2.Yes},
			givens: givens(giv("MLDP-3", content.MDS2Answer{Answer: "na", Note: 4})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "MLDP-2 is Yes", Note: 4}},
		{name: "stated gate, a bare explicit N/A: shown as the form's own",
			q: yesNoQ("CSUP-4.1", stated("CSUP-4", mds2.Yes)), final: map[string]mds2.Answer{"CSUP-4": mds2.No},
			givens: givens(giv("CSUP-4.1", content.MDS2Answer{Answer: "na"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "CSUP-4 is No"}},
		{name: "N/A with a reason",
			q: yesNoQ("DTBK-1"), givens: givens(giv("DTBK-1", content.MDS2Answer{Answer: "na", Reason: "Not stored."})),
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Reason: "Not stored."}},
		{name: "N/A with a note",
			q: yesNoQ("DTBK-1"), givens: givens(giv("DTBK-1", content.MDS2Answer{Answer: "na", Note: 5})),
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Note: 5}},
		{name: "note_when asks for a note: warning (the form's instruction)",
			q:      &mds2.Question{ID: "MLDP-2", Kind: mds2.KindYesNo, NoteWhen: []mds2.Answer{mds2.Yes, mds2.No}},
			givens: givens(giv("MLDP-2", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered},
			diags:  []string{`warning: mds2.answers.MLDP-2: the form asks for details in a note with answer No: write { answer = "no", note = n }`}},
		{name: "note_when with the note",
			q:      &mds2.Question{ID: "MLDP-2", Kind: mds2.KindYesNo, NoteWhen: []mds2.Answer{mds2.Yes, mds2.No}},
			givens: givens(giv("MLDP-2", content.MDS2Answer{Answer: "no", Note: 1})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered, Note: 1}},
		{name: "note_when not for this answer",
			q:      &mds2.Question{ID: "CSUP-6", Kind: mds2.KindYesNo, NoteWhen: []mds2.Answer{mds2.Yes}},
			givens: givens(giv("CSUP-6", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered}},
		{name: "note_when on a derived answer: warning asking for a note only",
			q:       &mds2.Question{ID: "CONN-1.1.1", Kind: mds2.KindYesNo, NoteWhen: []mds2.Answer{mds2.Yes}},
			derived: map[string]fact{"CONN-1.1.1": wifiFact},
			want:    mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: "interfaces[1] is a Wi-Fi interface"},
			diags:   []string{`warning: mds2.answers.CONN-1.1.1: the form asks for details in a note with answer Yes: add "CONN-1.1.1" = { note = n }`}},

		// Text questions.
		{name: "derived text",
			q: textQ("DOC-1"), derived: map[string]fact{"DOC-1": makerText},
			want: mds2.Row{Text: "Acme Medical", Basis: mds2.BasisDerived, From: "manufacturer.name is the manufacturer's name"}},
		{name: "the manufacturer's own DOC-1 text replaces the derived default",
			q: textQ("DOC-1"), derived: map[string]fact{"DOC-1": makerText},
			givens: givens(giv("DOC-1", content.MDS2Answer{Answer: "Acme Medical Inc., Medical Systems Division"})),
			want:   mds2.Row{Text: "Acme Medical Inc., Medical Systems Division", Basis: mds2.BasisAnswered}},
		{name: "fixed derived text cannot be replaced: error",
			q: textQ("JSP-VER"), derived: map[string]fact{"JSP-VER": {Text: "1.0", File: testProductFile, Path: "versions", Says: "lists the versions covered"}},
			givens: givens(giv("JSP-VER", content.MDS2Answer{Answer: "2.0"})),
			want:   mds2.Row{Text: "1.0", Basis: mds2.BasisDerived, From: "versions lists the versions covered"},
			diags:  []string{"mds2.answers.JSP-VER: the product data gives this text: versions (content/p.toml) lists the versions covered; change it there, not here"}},
		{name: "replaceable derived text is replaced",
			q: textQ("DOC-6"), derived: map[string]fact{"DOC-6": {Text: "Wards.", File: testProductFile, Path: "use_environment", Says: "describes the use environment"}},
			givens: givens(giv("DOC-6", content.MDS2Answer{Answer: "  Intensive care. "})),
			want:   mds2.Row{Text: "Intensive care.", Basis: mds2.BasisAnswered}},
		{name: "replaceable derived text given as the data gives it (an imported workbook): no error, the manufacturer's text, which the data agree with",
			q: textQ("DOC-6"), derived: map[string]fact{"DOC-6": {Text: "Wards.", File: testProductFile, Path: "use_environment", Says: "describes the use environment"}},
			givens: givens(giv("DOC-6", content.MDS2Answer{Answer: "Wards. "})),
			want:   mds2.Row{Text: "Wards.", Basis: mds2.BasisAnswered, From: "agrees with the product data: use_environment describes the use environment"}},
		{name: "explicit text where nothing is derived",
			q: textQ("JSP-X"), givens: givens(giv("JSP-X", content.MDS2Answer{Answer: "Text.", Note: 1})),
			want: mds2.Row{Text: "Text.", Basis: mds2.BasisAnswered, Note: 1}},
		{name: "empty derived text and no answer: not stated, with a warning",
			q: textQ("DOC-6"), derived: map[string]fact{"DOC-6": {Path: "use_environment", Says: "describes the use environment"}},
			givens: givens(giv("DOC-6", content.MDS2Answer{Answer: " "})),
			want:   mds2.Row{Basis: mds2.BasisNotStated},
			diags: []string{"warning: mds2.answers.DOC-6: DOC-6 has no answer: What is it? (a text answer); or state the facts from which the form derives it, where they decide it " +
				"(the README's table of derived answers says how): intended_use, use_environment and versions.changes.use_environment" + notStatedSuffix}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newResolver(newWorld())
			final := tc.final
			if final == nil {
				final = map[string]mds2.Answer{}
			}
			row := r.resolve(tc.q, tc.derived, tc.givens, final)
			if row.ID != tc.q.ID || row.Kind != tc.q.Kind || row.Question != strings.TrimSpace(tc.q.Question) {
				t.Errorf("row identifies %s %s %q", row.ID, row.Kind, row.Question)
			}
			got := mds2.Row{Answer: row.Answer, Text: row.Text, Basis: row.Basis, From: row.From, Note: row.Note, Reason: row.Reason}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("row (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tc.diags, diagLines(t, r.diags)); d != "" {
				t.Errorf("diagnostics (-want +got):\n%s", d)
			}
		})
	}
}

func shippedCatalog(t *testing.T) *mds2.Catalog {
	t.Helper()
	env := newWorld().env()
	env.Templates = render.Files{Shipped: templates.FS}
	cat, err := LoadCatalog(env)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestParseGiven(t *testing.T) {
	cat := shippedCatalog(t)
	w := newWorld()
	w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "One."}}
	w.p.MDS2.Answers = map[string]content.MDS2Answer{
		"MPII-9":     {Answer: "yes"},
		"shad-15":    {Answer: "yes"},
		"OTHR-":      {Answer: "yes"},
		"ALOF-1":     {Answer: "perhaps"},
		"ALOF-2":     {Answer: " NO "},
		"DTBK-1":     {Answer: "no", Reason: "x"},
		"DTBK-2":     {Answer: "na", Reason: "Not stored."},
		"DTBK-3":     {Answer: "yes", Note: 7},
		"DTBK-4":     {Note: 1},
		"DOC-6":      {Answer: " \t"},
		"DOC-2":      {Answer: "A pump."},
		"DOC-3":      {Answer: "", Reason: "text takes no reason check"},
		"CONN-1.1.1": {Answer: "see notes", Note: 1},
	}
	r := newResolver(w)
	r.cat = cat
	got := r.parseGiven()
	want := map[string]mds2.Answer{"ALOF-2": mds2.No, "DTBK-1": mds2.No, "DTBK-2": mds2.NA, "DTBK-3": mds2.Yes, "DTBK-4": mds2.Unanswered,
		"DOC-6": mds2.Unanswered, "DOC-2": mds2.Unanswered, "DOC-3": mds2.Unanswered, "CONN-1.1.1": mds2.SeeNote}
	gotAnswers := map[string]mds2.Answer{}
	for id, g := range got {
		gotAnswers[id] = g.answer
		if g.path != "mds2.answers."+id || g.entry != w.p.MDS2.Answers[id] {
			t.Errorf("%s: path %q entry %+v", id, g.path, g.entry)
		}
	}
	if d := cmp.Diff(want, gotAnswers); d != "" {
		t.Errorf("parsed answers (-want +got):\n%s", d)
	}
	wantDiags := []string{ // in form order of the IDs
		`mds2.answers.DOC-6: text answer is blank`,
		`mds2.answers.MPII-9: unknown MDS2 question ID "MPII-9" (the MPII questions run from MPII-1 to MPII-3.10)`,
		`mds2.answers.ALOF-1: ALOF-1 is answered "perhaps": want yes, no, na or see_note (any case)`,
		`mds2.answers.DTBK-1.reason: a reason explains N/A only; answer No takes a note instead`,
		`mds2.answers.DTBK-3.note: note 7 is not defined in [[mds2.notes]]`,
		`mds2.answers.OTHR-: unknown MDS2 question ID "OTHR-" (OTHR has no questions; its free text goes in mds2.other)`,
		`mds2.answers.shad-15: unknown MDS2 question ID "shad-15" (did you mean "SAHD-15"? IDs are written as the form prints them)`,
	}
	if d := cmp.Diff(wantDiags, diagLines(t, r.diags)); d != "" {
		t.Errorf("diagnostics (-want +got):\n%s", d)
	}
}

// TestResolveForm runs the whole resolver on an in-memory product: the
// header, the order of rows, gating across rows, notes.
func TestResolveForm(t *testing.T) {
	cat := shippedCatalog(t)
	w := newWorld()
	w.site.Manufacturer.Name = "Acme Medical"
	w.p.Models = append(w.p.Models, content.Model{ID: "m2", Name: "Model Two"})
	w.p.Versions = append(w.p.Versions, content.Version{Version: "0.1", Models: []string{"m2"}, GeneralAvailability: date(2020, 1, 1), EndOfSupport: date(2021, 1, 1)})
	w.p.Versions[0].Models = []string{"m1"}
	w.p.Interfaces = []content.Interface{iface("usb", "usb", "configuration")}
	w.p.MDS2.Other = "  None.  "
	w.p.MDS2.Notes = []content.MDS2Note{{Number: 3, Text: " Third. "}, {Number: 1, Text: "First."}, {Number: 2, Text: "Unused."}}
	w.p.MDS2.Answers = map[string]content.MDS2Answer{
		"CONN-1.2.2": {Note: 3},               // a note on a derived Yes
		"CONN-1.1.1": {Answer: "yes"},         // under CONN-1.1 = No (derived)
		"AUTH-1":     {Answer: "no", Note: 1}, // implies AUTH-1.x do not apply
		"AUTH-1.1":   {Answer: "no"},          // No under a No, as published forms answer
		"AUTH-1.2":   {Answer: "na"},          // N/A without a note
		"CSUP-1":     {Answer: "no"},          // the form says: skip CSUP
	}
	env := w.env()
	form, diags := resolveMDS2(env, cat, kind.Product{Product: w.p, Inventory: w.inv})

	if form.Manufacturer != "Acme Medical" || form.Product != "P" || form.ProductID != "p" || form.Form != cat.Form ||
		form.Document != (mds2.Document{ID: "P-MDS2", Revision: "A", ReleaseDate: "2026-01-15"}) || form.Other != "None." {
		t.Errorf("header: %+v %+v other %q", form.Manufacturer, form.Document, form.Other)
	}
	if d := cmp.Diff([]string{"1.0"}, form.Versions); d != "" {
		t.Errorf("versions (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]mds2.Model{{ID: "m1", Name: "Model One"}}, form.Models); d != "" {
		t.Errorf("models (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]mds2.Note{{Number: 1, Text: "First."}, {Number: 2, Text: "Unused."}, {Number: 3, Text: "Third."}}, form.Notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}
	var ids []string
	for _, q := range cat.FormQuestions() {
		ids = append(ids, q.ID)
	}
	var got []string
	for _, r := range form.Rows() {
		got = append(got, r.ID)
	}
	if len(got) < len(ids) || len(form.Sections) != len(cat.Sections) {
		t.Errorf("%d rows in %d sections, want every one of the %d form questions in %d sections", len(got), len(form.Sections), len(ids), len(cat.Sections))
	}

	row := func(id string) mds2.Row {
		r, ok := form.Row(id)
		if !ok {
			t.Fatalf("no row %s", id)
		}
		return r
	}
	if r := row("CONN-1.2.2"); r.Answer != mds2.Yes || r.Basis != mds2.BasisDerived || r.Note != 3 || r.NoteText != "Third." {
		t.Errorf("CONN-1.2.2 = %+v", r)
	}
	if r := row("CONN-1.1"); r.Answer != mds2.No || r.Basis != mds2.BasisDerived {
		t.Errorf("CONN-1.1 = %+v", r)
	}
	for _, id := range []string{"CONN-1.1.1", "CONN-1.1.4"} { // derived No under a derived No (implied gate: no N/A)
		if r := row(id); r.Answer != mds2.No || r.Basis != mds2.BasisDerived {
			t.Errorf("%s = %+v, want the derived No", id, r)
		}
	}
	if r := row("CSUP-2"); r.Answer != mds2.NA || r.Basis != mds2.BasisGated || r.From != "CSUP-1 is No" {
		t.Errorf("CSUP-2 = %+v, want N/A by the form's instruction", r)
	}
	if r := row("AUTH-1"); r.Answer != mds2.No || r.Basis != mds2.BasisAnswered || r.NoteText != "First." {
		t.Errorf("AUTH-1 = %+v", r)
	}
	if r := row("AUTH-1.1"); r.Answer != mds2.No || r.Basis != mds2.BasisAnswered {
		t.Errorf("AUTH-1.1 = %+v, want the No given", r)
	}
	if r := row("AUTH-1.2"); r.Answer != mds2.NA || r.Basis != mds2.BasisAnswered {
		t.Errorf("AUTH-1.2 = %+v, want the N/A given", r)
	}
	if r := row("DOC-1"); r.Text != "Acme Medical" || r.Basis != mds2.BasisDerived {
		t.Errorf("DOC-1 = %+v", r)
	}

	msgs := strings.Join(diagLines(t, diags), "\n")
	kindtest.SaysAll(t, "the diagnostics", msgs,
		"warning: mds2.answers.CONN-1.1.1: answer Yes although CONN-1.1 is No (interfaces lists no wireless interface)",
		"mds2.answers.CONN-1.1.1: answer Yes contradicts the product data: interfaces (content/p.toml:1) lists no Wi-Fi interface",
		`warning: mds2.answers.AUTH-1.3: AUTH-1.3 has no answer (`,
		"warning: mds2.notes[2]: note 2 is not referred to by any answer",
		// Questions nothing answers and nothing hints at: one warning
		// for their section.
		`warning: mds2.answers: section ALOF (Automatic Logoff): 2 questions have no answer: ALOF-1 and ALOF-2; answer each "yes", "no", "na" or "see_note" under [mds2.answers] (the form's section ALOF gives their text); where an answer is not known, give { note = n } in its place, with a note marked unstated = true; the form says "Not stated"`,
	)
	kindtest.SaysNone(t, "the diagnostics", msgs, "note 1 is not referred", "note 3 is not referred", "mds2.other is not written", "covers no software version", "AUTH-1.1", "AUTH-1.2", "CSUP-2")
}

func TestResolveFormWithoutVersionsOrOther(t *testing.T) {
	w := newWorld()
	w.p.Versions[0].GeneralAvailability = date(2027, 1, 1)
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	msgs := strings.Join(diagLines(t, diags), "\n")
	kindtest.SaysAll(t, "the diagnostics", msgs,
		"mds2: the form covers no software version: no version was generally available and still supported on documents.mds2.release_date; list the versions it covers in mds2.versions (for a premarket form, the version in development; for a form about a version whose support had ended by then, that version)",
		`warning: mds2: mds2.other is not written: the free text of OTHR (`,
	)
	kindtest.SaysNone(t, "the diagnostics", msgs, `error: mds2: mds2.other`, "missing mds2.other")
}

// TestResolveFormAfterEndOfSupport: a form released after the last
// version's end of support covers no version by default; the error says
// how to make it cover that version (mds2.versions), and listing it there
// makes the form cover it.
func TestResolveFormAfterEndOfSupport(t *testing.T) {
	w := newWorld()
	w.p.Versions[0].EndOfSupport = date(2025, 12, 31) // the form is released 2026-01-15
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	msgs := strings.Join(diagLines(t, diags), "\n")
	if want := "mds2: the form covers no software version: no version was generally available and still supported on documents.mds2.release_date; list the versions it covers in mds2.versions (for a premarket form, the version in development; for a form about a version whose support had ended by then, that version)"; !strings.Contains(msgs, want) {
		t.Errorf("no diagnostic %q among\n%s", want, msgs)
	}
	w.p.MDS2.Versions = []string{"1.0"}
	_, diags = resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if msgs := strings.Join(diagLines(t, diags), "\n"); strings.Contains(msgs, "covers no software version") {
		t.Errorf("listed in mds2.versions, 1.0 is still not covered:\n%s", msgs)
	}
}

// TestResolveFormOwnCatalog: a repository's own catalog without a
// free-text OTHR section asks for no mds2.other; gating follows its rules.
func TestResolveFormOwnCatalog(t *testing.T) {
	const questions = `
[[sections]]
code = "MPII"
title = "PII"
description = "d"

[[questions]]
id = "MPII-1"
section = "MPII"
kind = "yes_no"
question = "One?"

[[questions]]
id = "MPII-2"
section = "MPII"
kind = "yes_no"
question = "Two?"

[[questions]]
id = "MPII-2.1"
section = "MPII"
parent = "MPII-2"
kind = "yes_no"
question = "Two one?"
applies_when = [{ id = "MPII-2", answer = "yes" }]
`
	for name, src := range map[string]string{
		"no OTHR section":      "schema_version = 1\n" + questions,
		"OTHR is no free text": "schema_version = 1\n" + questions + "\n[[sections]]\ncode = \"OTHR\"\ntitle = \"Other\"\ndescription = \"d\"\n",
	} {
		t.Run(name, func(t *testing.T) {
			cat, err := mds2.LoadCatalog("c.toml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			w := newWorld()
			// data_stores written empty: MPII-1 and MPII-2 derive No
			w.states("data_stores")
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"MPII-2.1": {Answer: "no"}} // implied gate: the product answers
			form, diags := resolveMDS2(w.env(), cat, kind.Product{Product: w.p, Inventory: w.inv})
			for _, d := range diags {
				t.Errorf("unexpected: %s", d)
			}
			var got []string
			for _, r := range form.Rows() {
				got = append(got, r.ID+"="+r.Printed()+"/"+r.Basis)
			}
			if d := cmp.Diff([]string{"MPII-1=No/derived", "MPII-2=No/derived", "MPII-2.1=No/answered"}, got); d != "" {
				t.Errorf("rows (-want +got):\n%s", d)
			}
		})
	}
}
