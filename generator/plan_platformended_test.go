package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanNamesEveryEndedPlatformVersion: the dental imaging plan's 11.1
// said only that Windows 11 Pro 24H2's support ends within twelve months
// for version 3.0, while Windows 10 Pro 22H2 (ended 14 October 2025) and
// Windows 11 Pro 23H2 (ended 11 November 2025), on which 3.0 also runs,
// were past their vendor's end of support on the plan's date (3.0's CSD
// names them). The plan and the lifecycle page now name them.
func TestPlanNamesEveryEndedPlatformVersion(t *testing.T) {
	for _, fixture := range []string{"dentalxray", "marketsplit"} {
		read := buildFixture(t, fixture)
		plan := read("dentasense/security-plan.md")
		kindtest.SaysAll(t, fixture+" security-plan.md", plan,
			"For version `3.0`, vendor support has ended for Windows 10 Pro 22H2 (14 October 2025) and Windows 11 Pro 23H2 (11 November 2025): a customer running the version on one of them runs it on a platform whose vendor no longer supports it for every customer. For version `3.0`, vendor support of Windows 11 Pro 24H2 (13 October 2026) ends within twelve months of 2 March 2026.")
		kindtest.SaysNoneBecause(t, fixture+" security-plan.md", plan, "the ended platform versions left out",
			"\n\nFor version `3.0`, vendor support of Windows 11 Pro 24H2 (13 October 2026) ends within twelve months of 2 March 2026.")
		kindtest.SaysAll(t, fixture+" lifecycle.md", read("dentasense/lifecycle.md"),
			"Vendor support has ended for Windows 10 Pro 22H2 (14 October 2025) and Windows 11 Pro 23H2 (11 November 2025): a customer running the version on one of them runs it on a platform whose vendor no longer supports it for every customer. Vendor support of Windows 11 Pro 24H2 (13 October 2026) ends within twelve months of 2 March 2026.")
	}
}
