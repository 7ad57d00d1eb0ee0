package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestProductPageAdvisoriesAfterEndOfSupport: the product page of the
// Vigil Central Station, every version past its end of support, said
// "Security advisories are published on the advisories page", while its
// plan, CSD and end-of-support notice say no further advisories are
// published for it. Like the plan (content.Product.SupportEnded), the
// page then only names the manufacturer's advisories page; while a
// version is supported it keeps the present tense.
func TestProductPageAdvisoriesAfterEndOfSupport(t *testing.T) {
	const (
		published = "Security advisories are published on the"
		names     = "Meridian Infusion Systems, Inc.'s security advisories page is <a href=\"https://www.meridian-infusion.example/security/advisories\">"
	)
	ended := buildFixture(t, "legacy")("vigil-cs/index.html")
	kindtest.SaysAll(t, "vigil-cs/index.html", ended, names)
	kindtest.SaysNoneBecause(t, "vigil-cs/index.html", ended, "no advisories are published after the end of support", published)

	supported, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", kindtest.Replace("end_of_support = 2025-12-01", "end_of_support = 2027-12-01"))
	kindtest.SaysAll(t, "vigil-cs/index.html", supported["vigil-cs/index.html"], published)
	kindtest.SaysNone(t, "vigil-cs/index.html", supported["vigil-cs/index.html"], names)
}
