package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
	"github.com/jspgen/jspgen/generator/kind"
)

// drawing is a drawing of the product's data flows the site publishes
// (views/, in the product's folder): what it is, its file, and the
// version whose flows it draws.
type drawing struct{ what, file, of string }

// publishedDrawing is the drawing of the data flows the site publishes,
// as kind.BuiltOf picks it: the risk report's data-flow diagram, else
// the security plan's global system view. A form of a version other than
// the one drawn (the navcart's 3.0 form beside its 3.2 plan) derives no
// DOC-10 Yes from it: the drawing is not of its version, and that
// version's CSD does not link it (kind.Built.For).
func (f *mds2Facts) publishedDrawing() (drawing, bool) {
	switch {
	case len(f.p.DataFlows) == 0:
		return drawing{}, false
	case f.p.Produces("risk_report"):
		c := f.p.Documents.RiskReport
		return drawing{"the risk report's data-flow diagram", "views/data-flows.svg", f.drawnVersion(c.DocumentControl, c.Version)}, true
	case f.p.Produces("security_plan") && diagram.DrawsView(f.p.Product, "global_system"):
		return drawing{"the security plan's global system view", "views/global-system.svg", f.drawnVersion(f.p.Documents.SecurityPlan, "")}, true
	}
	return drawing{}, false
}

// drawnVersion is the version a drawing is of: the version the document
// drawing it is about (about, a risk report's
// documents.risk_report.version), else the version current on that
// document's release date (kind.Built.DataFlowOf).
func (f *mds2Facts) drawnVersion(c content.DocumentControl, about string) string {
	if about != "" {
		return about
	}
	if v := f.p.DescribedVersion(kind.Released(c, f.env.AsOf)); v != nil {
		return v.Version
	}
	return ""
}

// ofAnotherVersion reports whether d draws a version other than the one
// whose facts the form answers from, and differently. Facts of no
// version (a product without versions, or one built by hand in a test)
// have only the one drawing.
func (f *mds2Facts) ofAnotherVersion(d drawing) bool {
	if f.p.VersionOf == "" || d.of == f.p.VersionOf {
		return false
	}
	// A version whose drawing would come out the same (two firmware
	// versions whose changes touch no part, flow or zone) is drawn too:
	// both read from the product as written, as kind.NewProduct does.
	if f.env == nil || f.env.Content == nil {
		return true
	}
	for _, raw := range f.env.Content.Products {
		if raw.ID == f.p.ID {
			return !diagram.SameDrawing(raw.At(d.of), raw.At(f.p.VersionOf), d.file)
		}
	}
	return true
}

// otherVersionDrawing says, for a DOC-10 left without an answer, that
// the drawing the site publishes is of another version: why this form
// does not derive the Yes that form derives.
func (f *mds2Facts) otherVersionDrawing(id string) string {
	d, ok := f.publishedDrawing()
	if id != "DOC-10" || !ok || !f.ofAnotherVersion(d) {
		return ""
	}
	return fmt.Sprintf("%s, which the site publishes as %s%s, draws the data flows of version %s, not of version %s, so this form does not derive Yes from it: answer whether a diagram of version %s is provided",
		d.what, f.up, d.file, d.of, f.p.VersionOf, f.p.VersionOf)
}

// formUp is the path from the folder of the form of p up to the product's
// folder, where the site publishes the drawings (views/): "" for the
// product's own form (mds2.md), "../" for the form of another version
// (<version>/mds2.md), whose document control withVersionControl
// numbers apart from the product's (all is the product as built).
func formUp(p, all kind.Product) string {
	if p.Documents.MDS2.ID != all.Documents.MDS2.ID {
		return "../"
	}
	return ""
}
