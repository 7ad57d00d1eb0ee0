package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInHouseNamesNoNotice: jspgen builds no end-of-life or end-of-support
// notice for an in-house device (its users are the maker's own), yet the
// inhouse fixture's plan and lifecycle page defined Limited Support by
// "the maintenance that an end-of-life or end-of-support notice ...
// states", set out what such a notice contains, and gave every version a
// Notices cell "Not stated", as though notices were published elsewhere.
// An in-house device's documents now define the stage by what its maker
// tells the product's users, say why no notice is issued, and have no
// Notices column; a marketed product's speak of what its manufacturer
// announces (of its notices only where they are built, not here). The
// euonly fixture is made in-house here, with version 2.1 at end of life.
func TestInHouseNamesNoNotice(t *testing.T) {
	atEndOfLife := kindtest.Replace("general_availability = 2022-05-02\n", "general_availability = 2022-05-02\nend_of_life = 2025-06-30\n")
	inHouse := func(s string) string {
		s = kindtest.Replace("markets = [\"eu\", \"uk\", \"ch\"]\n", "markets = [\"eu\", \"uk\", \"ch\"]\nin_house = true\n")(s)
		return kindtest.Replace(`build = ["security_plan", "csd", "mds2", "lifecycle", "risk_report"]`, `build = ["security_plan", "csd", "lifecycle", "risk_report"]`)(atEndOfLife(s))
	}
	const (
		notice      = "An end-of-life or end-of-support notice is to state the affected models"
		planRow     = "| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that an end-of-life or end-of-support notice about the version states"
		planNone    = "2.1 (remaining maintenance not stated: the product data record no end-of-life or end-of-support notice for it)"
		pageRow     = "| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Rhenfluss Medizintechnik GmbH announces for a version."
		column      = "| Version | Models | Stage | Next milestone | Notices |"
		elsewhere   = "End-of-life and end-of-support notices are not published on this page."
		componentNS = "a component end-of-support notice, where one is issued, gives it"
	)

	files, _ := buildFixtureEdited(t, "euonly", "infuvia.toml", atEndOfLife)
	plan, page := files["infuvia/security-plan.md"], files["infuvia/lifecycle.md"]
	kindtest.SaysAll(t, "security-plan.md (marketed)", plan, notice, planRow, planNone)
	kindtest.SaysAll(t, "lifecycle.md (marketed)", page, pageRow, column, elsewhere, componentNS)

	files, _ = buildFixtureEdited(t, "euonly", "infuvia.toml", inHouse)
	plan, page = files["infuvia/security-plan.md"], files["infuvia/lifecycle.md"]
	const why = "The Rhenfluss Infuvia infusion system is an in-house device: Rhenfluss Medizintechnik GmbH makes it and is its only user, so no end-of-life or end-of-support notice, which addresses customers, is issued for it. Rhenfluss Medizintechnik GmbH tells the product's users itself"
	kindtest.SaysAll(t, "security-plan.md (in-house)", plan,
		why+", as above; the dates are those of section 11.1.",
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Rhenfluss Medizintechnik GmbH tells the product's users remains for the version (see [11.2 Notice commitments](#11-2-notice-commitments)). | 2.1 (remaining maintenance not stated in the product data) |")
	kindtest.SaysNoneBecause(t, "security-plan.md (in-house)", plan, "an in-house device has no notices", notice, "end-of-life or end-of-support notice about the version", "notice issued by")
	kindtest.SaysAll(t, "lifecycle.md (in-house)", page,
		"| Version | Models | Stage | Next milestone |\n| --- | --- | --- | --- |\n| 2.1 | IV-300, DR-4 | Limited Support | End of support, 2028-12-31 |\n",
		why+" ([6. Our commitments](#6-our-commitments)).",
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Rhenfluss Medizintechnik GmbH tells the product's users remains for a version. Version `2.1` is in this stage; this page does not state its maintenance. |")
	kindtest.SaysNoneBecause(t, "lifecycle.md (in-house)", page, "an in-house device has no notices", column, "End of support, 2028-12-31 | Not stated |", elsewhere, "end-of-life or end-of-support notice announces", componentNS)
}
