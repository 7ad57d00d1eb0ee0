package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestBloodgasRelatedPartIsAPart: Orvyn POC Manager is a [[parts]] entry
// that its related system names. The plan's global view and every SVG
// legend call it a part of the product (they said "not part of the
// product" while the CSD calls it one), the plan's scope names it and
// says its coverage is not stated, 9.11 says its interfaces and ports are
// not stated (no table lists any), and the CSD's 4.5 does not tell the
// hospital to keep it on a working version, which nothing in the data
// says it does.
func TestBloodgasRelatedPartIsAPart(t *testing.T) {
	read := buildFixture(t, "bloodgas")
	plan := read("orvyn-bg2/security-plan.md")
	kindtest.SaysAll(t, "plan", plan,
		"The drawing shows every part of the product (among them Orvyn POC Manager, a related system of the manufacturer's), every system of the customer's own that the product relies on,",
		"The product also includes Orvyn POC Manager, on a server the customer hosts; [9.11 Related systems](#9-11-related-systems) describes it as a related system, and whether this plan's monitoring, disclosure and patching processes cover it is not stated.",
		"| Part | Orvyn POC Manager (its interfaces and ports are not stated) |")
	kindtest.SaysNone(t, "plan", plan, "not part of the product", "in the product's tables")
	for _, f := range []string{"global-system", "multi-patient-harm", "updatability", "use-case-1"} {
		svg := read("orvyn-bg2/views/" + f + ".svg")
		kindtest.SaysAll(t, f+".svg", svg, "Solid box: part of the product.")
		kindtest.SaysNone(t, f+".svg", svg, "related system", "neither part of the product")
	}
	for _, f := range []string{"orvyn-bg2/csd.md", "orvyn-bg2/4.8/csd.md"} {
		csd := read(f)
		kindtest.SaysAll(t, f, csd, "Who keeps it on a version that works with the device's software is not stated.")
		kindtest.SaysNone(t, f, csd, "Keep it on a version", "in the product's tables")
	}
}

// TestBloodgasOlderVersionSharesTheDrawing: firmware 4.8 and 5.1 have the
// same parts and data flows, so the plan's global view of 5.1 is 4.8's
// too: the 4.8 CSD links it instead of telling the hospital to ask Orvyn
// for a diagram the site publishes, and the 4.8 form's DOC-10 agrees with
// it.
func TestBloodgasOlderVersionSharesTheDrawing(t *testing.T) {
	read := buildFixture(t, "bloodgas")
	csd := read("orvyn-bg2/4.8/csd.md")
	kindtest.SaysAll(t, "4.8 CSD", csd,
		"the security plan's global system view of version `5.1` (the drawing of version `4.8` is the same), which draws data flows in their trust zones, is published in the product's folder: [views/global-system.svg](../views/global-system.svg).")
	kindtest.SaysNone(t, "4.8 CSD", csd, "so ask Orvyn Diagnostics Inc. for it")
	kindtest.SaysAll(t, "4.8 MDS2", read("orvyn-bg2/4.8/mds2.md"),
		"| DOC-10 | Yes | The manufacturer's answer; the product data agree: data\\_flows is drawn as the security plan's global system view, which the site publishes as ../views/global-system.svg. |")
}
