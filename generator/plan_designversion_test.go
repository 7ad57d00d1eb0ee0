package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanDesignSaysItsVersion: the TV-300 plan's 6.4 said "Every network
// port the device listens on (inbound) or connects to (outbound)" beside
// 5.2's ports only, while the plan covers 5.0 and 5.1 too, which still
// have port 2575 (plain HL7) that 5.2 removed. Section 6 now says which
// version 6.3 to 6.6 describe, names the versions that differ and in
// what, and points to their CSDs; a plan whose versions share one design
// says nothing of the kind.
func TestPlanDesignSaysItsVersion(t *testing.T) {
	const doc = "tv300/security-plan.md"
	plan := buildFixture(t, "modelfamily")(doc)
	kindtest.SaysAll(t, doc, plan,
		"The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `5.2`, the current version on 15 May 2026. Other versions that this plan covers differ from it: version `5.0` in its network ports and data flows; version `5.1` in its interfaces, network ports and data flows. The customer security documentation of [version 5.0](5.0/csd.html) and [version 5.1](5.1/csd.html) describes each of those versions' own.",
		"Every network port the device listens on (inbound) or connects to (outbound) in version `5.2`, per interface.",
		"Every physical and logical interface of the device, as shipped in version `5.2`.")
	kindtest.SaysNoneBecause(t, doc, plan, "5.0's port 2575 is not among 5.2's", "Every network port the device listens on (inbound) or connects to (outbound), per interface.")
	// One design across the versions: no version named.
	w := buildFixture(t, "withdrawn")("sonabeat/security-plan.md")
	kindtest.SaysNone(t, "withdrawn security-plan.md", w, "Sections 6.3 to 6.6 describe version", "sections 6.3 to 6.6, describe version", "(outbound) in version")
}
