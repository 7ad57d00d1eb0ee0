package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDTestingSectionNamesTheCurrentVersionByMarket: section 15.2 of an
// older version's CSD says a testing result may be of a later version,
// "the current one". In marketsplit, 3.1 is current in the United States
// only, the European Union keeping 3.0 until 1 June 2026; the 3.0 and 2.4
// CSDs said "(the current one is `3.1`)" while their own first line and
// section 13 said 3.0 is current in the EU. The clause now names the
// markets as those sentences do (content.Product.CurrentByMarket); where
// 3.1 is released in every market at once (the edit drops the EU's later
// release) it stays bare.
func TestCSDTestingSectionNamesTheCurrentVersionByMarket(t *testing.T) {
	const byMarket = "may be of a later version (the current one is `3.1` in the United States; in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026)."
	const bare = "may be of a later version (the current one is `3.1`)."
	split := buildFixture(t, "marketsplit")
	for _, doc := range []string{"dentasense/3.0/csd.md", "dentasense/2.4/csd.md"} {
		csd := split(doc)
		kindtest.SaysAll(t, "marketsplit "+doc, csd, byMarket)
		kindtest.SaysNoneBecause(t, "marketsplit "+doc, csd, "3.0 is the current version in the European Union", bare)
	}

	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml",
		kindtest.Replace("market_releases = [{ market = \"eu\", general_availability = 2026-06-01 }]\n", ""))
	for _, doc := range []string{"dentasense/3.0/csd.md", "dentasense/2.4/csd.md"} {
		csd := files[doc]
		kindtest.SaysAll(t, "one release date: "+doc, csd, bare)
		kindtest.SaysNoneBecause(t, "one release date: "+doc, csd, "every market has 3.1", "the current one is `3.1` in ")
	}
}
