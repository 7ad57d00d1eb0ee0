package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanAndCSDCiteTheSameComponentNotice: the legacy workstation's
// Windows Embedded Standard 7 is named by two notices, the end-of-life
// notice MIS-VG-EOL-001 and the newer end-of-support notice
// MIS-VG-EOS-001. The CSD gave the newest notice's concern as the
// component's contingency, the plan the first in the file's order, so the
// two documents cited different notices for one component. Both now use
// one rule (kind.ComponentConcern).
func TestPlanAndCSDCiteTheSameComponentNotice(t *testing.T) {
	read := buildFixture(t, "legacy")
	const row = "| Windows Embedded Standard 7 | 6.1.7601 SP1 | No longer maintained | 2020-10-13 |"
	const cited = "Notice MIS-VG-EOS-001 says: Microsoft ended support of Windows Embedded Standard 7 on 13 October 2020"
	// Both label the concern as the notice's words ("says"), beside the contingency (kind.Remarks).
	kindtest.SaysAll(t, "csd.md", read("vigil-cs/csd.md"), row, cited)
	plan := read("vigil-cs/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, row, cited)
	kindtest.SaysNone(t, "security-plan.md", plan, "Notice MIS-VG-EOL-001 says: Microsoft ended support")
}
