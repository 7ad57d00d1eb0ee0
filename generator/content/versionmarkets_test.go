package content

import (
	"strings"
	"testing"
)

// marketSplit is a product sold in the United States and the European
// Union whose 4.2 is released in the US on 2025-06-02 and in the EU on
// 2026-01-15, and whose 4.3 is for the US only.
func marketSplit() *Product {
	d := NewDate
	return &Product{Markets: []string{"us", "eu"}, Versions: []Version{
		{Version: "4.1", GeneralAvailability: d(2024, 3, 1)},
		{Version: "4.2", GeneralAvailability: d(2025, 6, 2), MarketReleases: []MarketRelease{{Market: "eu", GeneralAvailability: d(2026, 1, 15)}}},
		{Version: "4.3", GeneralAvailability: d(2026, 6, 1), Markets: []string{"us"}},
	}}
}

// TestCurrentVersionPerMarket: between a version's release in one market
// and in another, each market has its own current version, and the
// documents say so; before and after, and without per-version markets,
// the markets agree and CurrentByMarket is nil (the documents speak as
// before).
func TestCurrentVersionPerMarket(t *testing.T) {
	d := NewDate
	p := marketSplit()
	for _, c := range []struct {
		on     Date
		us, eu string
		groups string // "markets=current(coming)" per group; "" for nil
	}{
		{d(2025, 1, 1), "4.1", "4.1", ""},
		{d(2025, 6, 2), "4.2", "4.1", "the United States=4.2() | the European Union=4.1(2026-01-15)"},
		{d(2026, 1, 14), "4.2", "4.1", "the United States=4.2() | the European Union=4.1(2026-01-15)"},
		{d(2026, 1, 15), "4.2", "4.2", ""},
		{d(2026, 7, 1), "4.3", "4.2", "the United States=4.3() | the European Union=4.2()"},
	} {
		us, eu := p.CurrentVersionIn("us", c.on), p.CurrentVersionIn("eu", c.on)
		if us.Version != c.us || eu.Version != c.eu {
			t.Errorf("%s: current us %s eu %s, want %s and %s", c.on, us.Version, eu.Version, c.us, c.eu)
		}
		var gs []string
		for _, g := range p.CurrentByMarket(c.on) {
			gs = append(gs, g.Names+"="+g.Current.Version+"("+g.Coming.String()+")")
		}
		if got := strings.Join(gs, " | "); got != c.groups {
			t.Errorf("%s: CurrentByMarket = %q, want %q", c.on, got, c.groups)
		}
	}
	// The same dates without per-market data: one current version.
	q := marketSplit()
	q.Versions[1].MarketReleases, q.Versions[2].Markets = nil, nil
	if g := q.CurrentByMarket(d(2025, 7, 1)); g != nil {
		t.Errorf("no per-market data: CurrentByMarket = %v, want nil", g)
	}
}

// TestReleasedWhere: a notice's upgrade path and the lifecycle tables say
// where a version is released, and from when, only when not everywhere.
func TestReleasedWhere(t *testing.T) {
	d := NewDate
	p := marketSplit()
	for _, c := range []struct {
		version string
		on      Date
		where   string
		dates   string
	}{
		{"4.1", d(2025, 7, 1), "", ""},
		{"4.2", d(2025, 1, 1), "in the United States from 2 June 2025; in the European Union from 15 January 2026", "2025-06-02 in the United States; 2026-01-15 in the European Union"},
		{"4.2", d(2025, 7, 1), "available in the United States; in the European Union from 15 January 2026", "2025-06-02 in the United States; 2026-01-15 in the European Union"},
		{"4.2", d(2026, 2, 1), "", "2025-06-02 in the United States; 2026-01-15 in the European Union"},
		{"4.3", d(2026, 7, 1), "available in the United States; not released in the European Union", "2026-06-01 in the United States; not released in the European Union"},
	} {
		v := p.Version(c.version)
		if got := p.ReleasedWhere(v, c.on); got != c.where {
			t.Errorf("%s on %s: ReleasedWhere = %q, want %q", c.version, c.on, got, c.where)
		}
		if got := p.MarketDates(*v); got != c.dates {
			t.Errorf("%s: MarketDates = %q, want %q", c.version, got, c.dates)
		}
	}
}

// TestVersionMarketsValidation: a version's markets are among the
// product's, its per-market releases among its markets and not before
// its general availability, with the key at fault.
func TestVersionMarketsValidation(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	const ver = "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-02\n"
	for _, c := range []struct {
		name, src string
		want      string // "" when sound
	}{
		{"sound", "markets = [\"us\", \"eu\"]\n" + head + ver + "markets = [\"us\", \"eu\"]\nmarket_releases = [{ market = \"eu\", general_availability = 2026-01-15 }]\n", ""},
		{"one market only", "markets = [\"us\", \"eu\"]\n" + head + ver + "markets = [\"us\"]\n", ""},
		{"no product markets", head + ver + "markets = [\"us\"]\n", "p.toml:7: versions[0].markets: the product's markets are not stated"},
		{"market not the product's", "markets = [\"us\", \"eu\"]\n" + head + ver + "markets = [\"us\", \"jp\"]\n", `p.toml:8: versions[0].markets[1]: "jp" is not one of the product's markets (us, eu)`},
		{"release in a market left out", "markets = [\"us\", \"eu\"]\n" + head + ver + "markets = [\"us\"]\nmarket_releases = [{ market = \"eu\", general_availability = 2026-01-15 }]\n", `versions[0].market_releases[0].market: "eu" is not one of the markets version 1.0 is released in (us)`},
		{"release before general availability", "markets = [\"us\", \"eu\"]\n" + head + ver + "market_releases = [{ market = \"eu\", general_availability = 2025-01-15 }]\n", "versions[0].market_releases[0].general_availability: 2025-01-15 is before version 1.0's general_availability 2025-06-02"},
		{"twice", "markets = [\"us\", \"eu\"]\n" + head + ver + "market_releases = [{ market = \"eu\", general_availability = 2026-01-15 }, { market = \"eu\", general_availability = 2026-02-15 }]\n", `versions[0].market_releases[1].market: "eu" has a release date already`},
		{"every market later", "markets = [\"us\", \"eu\"]\n" + head + ver + "market_releases = [{ market = \"eu\", general_availability = 2026-01-15 }, { market = \"us\", general_availability = 2026-02-15 }]\n", "versions[0].general_availability: version 1.0 is released in no market on its general_availability"},
	} {
		_, diags := loadParts(t, c.src)
		var got []string
		for _, s := range diagStrings(diags) {
			if strings.Contains(s, "versions[") {
				got = append(got, s)
			}
		}
		if c.want == "" {
			if len(got) > 0 {
				t.Errorf("%s: unexpected %q", c.name, got)
			}
			continue
		}
		if !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
