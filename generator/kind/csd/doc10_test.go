package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDNoDiagramPointsToTheFormsDiagram: a CSD with no diagram, built
// with an MDS2 form that answers DOC-10 Yes (a network or data-flow
// diagram is provided), says the diagram is provided elsewhere and whom
// to ask, citing the form and its note; a No, a form not built or no
// answer says nothing more than that the document includes none. When
// the site publishes the risk report's data-flow drawing of the CSD's
// version (kind.Built.DataFlow), the CSD links it instead of sending the
// reader to ask, with or without the form's answer.
func TestCSDNoDiagramPointsToTheFormsDiagram(t *testing.T) {
	const none = "This document includes no diagram."
	const points = "The MDS2 form answers that Corvane Diagnostics, Inc. provides a network or data-flow diagram (DOC-10"
	const ask = "it is not part of this document, so ask Corvane Diagnostics, Inc. for it."
	const drawing = "threat model's data-flow diagram of version `2.1.0`, with its trust boundaries, is published beside this document: [views/data-flows.svg](views/data-flows.svg)."
	tests := []struct {
		name        string
		form, drawn bool
		doc10       content.MDS2Answer
		want, lack  []string
	}{
		{"DOC-10 Yes (the fixture)", true, false, content.MDS2Answer{Answer: "yes"},
			[]string{none + " " + points + "); " + ask}, []string{"data-flows.svg"}},
		{"DOC-10 Yes with a note", true, false, content.MDS2Answer{Answer: "yes", Note: 1}, []string{points + ", note 1); it is not part"}, nil},
		{"DOC-10 No", true, false, content.MDS2Answer{Answer: "no"}, []string{none}, []string{points}},
		{"no answer", true, false, content.MDS2Answer{}, []string{none}, []string{points}},
		{"no form", false, false, content.MDS2Answer{Answer: "yes"}, []string{none}, []string{points}},
		{"DOC-10 Yes, the drawing published", true, true, content.MDS2Answer{Answer: "yes"},
			[]string{none + " " + points + "); the " + drawing}, []string{ask}},
		{"no form, the drawing published", false, true, content.MDS2Answer{Answer: "yes"},
			[]string{none + " The " + drawing}, []string{points}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSDBuilt(t, func(p *content.Product) { p.MDS2.Answers["DOC-10"] = tc.doc10 }, func(b *kind.Built) {
				b.MDS2 = tc.form
				if tc.drawn {
					b.DataFlow, b.DataFlowOf = "views/data-flows.svg", "2.1.0"
				} else {
					b.DataFlow, b.DataFlowOf = "", ""
				}
			})
			kindtest.SaysAll(t, "the CSD", md, tc.want...)
			if len(tc.lack) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}
