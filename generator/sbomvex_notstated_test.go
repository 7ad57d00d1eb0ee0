package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSbomvexLimitedSupportAndJustificationsNotStated: the sbomvex product
// records no notice at all, and version 3.0 is in Limited Support. The
// plan and 3.0's CSD said that "no end-of-life or end-of-support notice
// issued by" the document's date states what 3.0 still gets: a claim about
// every notice issued, which the data do not decide (its commitments
// promise a letter two years ahead). They now say that what it still gets
// is not stated, the product data recording no such notice for it. Its
// CSDs also counted the components that carry only a justification
// ("not yet recorded") among those with "a support statement", and every
// inventory legend said a justification is given "where the maker
// publishes none": a justification gives no level and no end of support,
// and it does not say what the maker publishes.
func TestSbomvexLimitedSupportAndJustificationsNotStated(t *testing.T) {
	read := buildFixture(t, "sbomvex")
	plan, csd30, csd31 := read("pumpbridge/security-plan.md"), read("pumpbridge/3.0/csd.md"), read("pumpbridge/csd.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Version `3.0` has been in limited support since 31 March 2026, and what maintenance it still gets is not stated: the product data record no end-of-life or end-of-support notice for it. Whether these commitments still hold for it is not stated either.",
		"3.0 (remaining maintenance not stated: the product data record no end-of-life or end-of-support notice for it)",
		"its end of support or, where no level or end of support is stated, the reason given for that, and where these facts come from.")
	kindtest.SaysAll(t, "3.0/csd.md", csd30,
		"| Software updates | Limited support since 2026-03-31; what remains is not stated | What maintenance version `3.0` still gets is not stated: the product data record no end-of-life or end-of-support notice for it. For versions in support:",
		"**Update timelines.** Version `3.0` has been in limited support since 31 March 2026, and what maintenance it still gets is not stated: the product data record no end-of-life or end-of-support notice for it. The commitments below",
		"Of them, 4 have a support statement: 1 actively maintained, 1 with limited support, 1 no longer maintained and 1 abandoned by their makers; 13 have no support statement, only a note on why none is given.")
	kindtest.SaysAll(t, "csd.md", csd31,
		"Of them, 6 have a support statement: 2 actively maintained, 1 with limited support, 2 no longer maintained and 1 abandoned by their makers; 11 have no support statement, only a note on why none is given.")
	for name, doc := range map[string]string{"security-plan.md": plan, "3.0/csd.md": csd30, "csd.md": csd31} {
		kindtest.SaysNoneBecause(t, name, doc, "the data record no notice and a justification is not a support statement",
			"notice issued by", "no notice states what remains", "where the maker publishes none", "17 have a support statement", "with a justification instead of a level")
	}
}
