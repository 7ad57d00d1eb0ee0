package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFixedFirmwareFixesReachNewUnitsOnly: the ThermaLink patch's
// firmware is never updated once a patch is made (field_updatable =
// false). The lifecycle page's Support and End of Support rows, and the
// CSD's key facts and update timelines, once promised the product-wide
// security updates and fix timelines to the patch too, and advised
// upgrading it; they now say that for the patch a fix reaches only the
// units made afterwards, that a unit keeps its software, and that the
// units with software 1.0 are replaced (every path from 1.0 replaces
// them; TestLifecycleFieldEnd).
func TestFixedFirmwareFixesReachNewUnitsOnly(t *testing.T) {
	read := buildFixture(t, "fixedfw")
	const why = "the patch's firmware is never updated: a fix reaches only the patches made afterwards"
	lc := read("thermalink/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 30 days. For the ThermaLink patch, a fix reaches only the units made afterwards: a unit's software is never updated after manufacture. Patching of the ThermaLink bedside gateway: The hospital's biomedical engineering staff install each gateway firmware release Corriston sends, as a signed package from a USB drive. |",
		// every path from 1.0 replaces the P1 patches; 2.0 has no notice yet, so whether its patches are replaced is not decided
		"should move to a supported version, or replace or isolate the device. The software of the ThermaLink patch is never updated after manufacture: a unit keeps the software it was made with. Units of the ThermaLink patch with software `1.0` are to be replaced, not upgraded, as every upgrade path from that version replaces them. |",
	)
	kindtest.SaysNoneBecause(t, "lifecycle.md", lc, why,
		"a fix for an uncontrolled risk released within 30 days. |",
		"should move to a supported version, or replace or isolate the device. |",
	)
	csd := read("thermalink/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Fixes for uncontrolled risks released within 30 days. For the ThermaLink patch, a fix reaches only the units made afterwards: a unit's software is never updated after manufacture. The responsibility table below gives the patching of the ThermaLink bedside gateway. [6. Software updates]",
		"| Vulnerability whose risk is controlled | Fixed in a regular release within 90 days; for the ThermaLink patch, a fix reaches only the units made afterwards, as a unit's software is never updated after manufacture |",
		"fix released within 30 days; for the ThermaLink patch, a fix reaches only the units made afterwards, as a unit's software is never updated after manufacture |",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, why,
		"Fixes for uncontrolled risks released within 30 days. [6. Software updates]",
		"Fixed in a regular release within 90 days |",
		"fix released within 30 days |",
	)
	// The gateway can be updated: only the patch is named.
	kindtest.SaysNone(t, "csd.md", csd, "For the ThermaLink bedside gateway, a fix")
}
