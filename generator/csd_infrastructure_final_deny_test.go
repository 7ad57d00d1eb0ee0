package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDFinalDenyIsNotForTheCustomersInfrastructure: DoseWise's CSD told
// the hospital to apply the rules at the boundary of the segments that
// hold the parts "and deny the rest", and its rule 3 names the clinical
// workstations (a part in the hospital's own infrastructure) as its
// From: read literally, the final deny cut the workstations off from the
// EHR and everything else they do. A rule naming such a part now says
// it is among the hospital's own rules there and that the final deny is
// not for that infrastructure's other traffic; the pump, whose rules
// name no such part, says nothing of it.
func TestCSDFinalDenyIsNotForTheCustomersInfrastructure(t *testing.T) {
	files := buildExampleSite(t, nil)
	kindtest.SaysAll(t, "dosewise/csd.md", files["dosewise/csd.md"],
		"Rule 3 names the Clinical workstations, part of the hospital's own infrastructure, which may serve more than the product: it belongs among the hospital's own rules there, and the final deny is not for that infrastructure's other traffic.")
	kindtest.SaysNoneBecause(t, "halcyon-lvp7/csd.md", files["halcyon-lvp7/csd.md"], "no rule of the pump names a part in the hospital's infrastructure",
		"own infrastructure, which may serve more than the product")
}
