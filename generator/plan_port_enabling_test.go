package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSaysNotWhoEnablesAPort: a port off as shipped "can be enabled
// by an authorised user", the plan said, though no port or setting field
// states who may enable it (the surgicalrobot's HL7 port 2575: its one
// setting with a changed_by is the log upload). It now says only that
// the port can be enabled, as the CSD's key facts do.
func TestPlanSaysNotWhoEnablesAPort(t *testing.T) {
	plan := buildFixture(t, "surgicalrobot")("vantis/security-plan.md")
	kindtest.SaysAll(t, "the surgicalrobot plan", plan, "listen on no port; 2575/TCP (Hospital-network gateway) can be enabled.")
	kindtest.SaysNone(t, "the surgicalrobot plan", plan, "authorised user")
}
