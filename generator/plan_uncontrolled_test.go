package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanUncontrolledRiskSaysTheWayOut: the withdrawn fixture's plan
// printed the bold heading "CVE-2025-99001 in version 3.1.0: uncontrolled
// risk." with nothing after it, though the data gives the fix (3.1.1,
// released 2025-03-10), the withdrawal of 3.1.0, a remediation and a
// compensating control; and its table gave CVE-2024-6135's fix date
// (2025-01-20) without saying that the release with it, 3.1.0, was
// withdrawn since (the CSD and VEX send 3.0.0's users to 3.1.1). The
// paragraph now says what the data gives, or plainly what it does not;
// the cell names the withdrawn release and the one to install.
func TestPlanUncontrolledRiskSaysTheWayOut(t *testing.T) {
	const doc = "sonabeat/security-plan.md"
	plan := buildFixture(t, "withdrawn")(doc)
	for _, l := range strings.Split(plan, "\n") {
		if strings.TrimSpace(l) == "**CVE-2025-99001 in version 3.1.0: uncontrolled risk.**" {
			t.Errorf("%s: the uncontrolled risk's heading stands alone: %q", doc, l)
		}
	}
	kindtest.SaysAll(t, doc, plan,
		"**CVE-2025-99001 in version 3.1.0: uncontrolled risk.** Its safety impact is not stated. Version `3.1.0` was withdrawn from the field on 10 March 2025; version `3.1.1` replaced it. Version `3.1.1`, which fixes it, was released on 10 March 2025. Update the probe firmware. Until version `3.1.1`, which fixes it, is installed: Keep the probe switched off when not recording.",
		"| CVE-2024-6135 | 3.0.0 | Zephyr RTOS 3.6.0 | Affected | Not scored | Not stated | Controlled | 2024-07-01 | 2025-01-20 (version 3.1.0, withdrawn 2025-03-10; install 3.1.1) |")
	kindtest.SaysNoneBecause(t, doc, plan, "the fix date of a withdrawn release given alone", "| 2024-07-01 | 2025-01-20 |")

	// With no fix version or controls written, the paragraph says so.
	files, _ := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", kindtest.Replace(`versions = ["3.1.0"]
status = "affected"
risk = "uncontrolled"
discovered = 2025-02-17
fixed_in = "3.1.1"
fixed = 2025-03-10
remediation = "Update the probe firmware."
compensating_controls = ["Keep the probe switched off when not recording."]`, `versions = ["3.1.0"]
status = "affected"
risk = "uncontrolled"
discovered = 2025-02-17
remediation = "Update the probe firmware."
safety_impact = "A missed recording."`))
	kindtest.SaysAll(t, doc+" (no fix written)", files[doc],
		"**CVE-2025-99001 in version 3.1.0: uncontrolled risk.** A missed recording. Version `3.1.0` was withdrawn from the field on 10 March 2025; version `3.1.1` replaced it. No version that fixes it is stated. Update the probe firmware. No compensating controls are stated.")

	// A planned fix whose date the remediation already gives is not said twice.
	mon := buildFixture(t, "monitoring")("sentinel-pm/security-plan.md")
	kindtest.SaysAll(t, "monitoring security-plan.md", mon,
		"The bedside monitor and the central station still sound and show the alarm. Version 4.0.1, planned for release on 9 February 2026, authenticates alarm status messages",
		"Until version `4.0.1`, which is to fix it, is released and installed: Let only the alarm middleware's address reach TCP 6201")
	kindtest.SaysNone(t, "monitoring security-plan.md", mon, "Version `4.0.1`, which is to fix it, is planned for release on 9 February 2026.")
	// A fix released in a later version: its version and date.
	kindtest.SaysAll(t, "transferred security-plan.md", buildFixture(t, "transferred")("orvia-pm/security-plan.md"),
		"**CVE-2026-31877 in version 5.2.0: uncontrolled risk.** A tampered monitor could suppress alarms at the bedside and at the central station. Version `6.0.0`, which fixes it, was released on 1 February 2025. Upgrade to 6.0.0")
}
