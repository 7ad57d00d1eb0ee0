package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDNamesTheMDS2FormOfItsVersion: the CSD said it "is published
// with the MDS2 form … of the same release", but which form covers its
// version is the build's to say. The anaesthesia workstation's form at
// mds2.* covers 3.0.0 (mds2.versions) and 3.1.0 has its own, so the
// current CSD, about 3.1.0, pointed to a form of another version; it now
// links the form of its own version, wherever it is. The surgical
// robot's 5.2 has no SBOM file of its own (6.0's list stands in): its
// CSD said it was published with the SBOM of the same release.
func TestCSDNamesTheMDS2FormOfItsVersion(t *testing.T) {
	const sbom = "and the machine-readable software bill of materials (SBOM) of the same release."
	aw := buildFixture(t, "anaesthesia")
	kindtest.SaysAll(t, "aw500/csd.md (3.1.0)", aw("aw500/csd.md"), "It is published with [the MDS2 form](3.1.0/mds2.html) that covers version `3.1.0` "+sbom)
	kindtest.SaysAll(t, "aw500/3.0.0/csd.md", aw("aw500/3.0.0/csd.md"), "It is published with [the MDS2 form](../mds2.html) that covers version `3.0.0` "+sbom)
	kindtest.SaysNoneBecause(t, "aw500/csd.md (3.1.0)", aw("aw500/csd.md"), "the form at mds2.* covers 3.0.0", "published with the MDS2 form of the same release", "](mds2.html) of version `3.1.0`")

	sr := buildFixture(t, "surgicalrobot")
	kindtest.SaysAll(t, "vantis/5.2/csd.md", sr("vantis/5.2/csd.md"), "It is published with [the MDS2 form](mds2.html) that covers version `5.2`. Lifecycle statements")
	kindtest.SaysNoneBecause(t, "vantis/5.2/csd.md", sr("vantis/5.2/csd.md"), "5.2 has no SBOM file of its own", sbom)
	kindtest.SaysAll(t, "vantis/csd.md (6.0)", sr("vantis/csd.md"), "It is published with [the MDS2 form](mds2.html) that covers version `6.0` "+sbom)
}
