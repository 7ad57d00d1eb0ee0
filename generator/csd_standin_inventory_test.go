package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDStandInListKnownToDifferIsNotPrinted: oemmodule 4.2 has no
// component list of its own, and its vulnerability records name mbedtls
// 2.28.5, which the stand-in list of 5.0 lacks: the lists are known to
// differ. Its CSD printed 5.0's inventory and "the level of support its
// maker gives this version" as 4.2's section 5; it now says 4.2's
// components are not stated, points to 5.0's CSD for comparison only,
// and prints no stand-in inventory, support or attention table (as the
// lifecycle page declines to judge them). 5.0's own CSD keeps them.
func TestCSDStandInListKnownToDifferIsNotPrinted(t *testing.T) {
	read := buildFixture(t, "oemmodule")
	old := read("oxicore/4.2/csd.md")
	kindtest.SaysAll(t, "oxicore/4.2/csd.md", old,
		"Version 4.2 has no component list of its own in the product data, and its components are not stated here: the only list there is version 5.0's, and version 4.2's vulnerability records name mbedtls 2.28.5, which that list does not hold, so that list is not version 4.2's. Version 5.0's components are in [the CSD of version 5.0](../csd.html), for comparison only.",
		"### 5.1 Known vulnerabilities and their status")
	kindtest.SaysNoneBecause(t, "oxicore/4.2/csd.md", old, "5.0's list is not 4.2's",
		"### 5.3 Component inventory", "### 5.4 Software support", "the level of support its maker gives this version",
		"The list of version 5.0 holds", "the components below are those", "Components whose own support ends earlier are listed in")
	kindtest.SaysAll(t, "oxicore/csd.md", read("oxicore/csd.md"), "### 5.3 Component inventory", "### 5.4 Software support")
}
