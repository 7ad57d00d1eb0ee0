package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanFixReleasedNamesOtherVersion: in 9.10, the row of a version
// still affected printed the date its fix came out in another version
// bare, which read as that version's own fix; the row names the version
// the fix is in. The row of the version that has the fix keeps the bare
// date.
func TestPlanFixReleasedNamesOtherVersion(t *testing.T) {
	md := renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md,
		"| CVE-2024-6119 | 4.1.0 | openssl 3.0.8 | Affected | 7.5 High (v3.1) | No known exploit | Controlled | 2024-09-03 | 2025-05-12 (in version 4.2.1) |",
		"| CVE-2024-6119 | 4.2.1 | openssl 3.0.16 | Fixed | 7.5 High (v3.1) | No known exploit | Does not apply | 2024-09-03 | 2025-05-12 |")
	kindtest.SaysNone(t, "plan", md, "| 2024-09-03 | 2025-05-12 (in version 4.2.1) |\n| CVE-2024-6119 | 4.2.1")
}
