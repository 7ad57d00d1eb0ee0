package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestNoPIIByHandGatesThePIIQuestions: a device whose data do not decide
// MPII-1 and whose manufacturer answers it No (dialysiswater: a water
// treatment system) gets the questions about PII only N/A, with
// MPII-1's No as the reason, instead of being asked each by hand (which
// invited "Not stated" beside "handles no PII"). A hand N/A to one of
// them repeats the gate; a hand No stands; the questions about data in
// general are still asked; a hand No over data that list PHI gates
// nothing.
func TestNoPIIByHandGatesThePIIQuestions(t *testing.T) {
	resolveWith := func(answers map[string]content.MDS2Answer, ifaces ...content.Interface) (*mds2.Form, string) {
		w := newWorld()
		w.p.Interfaces = ifaces
		w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "The data in the device are water quality only."}}
		w.p.MDS2.Answers = answers
		form, ds := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		var lines []string
		for _, d := range ds {
			lines = append(lines, d.String())
		}
		return form, strings.Join(lines, "\n")
	}
	const reason = "MPII-1 is No (no PII: the manufacturer's answer)"
	form, diags := resolveWith(map[string]content.MDS2Answer{
		"MPII-1": {Answer: "no", Note: 1},
		"DIDT-1": {Answer: "na", Reason: "No PII."},
		"EMRG-1": {Answer: "no"},
	})
	for _, id := range []string{"MPII-2", "MPII-2.1", "MPII-2.6", "AUDT-1.2", "DIDT-1.1",
		"PLOK-2", "PLOK-3", "TXCF-1", "TXCF-2", "TXCF-2.1", "TXCF-3"} {
		row, ok := form.Row(id)
		if !ok || row.Answer != mds2.NA || row.Basis != mds2.BasisDerived || !strings.Contains(row.From, reason) {
			t.Errorf("%s = %s (%s, %q), want N/A because %s", id, row.Answer, row.Basis, row.From, reason)
		}
		if strings.Contains(diags, "mds2.answers."+id+":") || warnsUnanswered(diags, id) {
			t.Errorf("%s still asked:\n%s", id, diags)
		}
	}
	if row, _ := form.Row("DIDT-1"); row.Answer != mds2.NA ||
		!strings.Contains(diags, "warning: mds2.answers.DIDT-1: answer N/A repeats what the form decides ("+reason+", and DIDT-1 asks about de-identifying PII only); remove it") {
		t.Errorf("DIDT-1 = %s; want the hand N/A warned about as a repeat:\n%s", row.Answer, diags)
	}
	if row, _ := form.Row("EMRG-1"); row.Answer != mds2.No || row.Basis != mds2.BasisAnswered || strings.Contains(diags, "EMRG-1:") {
		t.Errorf("EMRG-1 = %s (%s); want the hand No, silently:\n%s", row.Answer, row.Basis, diags)
	}
	for _, id := range []string{"STCF-1", "DTBK-1", "TXCF-4"} {
		if !warnsUnanswered(diags, id) {
			t.Errorf("%s not asked:\n%s", id, diags)
		}
	}

	// The data list PHI: the hand No is an override, and gates nothing.
	_, diags = resolveWith(map[string]content.MDS2Answer{"MPII-1": {Answer: "no", Note: 1}}, iface("wifi", "wifi", "phi"))
	if !warnsUnanswered(diags, "DIDT-1") {
		t.Errorf("DIDT-1 not asked beside data listing PHI:\n%s", diags)
	}
}
