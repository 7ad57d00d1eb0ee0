package mds2form

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestResolveUnderADataDecidedNo: a sub-question the manufacturer does
// not answer, under an implied condition whose trigger the product data
// answer otherwise (MPII-3 derived No, MPII-3.8 asks about PII from
// scanned paper), is N/A from the data, naming the trigger and its fact
// (nophi had to answer MPII-3.8, DOC-11.1 … by hand). A trigger the
// manufacturer answered, or one answered as the condition wants, or not
// at all, still leaves the question asked; an explicit answer stands as
// before (a Yes warned about).
func TestResolveUnderADataDecidedNo(t *testing.T) {
	noPII := fact{Answer: mds2.No, File: testProductFile, Path: "interfaces", Line: 5, Says: "lists no interface that carries PHI or PII"}
	yesPII := fact{Answer: mds2.Yes, File: testProductFile, Path: "interfaces[0]", Line: 5, Says: "carries PHI"}
	const notStated = `; the form says "Not stated"`
	const asked = `warning: mds2.answers.MPII-3.8: MPII-3.8 has no answer (Does it?); MPII-3 is No, so answer "no" or "na" in [mds2.answers]` + notStated
	const askedAdd = `warning: mds2.answers.MPII-3.8: MPII-3.8 has no answer (Does it?): add "MPII-3.8" = "yes", "no", "na" or "see_note" to [mds2.answers]; if it is not known, write "MPII-3.8" = { note = n } with a note marked unstated = true` + notStated
	unstated := mds2.Row{Basis: mds2.BasisNotStated}
	const dataNA = "MPII-3 is No (interfaces lists no interface that carries PHI or PII), and MPII-3.8 presupposes MPII-3 Yes"
	sub := yesNoQ("MPII-3.8", when("MPII-3", mds2.Yes))
	tests := []struct {
		name    string
		q       *mds2.Question
		derived map[string]fact
		givens  map[string]given
		final   map[string]mds2.Answer
		gated   map[string]string // dataGated before
		want    mds2.Row
		diags   []string
	}{
		{name: "trigger derived No, no answer: N/A from the data",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived, From: dataNA}},
		{name: "trigger derived No, repeated by hand (the data still decide it): N/A from the data",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			givens: givens(giv("MPII-3", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived, From: dataNA}},
		{name: "inherited trigger derived No (DOC-11.x under a parent N/A by the data)",
			q:       yesNoQ("MPII-2.1", when("MPII-2", mds2.Yes), when("MPII-1", mds2.Yes)),
			derived: map[string]fact{"MPII-1": noPII}, final: map[string]mds2.Answer{"MPII-1": mds2.No, "MPII-2": mds2.NA},
			gated: map[string]string{"MPII-2": "MPII-1 is No (interfaces lists no interface that carries PHI or PII)"},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived,
				From: "MPII-2 is N/A (MPII-1 is No (interfaces lists no interface that carries PHI or PII)), and MPII-2.1 presupposes MPII-2 Yes"}},
		{name: "trigger answered No by hand: still asked",
			q: sub, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			want: unstated, diags: []string{asked}},
		{name: "trigger's derived No overridden by hand (Yes, with a note): still asked, as the condition holds",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.Yes},
			want: unstated, diags: []string{askedAdd}},
		{name: "trigger derived Yes: still asked",
			q: sub, derived: map[string]fact{"MPII-3": yesPII}, final: map[string]mds2.Answer{"MPII-3": mds2.Yes},
			want: unstated, diags: []string{askedAdd}},
		{name: "trigger unknown: still asked",
			q: sub, final: map[string]mds2.Answer{},
			want: unstated, diags: []string{askedAdd}},
		{name: "trigger derived No, explicit Yes: the answer stands, warning (as before)",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			givens: givens(giv("MPII-3.8", content.MDS2Answer{Answer: "yes"})),
			want:   mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisAnswered},
			diags: []string{"warning: mds2.answers.MPII-3.8: answer Yes although MPII-3 is No (interfaces lists no interface that carries PHI or PII), " +
				"which this question presupposes answered Yes; check both answers"}},
		{name: "trigger derived No, explicit No: the manufacturer's, silently (real forms answer either)",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			givens: givens(giv("MPII-3.8", content.MDS2Answer{Answer: "no"})),
			want:   mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered}},
		{name: "trigger derived No, explicit N/A with a reason: the manufacturer's, silently",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			givens: givens(giv("MPII-3.8", content.MDS2Answer{Answer: "na", Reason: "No PII"})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisAnswered, Reason: "No PII"}},
		// As beside a derived answer: the N/A with the note, which
		// warnNoteBesideDerived weighs (exoskeleton's DOC-11.1 stayed
		// blank under samd = false, unwarned).
		{name: "trigger derived No, a note beside a blank answer: N/A from the data, the note kept",
			q: sub, derived: map[string]fact{"MPII-3": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			givens: givens(giv("MPII-3.8", content.MDS2Answer{Note: 2})),
			want:   mds2.Row{Answer: mds2.NA, Basis: mds2.BasisDerived, From: dataNA, Note: 2}},
		{name: "the sub-question's own derived answer wins",
			q: sub, derived: map[string]fact{"MPII-3": noPII, "MPII-3.8": noPII}, final: map[string]mds2.Answer{"MPII-3": mds2.No},
			want: mds2.Row{Answer: mds2.No, Basis: mds2.BasisDerived, From: "interfaces lists no interface that carries PHI or PII"}},
		{name: "a stated condition is the form's instruction, as before",
			q: yesNoQ("CSUP-2", stated("CSUP-1", mds2.Yes)), derived: map[string]fact{"CSUP-1": noPII}, final: map[string]mds2.Answer{"CSUP-1": mds2.No},
			want: mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "CSUP-1 is No"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newResolver(newWorld())
			r.dataGated = tc.gated
			row := r.resolve(tc.q, tc.derived, tc.givens, tc.final)
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

// TestResolveFormGatesByTheCatalogOnly: in the shipped catalog, a device
// whose data decide MPII-1, MPII-2 and MPII-3 No and DOC-11 No (samd =
// false) gets MPII-2.x, MPII-3.x and DOC-11.x N/A from the data, the rows
// about PII only that the reference ties to MPII-1 weakly (DIDT-1) or
// not at all (PLOK-2) N/A for want of PII (gateNoPII), and is still
// asked the rows about data in general (STCF-1, DTBK-1).
func TestResolveFormGatesByTheCatalogOnly(t *testing.T) {
	w := newWorld()
	w.p.SaMD = content.False
	w.states("data_stores", "data_flows")
	w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs")}
	form, ds := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	var lines []string
	for _, d := range ds {
		lines = append(lines, d.String())
	}
	diags := strings.Join(lines, "\n")
	for _, id := range []string{"MPII-2.1", "MPII-2.9", "MPII-3.1", "MPII-3.9", "DOC-11.1", "DOC-11.4"} {
		row, ok := form.Row(id)
		if !ok || row.Answer != mds2.NA || row.Basis != mds2.BasisDerived || !strings.Contains(row.From, "presupposes") {
			t.Errorf("%s = %s (%s, %q), want N/A from the data", id, row.Answer, row.Basis, row.From)
		}
		if strings.Contains(diags, "mds2.answers."+id+":") || warnsUnanswered(diags, id) {
			t.Errorf("%s still asked:\n%s", id, diags)
		}
	}
	for _, id := range []string{"DIDT-1", "DIDT-1.1", "PLOK-2", "EMRG-1"} {
		row, ok := form.Row(id)
		if !ok || row.Answer != mds2.NA || row.Basis != mds2.BasisDerived || !strings.Contains(row.From, "MPII-1 is No") {
			t.Errorf("%s = %s (%s, %q), want N/A for want of PII", id, row.Answer, row.Basis, row.From)
		}
	}
	for _, id := range []string{"STCF-1", "DTBK-1"} {
		if !warnsUnanswered(diags, id) {
			t.Errorf("%s not asked:\n%s", id, diags)
		}
	}
}

// TestDOC10FromThePublishedView: DOC-10 is Yes from a drawing of the data
// flows the site publishes (the same condition as check's warning about a
// hand No: publishedDataFlowView), yielding to a hand answer (a No with
// its note, the report not given to customers), and a hand Yes beside it
// is kept without a repeat warning (the CSD reads only that); with no
// data flows it decides nothing, and a [[diagrams]] entry still decides
// without yielding.
func TestDOC10FromThePublishedView(t *testing.T) {
	for _, tc := range []struct {
		name       string
		setup      func(*world)
		want       string // the fact's path and says; "" decides nothing
		yieldsKept bool
	}{
		{"the plan's global system view", withPlan, "data_flows is drawn as the security plan's global system view, which the site publishes as views/global-system.svg", true},
		{"the risk report's data-flow diagram", func(w *world) {
			w.p.Documents.RiskReport.ID = "RR-1"
			w.p.DataFlows = []content.DataFlow{flow("DF-1", "", "phi")}
		}, "data_flows is drawn as the risk report's data-flow diagram, which the site publishes as views/data-flows.svg", true},
		{"no data flows", func(w *world) { withPlan(w); w.p.DataFlows = nil }, "", false},
		{"the plan not built", func(w *world) { withPlan(w); w.p.Documents.Build = []string{"mds2", "csd"} }, "", false},
		{"a data-flow diagram listed", func(w *world) {
			withPlan(w)
			w.p.Diagrams = []content.Diagram{{ID: "df", Kind: "data_flow"}}
		}, "diagrams[0] (df) is a data-flow diagram", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			d, ok := w.facts().diagrams()
			if got := map[bool]string{true: d.Short()}[ok]; got != tc.want {
				t.Errorf("DOC-10 fact = %q, want %q", got, tc.want)
			}
			if ok && (d.Answer != mds2.Yes || d.Yields != tc.yieldsKept || d.Kept != tc.yieldsKept) {
				t.Errorf("DOC-10 fact %+v: want Yes, Yields and Kept %t", d, tc.yieldsKept)
			}
		})
	}
	// Beside the published view: a hand Yes is kept without a repeat
	// warning; a hand No without a note stands (check warns of it:
	// TestCheckDOC10AgainstPublishedDataFlows), not an error.
	w := newWorld()
	withPlan(w)
	view, _ := w.facts().diagrams()
	q := yesNoQ("DOC-10")
	for _, tc := range []struct {
		answer string
		want   mds2.Row
	}{
		{"", mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisDerived, From: view.Short()}},
		{"yes", mds2.Row{Answer: mds2.Yes, Basis: mds2.BasisAnswered, From: mds2.AgreesPrefix + view.Short()}},
		{"no", mds2.Row{Answer: mds2.No, Basis: mds2.BasisAnswered, From: mds2.InPlaceOfFrom(mds2.Yes, view.Short())}},
	} {
		r := newResolver(w)
		var gs map[string]given
		if tc.answer != "" {
			gs = givens(giv("DOC-10", content.MDS2Answer{Answer: tc.answer}))
		}
		row := r.resolve(q, map[string]fact{"DOC-10": view}, gs, map[string]mds2.Answer{})
		got := mds2.Row{Answer: row.Answer, Basis: row.Basis, From: row.From}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("hand %q: row (-want +got):\n%s", tc.answer, d)
		}
		if len(r.diags) > 0 {
			t.Errorf("hand %q: diagnostics %v", tc.answer, diagLines(t, r.diags))
		}
	}
}
