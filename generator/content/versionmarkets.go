package content

import (
	"fmt"
	"slices"
	"strings"
)

// A version is released market by market: cleared in one market and
// released there while another market's approval is pending, or never
// sought. Between the two releases "the current version" differs by
// market, and a document that names one current version, or sends every
// customer to a version, is false for the readers in the market where it
// is not released. versions.markets and versions.market_releases say
// where and from when a version is released; the documents then speak
// per market where the markets differ, and as before where they do not.

// MarketRelease is a version's release in one market later than its
// general_availability (its first release).
type MarketRelease struct {
	Market              string `toml:"market" jsp:"required,oneof=us eu uk ch ca au jp other" doc:"The market (one of the version's markets)."`
	GeneralAvailability Date   `toml:"general_availability" jsp:"required" doc:"The version's release to customers in that market; not before the version's general_availability."`
}

// VersionMarkets is the markets version v is released in: its markets,
// else all of the product's.
func (p *Product) VersionMarkets(v *Version) []string {
	if v != nil && len(v.Markets) > 0 {
		return v.Markets
	}
	return p.Markets
}

// ReleasedIn is version v's release date in market m: the market's own
// date from market_releases, else the version's general availability;
// zero when the version is not released in m.
func (p *Product) ReleasedIn(v *Version, m string) Date {
	if v == nil || !slices.Contains(p.VersionMarkets(v), m) {
		return Date{}
	}
	for _, r := range v.MarketReleases {
		if r.Market == m {
			return r.GeneralAvailability
		}
	}
	return v.GeneralAvailability
}

// MarketsDiffer reports whether the data give any version markets or
// per-market releases of its own: only then can the current version, or
// a version's availability, differ by market.
func (p *Product) MarketsDiffer() bool {
	if len(p.Markets) < 2 {
		return false
	}
	return slices.ContainsFunc(p.Versions, func(v Version) bool {
		return len(v.Markets) > 0 || len(v.MarketReleases) > 0
	})
}

// CurrentVersionIn is CurrentVersion for market m: the newest version
// released in m on d and not withdrawn by then.
func (p *Product) CurrentVersionIn(m string, d Date) *Version {
	var cur *Version
	for i := range p.Versions {
		v := &p.Versions[i]
		ga := p.ReleasedIn(v, m)
		released := !ga.IsZero() && !d.Before(ga) || v.GAUnstated() && slices.Contains(p.VersionMarkets(v), m) && v.ReleasedOn(d)
		if released && !v.WithdrawnOn(d) &&
			(cur == nil || !v.GeneralAvailability.Before(cur.GeneralAvailability)) {
			cur = v
		}
	}
	return cur
}

// MarketCurrent is the current version in some markets on a date, and
// what becomes of the product-wide current version there.
type MarketCurrent struct {
	Names   string   // the markets, for a sentence: "the European Union"
	Current *Version // nil: none released there yet
	// Coming is the product-wide current version's release date in these
	// markets, when it is later; zero with Current not the product-wide
	// current version: it is not released there.
	Coming Date
	// Undated: Coming is after the date spoken for but by the build's
	// as-of date (CurrentByMarketBy), the day the version came out there,
	// not the one planned then, which the data do not give: not printed.
	Undated bool
}

// CurrentByMarket is, when the markets' current versions differ on d, the
// current version per market, markets with the same one together, the
// markets where the product-wide current version (CurrentVersion) is
// released first; nil when every market has the same current version.
func (p *Product) CurrentByMarket(d Date) []MarketCurrent {
	return p.CurrentByMarketBy(d, d)
}

