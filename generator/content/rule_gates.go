package content

import "slices"

// A review rule warns only where a built document prints what it
// checks: a product that builds only an MDS2 form, or only the security
// plan, is not asked to mend facts no document of its prints.

// producesAny reports whether the build writes at least one of docs for
// the product (Produces: the risk report and the eSTAR cross-reference
// only with their document control).
func producesAny(p *Product, docs ...string) bool {
	return slices.ContainsFunc(docs, p.Produces)
}
