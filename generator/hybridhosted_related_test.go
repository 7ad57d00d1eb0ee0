package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestHybridhostedRelatedPartsNotHosts (hybridhosted review, findings 3
// and 4): the MDS2 form's bases said the SaMD runs on a "cloud machine"
// that only its registry and licence server, related systems hosted by
// the manufacturer, run on; and its SBOM note gave those systems
// "versions of their own", which the data do not list. The note called
// them "parts of the product that are related systems" where the
// DOC-11.3 basis says they are not the SaMD (review 89, finding 2): it
// now says both, that they are systems the device relies on, not the
// device itself, which the data list among the product's parts.
func TestHybridhostedRelatedPartsNotHosts(t *testing.T) {
	out := buildFixture(t, "hybridhosted")
	for _, rel := range []string{"ossiva-hx/mds2.md", "ossiva-hx/2.2/mds2.md"} {
		md := out(rel)
		kindtest.SaysAll(t, rel, md,
			"those of the server, virtual machine or cloud provider's machine it runs on",
			"the Ossiva container registry and the Ossiva licence server, systems that the device relies on but that are not the device itself, though the product data list them among the product's parts; their SBOMs are not stated.",
			"but the related systems' (related\\_systems\\[\\].part), which are not the SaMD.")
		kindtest.SaysNone(t, rel, md, "cloud machine it runs on", "versions of their own", "parts of the product that are related systems")
	}
}
