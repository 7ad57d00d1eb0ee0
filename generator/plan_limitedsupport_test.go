package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanLimitedSupportSaysWhichNotice: the monitoring plan's stage
// table said 3.4's support "is limited to the commitments of 11.2 Notice
// commitments", which promise only notice lead times, while no notice
// announces 3.4's remaining maintenance (its only notice is a security
// advisory). The row now says no such notice in the product data issued
// by the plan's date states it, and names the notice where one does (the AED's 2.1).
func TestPlanLimitedSupportSaysWhichNotice(t *testing.T) {
	const old = "support is limited to the commitments of [11.2 Notice commitments]"
	const means = "| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that an end-of-life or end-of-support notice about the version states (what such a notice covers: [11.2 Notice commitments](#11-2-notice-commitments)). |"
	// The monitoring fixture's 3.4 with its end-of-support notice taken
	// out: no notice states what remains; with it, the notice does.
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", monitoringWithoutEOS34(t))
	mon := files["sentinel-pm/security-plan.md"]
	kindtest.SaysAll(t, "monitoring security-plan.md", mon,
		means+" 3.4 (remaining maintenance not stated: no end-of-life or end-of-support notice in the product data issued by 2026-01-19 states it) |")
	kindtest.SaysNoneBecause(t, "monitoring security-plan.md", mon, "11.2 promises lead times, not what remains", old)
	kindtest.SaysAll(t, "monitoring security-plan.md", buildFixture(t, "monitoring")("sentinel-pm/security-plan.md"),
		means+" 3.4 (remaining maintenance as notice VMS-EOS-2024-01, issued 2024-06-03, states it) |")
	aed := buildFixture(t, "aed")("lifeguard/security-plan.md")
	kindtest.SaysAll(t, "aed security-plan.md", aed, means+" 2.1 (remaining maintenance as notice BW-LG-EOL-21, issued 2025-04-01, states it) |")
	kindtest.SaysNone(t, "aed security-plan.md", aed, old, "2.1 (remaining maintenance not stated")
	// A version whose security updates stopped keeps that note beside it.
	kindtest.SaysAll(t, "octimaging security-plan.md", buildFixture(t, "octimaging")("lumis-oct/security-plan.md"),
		"| 4.2 (security updates stopped on 2026-10-13; remaining maintenance as notice AUR-LUM-EOS-42, issued 2025-06-30, states it) |")
}
