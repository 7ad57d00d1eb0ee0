package estar

// withoutReport says why the risk report does not answer a row the plan
// answers in its place: it is not built, or was first issued after the
// cross-reference. A row named after the report, or one the report's
// matrix would answer, must not read as the report being provided.
func withoutReport(r Link) string {
	if r.built {
		return "The " + report + " was first issued on " + r.later.Long() + ", after this cross-reference; the " + plan + " answers in its place."
	}
	return "No separate " + report + " is built for this product; the " + plan + " answers in its place."
}

// planTraces is what the plan's sections trace, where the report's
// traceability matrix is not available: the sections the traceability
// row then links, in the order of the chain.
const planTraces = "The plan traces each threat to its controls (4.7), each control to its requirements and the threats it mitigates (7), and each requirement to the activities that verify it and the controls that implement it (6.1)."
