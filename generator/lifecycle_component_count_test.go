package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleSBOMCountsOnlyItsOwn: the withdrawn fixture's lifecycle
// page said "The software bill of materials lists all 4 components",
// counting two [[components]] entries that match no SBOM component and
// that the SBOM file does not list (its CSD counts them apart: "2 listed
// in the product data only"). The page now gives the SBOM file the
// components it lists and the product data the others. The monitoring
// fixture's SBOM lists all of its 9; one entry more is the product
// data's alone.
func TestLifecycleSBOMCountsOnlyItsOwn(t *testing.T) {
	const all = "The software bill of materials lists all 9 components, and the [customer security documentation](csd.html) gives the support of each as stated."
	page := buildFixture(t, "monitoring")("sentinel-pm/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page, all)
	kindtest.SaysNoneBecause(t, "lifecycle.md", page, "every component is in the SBOM file", "product data the other")

	extra := kindtest.Replace("[[components]]\nname = \"Qt\"\n", "[[components]]\nname = \"libmodbus\"\nversion = \"3.1.10\"\nsupport = \"maintained\"\njustification = \"Fixes come in new releases.\"\n\n[[components]]\nname = \"Qt\"\n")
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", extra)
	page = files["sentinel-pm/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (an entry in no SBOM)", page,
		"2 of its 10 components need attention",
		"The software bill of materials lists 9 of them and the product data the other 1; the [customer security documentation](csd.html) gives the support of each as stated.")
	kindtest.SaysNoneBecause(t, "lifecycle.md (an entry in no SBOM)", page, "the SBOM file lists 9 of the 10", "lists all 10 components", "lists all 9 components")
}

// TestLifecycleListWithoutSBOMClaimsNoCount: the analyzer fixture's
// lifecycle page called its one listed component "the one software
// component of version 2.1.0", and a product like the mobileapp fixture's
// "every one of the 3 software components", though no SBOM file lists
// them and the product also runs other software: the CSD and the risk
// report say the list need not be all of it. Without an SBOM file the
// page now speaks of the components listed, not of the version's.
func TestLifecycleListWithoutSBOMClaimsNoCount(t *testing.T) {
	page := buildFixture(t, "mobileapp")("bolusguide/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page,
		"The [customer security documentation](csd.html) gives the support of each of the 3 components the product data list, as stated; that list need not be all of the version's software.",
		"states its own assessment of the support of every one of the 3 components listed for version `3.0.0`.")
	kindtest.SaysNoneBecause(t, "lifecycle.md", page, "no SBOM file lists the components",
		"software components of version", "lists all 3 components", "software bill of materials")

	// One of them needing attention is one of those listed, not of "its 3".
	files, _ := buildFixtureEdited(t, "mobileapp", "bolusguide.toml",
		kindtest.Replace("support = \"maintained\"\njustification = \"Square fixes", "support = \"no_longer_maintained\"\njustification = \"Square fixes"))
	page = files["bolusguide/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (one needs attention)", page, "1 of the 3 components listed for it needs attention;")
	kindtest.SaysNoneBecause(t, "lifecycle.md (one needs attention)", page, "no SBOM file lists the components", "of its 3 components")
}
