package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCommitmentsInTheMakersWords: the sentence the documents make of
// end_of_life.notice_months and the manufacturer's end_of_life.commitments
// text, which often repeats the months, do not read as one sentence said
// twice: the plan, the CSD and the lifecycle page each introduce the
// commitments as the manufacturer's own words, on a line of their own.
func TestCommitmentsInTheMakersWords(t *testing.T) {
	read := buildFixture(t, "bloodbank")
	const words = "**In Corvale Systems Ltd's own words.** Hospitals are told by e-mail at least 24 months before a version's end of support."
	kindtest.SaysAll(t, "security-plan.md", read("sanguis-tms/security-plan.md"),
		"### 11.2 Notice commitments\n\nCorvale Systems Ltd gives customers at least 24 months' notice before a version reaches end of support.\n\n"+words+"\n")
	kindtest.SaysAll(t, "csd.md", read("sanguis-tms/csd.md"),
		"Corvale Systems Ltd gives at least 24 months' notice before a version reaches end of support.\n\n"+words+"\n")
	kindtest.SaysAll(t, "lifecycle.md", read("sanguis-tms/lifecycle.md"),
		"## 6. Our commitments\n\nCorvale Systems Ltd gives at least 24 months' notice before a version reaches end of support.\n\n"+words+"\n")
}
