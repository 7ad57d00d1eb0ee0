package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanFixReleasedInALaterVersion: a vulnerability only in 3.4 of the
// monitoring system, fixed in 4.0, which was generally available on
// 2024-06-03, long before the plan (2026-01-19). The plan's vulnerability
// table gave "–" in its "Fix released" column, as for a vulnerability
// with no fix; it gives the date the fix came out, 4.0's general
// availability (vuln.Set.FixOut), and names 4.0, since the fix is not in
// the row's version. A fix said released without a version
// or a date is "Released (date not stated)", not "–" nor "Not stated"
// (which reads as whether it is released not being stated); the advisory's CVE, whose fix is
// planned in 4.0.1 (not released on the plan's date), keeps "–".
func TestPlanFixReleasedInALaterVersion(t *testing.T) {
	const vulns = `[[vulnerabilities]]
id = "CVE-2024-99001"
title = "HL7 parser overflow"
components = [{ name = "HAPI HL7v2", version = "2.3" }]
versions = ["3.4"]
status = "affected"
cvss = "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L"
exploitability = "not_known"
risk = "controlled"
remediation = "Upgrade to 4.0."
fixed_in = "4.0"
discovered = 2024-01-10
disclosed = 2024-01-10

[[vulnerabilities]]
id = "CVE-2024-99002"
title = "HL7 parser leak"
components = [{ name = "HAPI HL7v2", version = "2.3" }]
versions = ["3.4"]
status = "affected"
fix = "released"
cvss = "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"
exploitability = "not_known"
risk = "controlled"
remediation = "Apply the HAPI hotfix Vantor provides on request."
discovered = 2024-01-11
disclosed = 2024-01-11

[[vulnerabilities]]
id = "CVE-2025-67410"`
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", kindtest.Replace("[[vulnerabilities]]\nid = \"CVE-2025-67410\"", vulns))
	plan := files["sentinel-pm/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| CVE-2024-99001 | 3.4 | HAPI HL7v2 2.3 | Affected | ",
		" | 2024-01-10 | 2024-06-03 (in version 4.0) |",
		" | 2024-01-11 | Released (date not stated) |",
		" | 2025-12-15 | – |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "a fix released in 4.0 shown as none", " | 2024-01-10 | – |", " | 2024-01-11 | – |")
}
