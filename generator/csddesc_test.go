package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSaysWhatTheProductIs: the CSD never printed the product's
// description, which the security plan and the risk report print, so a
// hospital reader of the CSD alone could not tell what device it covers.
// It now prints it under "The product", before the document control, as
// the version the CSD is about describes itself (versions.changes.
// description): DentaSense 3.0 adds a cloud backup that 2.4's CSD must
// not speak of. A product with no description gets no heading; the
// numbered sections 1 to 15 (FDA's labeling items) keep their numbers.
func TestCSDSaysWhatTheProductIs(t *testing.T) {
	product := func(t *testing.T, csd string) string {
		t.Helper()
		return section(t, csd, "## The product\n", "## Document control\n")
	}
	t.Run("the example", func(t *testing.T) {
		csd := exampleFilesEdited(t, "", nil)["halcyon-lvp7/csd.md"]
		kindtest.SaysAll(t, "csd The product", product(t, csd),
			"The Halcyon LVP-7 is a networked large-volume infusion pump for hospital use.")
		if strings.Index(csd, "## The product\n") > strings.Index(csd, "## 1. ") {
			t.Error("The product comes after section 1")
		}
		kindtest.SaysAll(t, "csd", csd, "\n## 1. Recommended security controls", "\n## 15. Additional information")
	})
	t.Run("a version's own description", func(t *testing.T) {
		read := buildFixture(t, "dentalxray")
		const backup = "The practice can back its images up to Orvella's cloud backup service."
		cur := product(t, read("dentasense/csd.md"))
		kindtest.SaysAll(t, "dentasense/csd.md", cur, "Orvella DentaSense is an intraoral digital X-ray sensor system for dental", backup)
		old := product(t, read("dentasense/2.4/csd.md"))
		kindtest.SaysAll(t, "dentasense/2.4/csd.md", old, "Orvella DentaSense is an intraoral digital X-ray sensor system for dental")
		kindtest.SaysNoneBecause(t, "dentasense/2.4/csd.md", old, "2.4 has no cloud backup", "cloud backup")
	})
	t.Run("no description", func(t *testing.T) {
		read := buildFixture(t, "manyversions")
		for _, rel := range []string{"hemaview/csd.md", "hemaview/3.2/csd.md"} {
			csd := read(rel)
			kindtest.SaysNoneBecause(t, rel, csd, "the product writes no description", "## The product")
			kindtest.SaysAll(t, rel, csd, "Lifecycle statements speak as of", "\n\n## Document control\n")
		}
	})
}
