package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLinacMultiPatientHarmDrawsThePlans: the linac fixture's hospital
// treatment planning system (flow_endpoints zone customer_infrastructure)
// sends RT plans (configuration) to the Treatment Management Server on
// DF-01, the path of the critical threat T-01; one planning system serves
// every linac of a department. The multi-patient harm view, whose caption
// draws the flows in which a system hosted by the customer sends
// configuration toward the product's parts, drew only the Service
// Centre's DF-08: a sender in the customer's infrastructure was never
// considered.
func TestLinacMultiPatientHarmDrawsThePlans(t *testing.T) {
	read := buildFixture(t, "linac")
	view := section(t, read("solstra-lx/security-plan.md"), "#### 6.2.2 ", "#### 6.2.3 ")
	kindtest.SaysAll(t, "security-plan.md 6.2.2", view,
		"Customer infrastructure: Treatment planning system.",
		"DF-01: Treatment planning system to Solstra Treatment Management Server (PHI, PII, Configuration).",
		"| DF-01 | Treatment planning system | Solstra Treatment Management Server |",
		"| DF-08 | Norrvik Service Centre | Solstra Treatment Management Server |",
		"a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software")
}
