package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanEndOfSupportNoVersionSupported: where every version's support
// has ended (legacy: 2.4.0 and 2.6.0), the plan's End of Support stage
// told the customer to "move to a supported version", of which there is
// none; like the lifecycle page, it now says to replace or isolate the
// device, as no version of it is supported any more.
func TestPlanEndOfSupportNoVersionSupported(t *testing.T) {
	plan := buildFixture(t, "legacy")("vigil-cs/security-plan.md")
	kindtest.SaysAll(t, "legacy security-plan.md", plan,
		"The customer should replace or isolate the device, as no version of it is supported any more. | 2.4.0, 2.6.0 |")
	kindtest.SaysNone(t, "legacy security-plan.md", plan, "should move to a supported version")
}
