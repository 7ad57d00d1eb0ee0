package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDNoDiagramPointsToTheFormsDiagram: a CSD with no diagram, built
// with an MDS2 form that answers DOC-10 Yes (a network or data-flow
// diagram is provided), says the diagram is provided elsewhere and whom
// to ask, citing the form and its note; a No, a form not built or no
// answer says nothing more than that the document includes none.
func TestCSDNoDiagramPointsToTheFormsDiagram(t *testing.T) {
	const none = "This document includes no diagram."
	const points = "The MDS2 form answers that Corvane Diagnostics, Inc. provides a network or data-flow diagram (DOC-10"
	tests := []struct {
		name       string
		form       bool
		doc10      content.MDS2Answer
		want, lack []string
	}{
		{"DOC-10 Yes (the fixture)", true, content.MDS2Answer{Answer: "yes"},
			[]string{none + " " + points + "); it is not part of this document, so ask Corvane Diagnostics, Inc. for it."}, nil},
		{"DOC-10 Yes with a note", true, content.MDS2Answer{Answer: "yes", Note: 1}, []string{points + ", note 1); it is not part"}, nil},
		{"DOC-10 No", true, content.MDS2Answer{Answer: "no"}, []string{none}, []string{points}},
		{"no answer", true, content.MDS2Answer{}, []string{none}, []string{points}},
		{"no form", false, content.MDS2Answer{Answer: "yes"}, []string{none}, []string{points}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSD(t, tc.form, func(p *content.Product) { p.MDS2.Answers["DOC-10"] = tc.doc10 })
			kindtest.SaysAll(t, "the CSD", md, tc.want...)
			if len(tc.lack) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}
