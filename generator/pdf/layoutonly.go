package pdf

import "github.com/jspgen/jspgen/generator/markdown"

// layout runs Render on doc except for the last step, fpdf writing the
// file: every layout pass, the drawing calls on fpdf and the check that the
// drawing pass agrees with the measuring passes, but no font subsetting,
// embedding or compression. Those cost most of a render of a short
// document and do not depend on its layout, so FuzzLayout runs this: it
// tries far more documents a minute than full renders would, while
// TestRenderFuzzSeeds renders its seeds whole.
func layout(doc *markdown.Document, meta Meta) (warnings []string, err error) {
	_, warnings, err = renderDocument(doc, meta, true)
	return warnings, err
}
