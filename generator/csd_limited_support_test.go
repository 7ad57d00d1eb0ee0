package generator

import (
	"os"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDLimitedSupportGivesTheNoticesMaintenance: version 4.1.0 of the
// pump has been in Limited Support since its end of life (2025-09-30);
// its end-of-life notice states what it still gets. Its CSD's key facts
// and update timelines gave the product-wide cycle ("Maintenance release
// (4.2.x) whenever a vulnerability fix for 4.2.1 is due … Critical fixes
// within 30 days") as if it were 4.1.0's. They now give the notice's
// maintenance first and the cycle as the supported versions'. The current
// version's CSD, and that of a version in Limited Support that no notice
// states the maintenance of (monitoring 3.4), keep the cycle alone.
func TestCSDLimitedSupportGivesTheNoticesMaintenance(t *testing.T) {
	const row = "| Software updates | Limited support since 2025-09-30 (notice MIS-LVP7-EOL-410) | What version `4.1.0` gets, as the notice states: From the end of life until the end of guaranteed support, Meridian fixes vulnerabilities rated High or Critical in 4.1.0"
	const timelines = "**Update timelines.** Version `4.1.0` has been in limited support since 30 September 2025: it gets what notice MIS-LVP7-EOL-410 states,"
	old, err := os.ReadFile("../golden/halcyon-lvp7/4.1.0/csd.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "4.1.0/csd.md", string(old), row, timelines, "For versions in support: As needed, no fixed calendar.")
	cur, err := os.ReadFile("../golden/halcyon-lvp7/csd.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysNoneBecause(t, "csd.md", string(cur), "4.2.1 is in Support", "Limited support since", "has been in limited support")

	// Monitoring's 3.4 is in Limited Support with no notice stating its
	// maintenance: its CSD keeps the cycle and names no notice.
	mon := buildFixture(t, "monitoring")("sentinel-pm/3.4/csd.md")
	kindtest.SaysNoneBecause(t, "monitoring 3.4/csd.md", mon, "no notice states 3.4's maintenance", "Limited support since", "has been in limited support")
}
