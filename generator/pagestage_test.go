package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCurrentStagePerMarket: the product page and the index gave the
// stage of the product-wide current version as the product's, also for
// the markets where an older version is still current: "Lifecycle stage:
// Support" while the EU's current version was in Limited Support. Where
// the stages differ the cell names each market's; where they agree, or
// the markets do not differ, the stage alone, as before.
func TestCurrentStagePerMarket(t *testing.T) {
	d := func(s string) content.Date {
		t.Helper()
		v, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	product := func(oldEOL string, release []content.MarketRelease, markets []string) *content.Product {
		old := content.Version{Version: "1.0", GeneralAvailability: d("2020-01-01"), EndOfSupport: d("2027-01-01")}
		if oldEOL != "" {
			old.EndOfLife = d(oldEOL)
		}
		return &content.Product{Markets: []string{"us", "eu"}, Versions: []content.Version{old,
			{Version: "2.0", GeneralAvailability: d("2025-06-01"), MarketReleases: release, Markets: markets}}}
	}
	euLater := []content.MarketRelease{{Market: "eu", GeneralAvailability: d("2026-06-01")}}
	for _, c := range []struct {
		name string
		p    *content.Product
		on   string
		want string
	}{
		{"EU still on 1.0, past its end of life", product("2026-01-01", euLater, nil), "2026-03-01", "Support in the United States; Limited Support in the European Union"},
		{"EU has 2.0 too", product("2026-01-01", euLater, nil), "2026-06-01", "Support"},
		{"both current versions in Support", product("", euLater, nil), "2026-03-01", "Support"},
		{"no per-market releases", product("2026-01-01", nil, nil), "2026-03-01", "Support"},
		{"2.0 never released in the EU", product("2026-01-01", nil, []string{"us"}), "2026-03-01", "Support in the United States; Limited Support in the European Union"},
	} {
		p := c.p
		if got := currentStage(p, p.CurrentVersion(d(c.on)), d(c.on)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	// A market with no version released yet is in Development, as a
	// product with none is.
	first := &content.Product{Markets: []string{"us", "eu"}, Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: d("2025-06-01"), MarketReleases: euLater}}}
	if got := currentStage(first, first.CurrentVersion(d("2026-03-01")), d("2026-03-01")); got != "Support in the United States; Development in the European Union" {
		t.Errorf("first release: %q", got)
	}
}

// TestMarketSplitProductPageStage: marketsplit with 3.0 past its end of
// life on the build's date, its end of support still ahead: the EU, where
// 3.0 is current, is in Limited Support; the product page and the index
// said "Support". (With no end of support stated, the stage would not be
// decided: content.Version.SupportUndecided.)
func TestMarketSplitProductPageStage(t *testing.T) {
	files, _ := buildFixtureEdited(t, "marketsplit", "dentasense.toml", func(s string) string {
		return strings.Replace(s, "general_availability = 2024-05-06\n", "general_availability = 2024-05-06\nend_of_life = 2026-01-05\nend_of_support = 2029-01-05\n", 1)
	})
	text := func(rel string) string {
		s := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(files[rel], " ")
		return strings.Join(strings.Fields(s), " ")
	}
	const want = "Support in the United States; Limited Support in the European Union"
	kindtest.SaysAll(t, "product page", text("dentasense/index.html"), "Lifecycle stage "+want+" Stage as of")
	kindtest.SaysAll(t, "index", text("index.html"), "3.1 in the United States; in the European Union it is 3.0 until the release of 3.1 there on 1 June 2026 "+want)
	kindtest.SaysNone(t, "product page", text("dentasense/index.html"), "Lifecycle stage Support Stage as of")
}

// TestUnsetMilestoneSameOnBothPages: the product page said "not
// announced" for a milestone the data leave unset where the lifecycle
// page said "Not set" for the same milestone. Both now say "Not
// announced" while it can still come (a public page cannot tell that the
// manufacturer has not chosen a date) and "Not set" once it cannot.
func TestUnsetMilestoneSameOnBothPages(t *testing.T) {
	life := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/lifecycle.md")
	page := buildFixtureAsOf(t, "withdrawn", "2025-03-09", "sonabeat/index.html")
	// 3.0.0 before its end of support: still to come, on both pages.
	kindtest.SaysAll(t, "lifecycle", life, "| 3.0.0 | Support | 2024-02-05 | 2025-01-20 | Not announced | Not announced | Not announced | 2026-12-31 |",
		// 3.1.0, withdrawn: none can come.
		"| 3.1.0 | Withdrawn | 2025-01-20 | Not set | Not set | Not set | Not set | Not set |",
		`One marked "Not set" has no date in the product data and does not lie ahead`)
	kindtest.SaysNone(t, "lifecycle", life, "| 3.0.0 | Support | 2024-02-05 | 2025-01-20 | Not set")
	kindtest.SaysAll(t, "product page", page, "3.0.0 Support 2024-02-05 not announced not announced 2026-12-31")
	kindtest.SaysAll(t, "product page on 2026-12-31", buildFixtureAsOf(t, "withdrawn", "2026-12-31", "sonabeat/index.html"), "3.1.0 Withdrawn 2025-01-20 not set not set not set")
	// A product none of whose versions has a milestone that can no longer
	// come does not explain "Not set".
	kindtest.SaysNone(t, "marketsplit lifecycle", buildFixtureAsOf(t, "marketsplit", "2026-03-02", "dentasense/lifecycle.md"), `One marked "Not set"`)
}

// TestUnsetMilestone: the words for an unset milestone, both ways.
func TestUnsetMilestone(t *testing.T) {
	d := content.NewDate
	v := content.Version{GeneralAvailability: d(2020, 1, 1), EndOfSupport: d(2024, 1, 1)}
	w := v
	w.Withdrawn = d(2022, 1, 1)
	for _, c := range []struct {
		v    content.Version
		m    string
		on   content.Date
		want string
	}{
		{v, "end_of_guaranteed_support", d(2023, 12, 31), "Not announced"},
		{v, "end_of_guaranteed_support", d(2024, 1, 1), "Not set"},
		{v, "end_of_marketing", d(2024, 1, 1), "Not set"},
		{v, "end_of_life", d(2023, 6, 1), "Not announced"},
		{w, "end_of_life", d(2021, 12, 31), "Not announced"},
		{w, "end_of_life", d(2022, 1, 1), "Not set"},
		{w, "end_of_support", d(2022, 1, 1), "Not set"},
	} {
		if got := c.v.UnsetMilestone(c.m, c.on); got != c.want {
			t.Errorf("%s on %s: %q, want %q", c.m, c.on, got, c.want)
		}
	}
}
