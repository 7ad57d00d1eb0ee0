package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestHybridhostedRelatedPartsNotHosts (hybridhosted review, findings 3
// and 4): the MDS2 form's bases said the SaMD runs on a "cloud machine"
// that only its registry and licence server, related systems hosted by
// the manufacturer, run on; and its SBOM note gave those systems
// "versions of their own", which the data do not list.
func TestHybridhostedRelatedPartsNotHosts(t *testing.T) {
	out := buildFixture(t, "hybridhosted")
	for _, rel := range []string{"ossiva-hx/mds2.md", "ossiva-hx/2.2/mds2.md"} {
		md := out(rel)
		kindtest.SaysAll(t, rel, md,
			"those of the server, virtual machine or cloud provider's machine it runs on",
			"parts of the product that are related systems; their SBOMs are not stated.")
		kindtest.SaysNone(t, rel, md, "cloud machine it runs on", "versions of their own")
	}
}
