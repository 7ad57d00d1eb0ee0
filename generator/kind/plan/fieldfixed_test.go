package plan

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanFixTimelinesFieldFixedPart: for a device part whose software is
// never updated once made (field_updatable = false), the plan's fix
// timelines say that a fix reaches only the units made afterwards; the
// example as shipped, whose pump does not say, keeps them as they were.
func TestPlanFixTimelinesFieldFixedPart(t *testing.T) {
	const clause = "; for the Halcyon LVP-7 pump, a fix reaches only the units made afterwards, as a unit's software is never updated after manufacture"
	md := renderPlanEdited(t, kindtest.Replace("id = \"pump\"\nname = \"Halcyon LVP-7 pump\"\nruns = \"device\"\n", "id = \"pump\"\nname = \"Halcyon LVP-7 pump\"\nruns = \"device\"\nfield_updatable = false\n"))
	kindtest.SaysAll(t, "plan", md,
		"| Vulnerability with a controlled risk | Fixed in a regular release within 90 days"+clause+" |",
		"Out-of-cycle fix released within 30 days"+clause+" |",
	)
	md = renderPlanEdited(t, nil)
	kindtest.SaysNone(t, "plan as shipped", md, clause)
}
