package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDKeyFactCurrentVersionByMarket: marketsplit's 3.1 is current in
// the United States, while the European Union has 3.0 until 3.1 is
// released there; section 13 of the 3.1 CSD says so, but its key fact
// "Current version and end of support | 3.1" named no market. The row now
// names the markets where 3.1 is current and what the others have, in
// section 13's words; a product whose markets share their current
// version (dentalxray) keeps the bare version.
func TestCSDKeyFactCurrentVersionByMarket(t *testing.T) {
	const markets = "The current version is `3.1` in the United States; in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026."
	csd := buildFixture(t, "marketsplit")("dentasense/csd.md")
	kindtest.SaysAll(t, "marketsplit csd.md", csd,
		"| Current version and end of support | 3.1 in the United States | "+markets+" End of support not announced;",
		"## 13. End of support and end of life\n\n"+markets)
	kindtest.SaysNoneBecause(t, "marketsplit csd.md", csd, "3.1 is not current in every market", "| Current version and end of support | 3.1 |")

	plain := buildFixture(t, "dentalxray")("dentasense/csd.md")
	kindtest.SaysAll(t, "dentalxray csd.md", plain, "| Current version and end of support | 3.1 | End of support not announced;")
	kindtest.SaysNoneBecause(t, "dentalxray csd.md", plain, "every market has 3.1", "in the United States", "3.1 in ")
}
