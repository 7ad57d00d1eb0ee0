package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanUnstatedPortsOfParts: 6.4 of the wheelchair controller, whose
// own interfaces are Bluetooth to its app and a USB-C port, said "The
// network ports the device opens or connects to are not stated", when
// the only interface that can have one is its app's on the patient's
// phone; the CSD says the ports of the product's parts are not stated,
// and so does the plan now. A product of one part still speaks of the
// device.
func TestPlanUnstatedPortsOfParts(t *testing.T) {
	const (
		parts  = "The network ports the product's parts open or connect to are not stated."
		device = "The network ports the device opens or connects to are not stated."
	)
	for _, tc := range []struct {
		fixture, id string
		says, never string
	}{
		{"wheelchair", "velo", parts, device},
		{"sbomvex", "pumpbridge", device, parts},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			md := renderFixturePlanEdited(t, tc.fixture, tc.id, func(*kind.Product) {})
			kindtest.SaysAll(t, tc.id+"/security-plan.md", md, tc.says)
			kindtest.SaysNone(t, tc.id+"/security-plan.md", md, tc.never)
		})
	}
}
