package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDPointsToThePublishedDataFlowDrawing: smartapp's CSD said "This
// document includes no diagram. The MDS2 form answers that Veridane
// Health, Inc. provides a network or data-flow diagram (DOC-10); it is not
// part of this document, so ask Veridane Health, Inc. for it." while the
// site published the risk report's data-flow drawing of the same version
// (views/data-flows.svg) and linked it from the product page. The CSD
// about that version now links the drawing; a CSD about another version
// (smartapp's 2.3) keeps its sentence, the drawing not being of its
// version; one whose drawing comes out the same (withdrawn's 3.0.0) links
// it, saying so. withdrawn's form answers no DOC-10: its CSD of 3.1.1
// names the drawing all the same.
func TestCSDPointsToThePublishedDataFlowDrawing(t *testing.T) {
	const link = "[views/data-flows.svg](views/data-flows.svg)"
	read := buildFixture(t, "smartapp")
	if read("sepsisguard/views/data-flows.svg") == "" {
		t.Fatal("smartapp publishes no views/data-flows.svg")
	}
	kindtest.SaysAll(t, "smartapp CSD of 3.0", read("sepsisguard/csd.md"),
		"This document includes no diagram. The MDS2 form answers that Veridane Health, Inc. provides a network or data-flow diagram (DOC-10); the threat model's data-flow diagram of version `3.0`, with its trust boundaries, is published beside this document: "+link+".")
	kindtest.SaysAll(t, "smartapp CSD of 3.0 (HTML)", read("sepsisguard/csd.html"), `href="views/data-flows.svg"`)
	kindtest.SaysNone(t, "smartapp CSD of 3.0", read("sepsisguard/csd.md"), "diagram (DOC-10); it is not part of this document")
	old := read("sepsisguard/2.3/csd.md")
	kindtest.SaysAll(t, "smartapp CSD of 2.3", old,
		"This document includes no diagram. The MDS2 form answers that Veridane Health, Inc. provides a network or data-flow diagram (DOC-10); it is not part of this document, so ask Veridane Health, Inc. for it.")
	kindtest.SaysNone(t, "smartapp CSD of 2.3", old, "data-flows.svg")

	w := buildFixture(t, "withdrawn")
	kindtest.SaysAll(t, "withdrawn CSD of 3.1.1", w("sonabeat/csd.md"),
		"This document includes no diagram. The threat model's data-flow diagram of version `3.1.1`, with its trust boundaries, is published beside this document: "+link+".")
	// 3.0.0's parts and flows are drawn as 3.1.1's: the drawing is its too.
	kindtest.SaysAll(t, "withdrawn CSD of 3.0.0", w("sonabeat/3.0.0/csd.md"),
		"This document includes no diagram. The threat model's data-flow diagram of version `3.1.1` (the drawing of version `3.0.0` is the same), with its trust boundaries, is published in the product's folder: [views/data-flows.svg](../views/data-flows.svg).")
}