// CurrentByMarketBy is CurrentByMarket for a document that speaks as of
// d (a notice's release) but is built on asOf, a later date: a market's
// release of the current version after d and by asOf is Undated, as
// ReleasedWhereBy names such a market without its date, and those
// markets go together whatever their dates.
func (p *Product) CurrentByMarketBy(d, asOf Date) []MarketCurrent {
	if !p.MarketsDiffer() {
		return nil
	}
	all := p.CurrentVersion(d)
	var out []MarketCurrent
	var markets [][]string
	differ := false
	for _, m := range p.Markets {
		cur := p.CurrentVersionIn(m, d)
		if cur != all {
			differ = true
		}
		var coming Date
		if cur != all && all != nil {
			if r := p.ReleasedIn(all, m); r.After(d) {
				coming = r
			}
		}
		undated := !coming.IsZero() && !coming.After(asOf)
		found := false
		for i := range out {
			if out[i].Current == cur && out[i].Undated == undated && (undated || out[i].Coming == coming) {
				markets[i] = append(markets[i], m)
				found = true
			}
		}
		if !found {
			out = append(out, MarketCurrent{Current: cur, Coming: coming, Undated: undated})
			markets = append(markets, []string{m})
		}
	}
	if !differ {
		return nil
	}
	// The markets where the product-wide current version is current come
	// first: the sentence names it, then what the others have.
	if i := slices.IndexFunc(out, func(g MarketCurrent) bool { return g.Current == all }); i > 0 {
		out[0], out[i] = out[i], out[0]
		markets[0], markets[i] = markets[i], markets[0]
	}
	for i := range out {
		out[i].Names = marketList(markets[i])
	}
	return out
}

