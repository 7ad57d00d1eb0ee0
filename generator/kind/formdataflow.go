package kind

import "github.com/jspgen/jspgen/generator/content"

// FormDrawsDataFlow reports whether the MDS2 form of the version b.DataFlow
// is of derives its DOC-10 Yes (a diagram of the data flows is provided)
// from that drawing, so that a CSD linking the drawing says the form's
// answer too, which content.Product.MDS2Answered, the manufacturer's own
// answers alone, does not see. The form answers from the newest version it
// covers and derives the Yes only from a drawing of that version
// (mds2form's publishedDrawing); b is the CSD's (Built.For), which keeps
// the drawing only for a CSD of its version.
func (b Built) FormDrawsDataFlow(p *content.Product) bool {
	if !b.MDS2 || b.DataFlow == "" || p == nil {
		return false
	}
	if b.DataFlowOf == "" {
		return len(p.Versions) == 0 // one form, of the product as it is
	}
	of := b.DataFlowOf
	if b.DataFlowAlso != "" { // the CSD's own version, drawn the same
		of = b.DataFlowAlso
	}
	form, ok := b.MDS2Of[of]
	if !ok {
		return false
	}
	newest := ""
	for _, v := range p.Versions {
		if b.MDS2Of[v.Version] == form {
			newest = v.Version
		}
	}
	return newest == of
}
