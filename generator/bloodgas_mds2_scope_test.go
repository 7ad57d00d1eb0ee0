package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestBloodgasMDS2NamesPOCManager (bloodgas review, findings 8 and 9):
// the form's answers describe Orvyn POC Manager too, a part of the
// product that is a related system with versions of its own, yet
// JSP-VER named the firmware version alone, and SBOM-1 said Yes from the
// firmware SBOM with no note that POC Manager's SBOM is not stated (the
// CSD says so). JSP-VER now names the POC Manager version that works
// with the form's version, and SBOM-1 gets a note.
func TestBloodgasMDS2NamesPOCManager(t *testing.T) {
	out := buildFixture(t, "bloodgas")
	for _, rel := range []string{"orvyn-bg2/mds2.md", "orvyn-bg2/4.8/mds2.md"} {
		kindtest.SaysAll(t, rel, out(rel),
			"), with Orvyn POC Manager 3.2 |",
			"The published SBOM does not list the software of Orvyn POC Manager, a system with versions of its own that the device relies on but that is not the device itself, though the product data list it among the product's parts; its SBOM is not stated.")
	}
}
