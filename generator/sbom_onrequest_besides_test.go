package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOnRequestBesidesFilesNotCalledTheSBOM: homecpap publishes 6.0's
// SBOM file, and sbom.on_request says what else is given on request:
// "Firmware 5.1 was released before Somnara produced SBOMs: DME suppliers
// obtain its component list ...". The documents of 5.1, which has no file
// of its own, had put "The SBOM is available to customers on request."
// before it, which the text itself denies; they now quote it as what is
// available on request. A product with no file anywhere keeps the SBOM
// sentence (TestMDS2SBOMOnRequest, the ventilator's note).
func TestOnRequestBesidesFilesNotCalledTheSBOM(t *testing.T) {
	read := buildFixture(t, "homecpap")
	const text = "Firmware 5.1 was released before Somnara produced SBOMs"
	for _, f := range []string{"dreamair/lifecycle.md", "dreamair/5.1/csd.md", "dreamair/5.1/mds2.md"} {
		md := read(f)
		kindtest.SaysAll(t, f, md, "Available to customers on request: "+text)
		kindtest.SaysNone(t, f, md, "The SBOM is available to customers on request. "+text, "it is available to customers on request. "+text)
	}
	mds2 := read("dreamair/5.1/mds2.md")
	kindtest.SaysAll(t, "5.1/mds2.md", mds2, "No SBOM file of this version is published. Available to customers on request: "+text,
		"says what is available to customers on request") // SBOM-1's reason, beside the note
	kindtest.SaysNone(t, "5.1/mds2.md", mds2, "says the SBOM is available to customers on request")
}
