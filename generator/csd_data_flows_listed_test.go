package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDDataFlowsAreThoseListed: section 2.1 called its table "Every flow
// of data" to, from and inside the device (modelfamily) or between the
// parts of the product and the systems around them (monitoring), while
// ports with endpoints exist that no flow lists: the document cannot
// know that the data lists every flow. It now says they are the flows the
// manufacturer lists; with none listed, it names no list.
func TestCSDDataFlowsAreThoseListed(t *testing.T) {
	for _, c := range []struct{ fixture, rel, want string }{
		{"modelfamily", "tv300/csd.md", "The data flows Tamsin Vital Systems Oy lists to, from and inside the device, with their protection."},
		{"monitoring", "sentinel-pm/csd.md", "The data flows Vantor Medical Systems, Inc. lists between the parts of the product and the systems around them, with their protection."},
		{"healthit", "resultroute/csd.md", "The data flows Ardent Clinical Systems, Inc. lists between the parts of the product and the systems around them, with their protection."},
		{"workstation", "viewpoint-rw/csd.md", "### 2.1 Data in transit\n\nThe data flows to, from and inside the device, with their protection."},
	} {
		csd := buildFixture(t, c.fixture)(c.rel)
		kindtest.SaysAll(t, c.fixture+" "+c.rel, csd, c.want)
		kindtest.SaysNoneBecause(t, c.fixture+" "+c.rel, csd, "the data need not list every flow", "Every flow of data")
	}
	// With none listed but ports that state their protection, it points
	// to them (TestNonusDataInTransitPointsToThePorts).
	kindtest.SaysAll(t, "workstation csd.md", buildFixture(t, "workstation")("viewpoint-rw/csd.md"), "with their protection. The interfaces are described in [3. Interfaces and network ports](#3-interfaces-and-network-ports).\n\nNo data flows are listed, so the protection of data in transit is not given flow by flow")
}
