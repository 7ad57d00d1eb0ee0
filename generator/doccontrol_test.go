package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDocControlUnstatedSaysSo: tpsplanning's specification names no
// document owner and no approver. owner and approvals were required, so
// the fixture wrote "Not stated" into them, and every document printed an
// approval by nobody with a date ("| Not stated | Not stated | 2026-06-15
// |"). They are optional now: the document control says the owner and
// the approval are not stated, with no approval row, and check warns once
// per kind of document (the CSD, the lifecycle page, the notices).
func TestDocControlUnstatedSaysSo(t *testing.T) {
	read := buildFixture(t, "tpsplanning")
	for _, rel := range []string{"isodose-plan/csd.md", "isodose-plan/lifecycle.md", "isodose-plan/notices/eos-11.2.md"} {
		md := read(rel)
		kindtest.SaysAll(t, rel, md, "| Owner | Not stated |", "### Approvals\n\nWho approved this revision is not stated.\n")
		kindtest.SaysNoneBecause(t, rel, md, "no one approved the document on a date the data give",
			"| Not stated | Not stated | 2026-06-15 |", "| Role | Name | Date approved |")
	}
	got := fixtureCheck(t, "tpsplanning", "", nil)
	for _, key := range []string{"documents.csd: approvals not written", "documents.lifecycle: approvals not written", "notices[0].document: approvals not written"} {
		if n := strings.Count(got, key); n != 1 {
			t.Errorf("check warns %d times with %q, want once:\n%s", n, key, got)
		}
	}
}