func marketList(ms []string) string {
	var names []string
	for _, m := range ms {
		if n := marketNames[m]; n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return AndList(names)
}

// ReleasedWhere words where version v is released as of d, when that is
// not every one of the product's markets by d: "available in the United
// States; in the European Union from 15 January 2026", "available in the
// United States; not released in the European Union". "" when it is
// released in all of them by d, or the data give no markets of its own.
// A notice's upgrade path and the lifecycle tables print it beside the
// version, so no reader is sent to a version not sold where they are.
func (p *Product) ReleasedWhere(v *Version, d Date) string {
	return p.ReleasedWhereBy(v, d, d)
}

// MarketDates words version v's release per market, for a lifecycle
// table's general-availability cell, when the markets differ:
// "2025-06-02 in the United States; 2026-01-15 in the European Union",
// "2025-06-02 in the United States; not released in the European Union";
// "" when it is released in all the product's markets on its general
// availability.
func (p *Product) MarketDates(ver Version) string {
	v := &ver
	if !p.MarketsDiffer() {
		return ""
	}
	vm := p.VersionMarkets(v)
	same := !slices.ContainsFunc(p.Markets, func(m string) bool { return !slices.Contains(vm, m) }) && len(v.MarketReleases) == 0
	if same {
		return ""
	}
	var parts []string
	for _, m := range p.Markets {
		if r := p.ReleasedIn(v, m); !r.IsZero() {
			parts = append(parts, r.String()+" in "+marketNames[m])
		}
	}
	var never []string
	for _, m := range p.Markets {
		if p.ReleasedIn(v, m).IsZero() {
			never = append(never, m)
		}
	}
	s := strings.Join(parts, "; ")
	if len(never) > 0 {
		s += "; not released in " + marketList(never)
	}
	return s
}

// validateVersionMarkets checks each version's markets and per-market
// releases against the product's markets and the version's dates.
func (v *productValidator) validateVersionMarkets() {
	p := v.p
	for i, ver := range p.Versions {
		path := fmt.Sprintf("versions[%d]", i)
		if len(ver.Markets) == 0 && len(ver.MarketReleases) == 0 {
			continue
		}
		if len(p.Markets) == 0 {
			key := ".markets"
			if len(ver.Markets) == 0 {
				key = ".market_releases"
			}
			v.errorf(path+key, "the product's markets are not stated: write markets (where the product is marketed) before saying in which of them version %s is released", ver.Version)
			continue
		}
		for j, m := range ver.Markets {
			if !slices.Contains(p.Markets, m) {
				v.errorf(fmt.Sprintf("%s.markets[%d]", path, j), "%q is not one of the product's markets (%s)", m, strings.Join(p.Markets, ", "))
			} else if slices.Index(ver.Markets, m) != j {
				v.errorf(fmt.Sprintf("%s.markets[%d]", path, j), "%q is listed twice", m)
			}
		}
		vm := p.VersionMarkets(&ver)
		first := map[string]bool{} // markets released on general_availability
		for _, m := range vm {
			first[m] = true
		}
		for j, r := range ver.MarketReleases {
			rp := fmt.Sprintf("%s.market_releases[%d]", path, j)
			if !slices.Contains(vm, r.Market) {
				v.errorf(rp+".market", "%q is not one of the markets version %s is released in (%s)", r.Market, ver.Version, strings.Join(vm, ", "))
				continue
			}
			if slices.IndexFunc(ver.MarketReleases, func(x MarketRelease) bool { return x.Market == r.Market }) != j {
				v.errorf(rp+".market", "%q has a release date already", r.Market)
				continue
			}
			if !r.GeneralAvailability.IsZero() && !ver.GeneralAvailability.IsZero() {
				if r.GeneralAvailability.Before(ver.GeneralAvailability) {
					v.errorf(rp+".general_availability", "%s is before version %s's general_availability %s, its first release: make general_availability the earliest release", r.GeneralAvailability, ver.Version, ver.GeneralAvailability)
				} else if r.GeneralAvailability.After(ver.GeneralAvailability) {
					delete(first, r.Market)
				}
			}
		}
		if len(first) == 0 && len(vm) > 0 && !ver.GeneralAvailability.IsZero() {
			v.errorf(path+".general_availability", "version %s is released in no market on its general_availability %s: every market has a later release in market_releases; general_availability is its first release", ver.Version, ver.GeneralAvailability)
		}
	}
}

// MarketNames words markets ms for a sentence: "the United States and
// the European Union".
func MarketNames(ms []string) string { return marketList(ms) }

// CurrentWhere words the current version on d for a line of plain text
// (the site's product page and index): the version alone when every
// market has the same one, else "3.1 in the United States; in the
// European Union it is 3.0 until the release of 3.1 there on 1 June
// 2026", the sentence the lifecycle page's "current-markets" prints
// (OtherMarkets). Naming the first market's version alone would tell a
// reader elsewhere to run a version not sold there. "" when no version is
// current.
func (p *Product) CurrentWhere(d Date) string {
	cur := p.CurrentVersion(d)
	if cur == nil {
		return ""
	}
	groups := p.CurrentByMarket(d)
	if groups == nil {
		return cur.Version
	}
	plain := func(s string) string { return s }
	return cur.Version + " in " + groups[0].Names + OtherMarkets(groups, cur.Version, plain, plain)
}

// OtherMarkets words what the markets after the first group of
// CurrentByMarket have, where cur (the product-wide current version) is
// current in the first: "; in the European Union it is 3.0 until the
// release of 3.1 there on 1 June 2026" ("until 3.1 is released there"
// for an Undated group). version and text write a version
// and a market's name for the page that prints it: as they are on the
// product page, a code span and escaped text in Markdown. The one wording
// of the product page and of every document (the "current-markets"
// partial), so that the two never tell a reader different things.
func OtherMarkets(groups []MarketCurrent, cur string, version, text func(string) string) string {
	var b strings.Builder
	for i, g := range groups {
		if i == 0 {
			continue
		}
		b.WriteString("; in " + text(g.Names) + " ")
		switch {
		case g.Current != nil && g.Coming.IsZero():
			b.WriteString("it is " + version(g.Current.Version) + ": " + version(cur) + " is not released there")
		case g.Current != nil && g.Undated:
			b.WriteString("it is " + version(g.Current.Version) + " until " + version(cur) + " is released there")
		case g.Current != nil:
			b.WriteString("it is " + version(g.Current.Version) + " until the release of " + version(cur) + " there on " + g.Coming.Long())
		case g.Coming.IsZero():
			b.WriteString("no version is released yet")
		case g.Undated:
			b.WriteString("no version is released yet: " + version(cur) + " is released there later")
		default:
			b.WriteString("no version is released yet: " + version(cur) + " is released there on " + g.Coming.Long())
		}
	}
	return b.String()
}
