package vuln

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// A version released market by market (versions.market_releases) is a
// fix only where it is released. A VEX action that sends every reader to
// it, or a timeline that says the fix came out on its first release, is
// false for the readers of the markets that got it later, or not yet.
// These say where it is released, as of the date the file or document
// speaks for; nothing changes when every market has it.

// FixWhere is the sentence that says where version ver, a fix, is
// released on d: "" when it is released in all the product's markets (or
// d is zero: the date is not known).
func FixWhere(p *content.Product, ver string, d content.Date) string {
	return FixWhereBy(p, ver, d, d)
}

// FixWhereBy is FixWhere for a document that speaks as of d (a security
// notice's release) but is built on asOf, a later date: a market that got
// ver after d and by asOf is named without that date, which is the day
// it came out there, not the one planned on d (content.Product
// .ReleasedWhereBy).
func FixWhereBy(p *content.Product, ver string, d, asOf content.Date) string {
	if p == nil || ver == "" || d.IsZero() {
		return ""
	}
	where := p.ReleasedWhereBy(p.Version(ver), d, asOf)
	if where == "" {
		return ""
	}
	return p.Name + " " + ver + " is " + where + "."
}

// actionWhere is where the version an affected entry is sent to is
// released on d, for the VEX action: "" when not affected, no version is
// named, or it is released everywhere.
func (v *Vulnerability) actionWhere(p *content.Product, d content.Date) string {
	if v.Status != "affected" {
		return ""
	}
	return FixWhere(p, v.InstallVersion(), d)
}

// ActionAt is Action as a document of product p dated d says it: the
// remediation followed by where the version it sends the reader to is
// released, when not in every market by d (FixWhere), as the VEX files
// and the security notices say. A CSD read in a market the fix has not
// reached must not send its readers to it unqualified.
func (v *Vulnerability) ActionAt(p *content.Product, d content.Date) string {
	return v.action(v.actionWhere(p, d))
}

// FixWhereAt is the sentence ActionAt adds after the remediation: where
// the version that fixes an affected v is released on d; "" when it is
// released everywhere, v is not affected or names no version.
func (v *Vulnerability) FixWhereAt(p *content.Product, d content.Date) string {
	return v.actionWhere(p, d)
}

// ByMarket rewrites the timeline's fix_available events of a version
// released market by market, as known on d: the event on the fix's date
// names the markets that had it then; a market that got it later, by d,
// has an event of its own on that date; one that gets it after d, or
// never, is said beside the first (Later).
func (a *Advisory) ByMarket(p *content.Product, d content.Date) {
	a.ByMarketBy(p, d, d)
}

// ByMarketBy is ByMarket for a notice released on d and built on asOf, a
// later date: a market that got the fix after d and by asOf is said
// beside the first without its date ("later in the European Union"), as
// content.Product.ReleasedWhereBy says it: that date is the day it came
// out there, not the one planned on d.
func (a *Advisory) ByMarketBy(p *content.Product, d, asOf content.Date) {
	if p == nil || !p.MarketsDiffer() {
		return
	}
	var out []Event
	for _, e := range a.Timeline {
		v := p.Version(e.Version)
		if e.What != "fix_available" || v == nil || p.MarketDates(*v) == "" {
			out = append(out, e)
			continue
		}
		var first, never []string
		later := map[content.Date][]string{}
		var laterDates []content.Date
		for _, m := range p.Markets {
			r := p.ReleasedIn(v, m)
			switch {
			case r.IsZero():
				never = append(never, m)
			case !r.After(e.Date) || r == v.GeneralAvailability:
				first = append(first, m)
			default:
				if _, ok := later[r]; !ok {
					laterDates = append(laterDates, r)
				}
				later[r] = append(later[r], m)
			}
		}
		if len(first) == 0 {
			out = append(out, e)
			continue
		}
		e.Markets = content.MarketNames(first)
		var tail, since []string // since: the markets that got it after d and by asOf
		for _, r := range laterDates {
			if r.After(d) && !r.After(asOf) {
				since = append(since, later[r]...)
				continue
			}
			if r.After(d) {
				tail = append(tail, "in "+content.MarketNames(later[r])+" from "+r.Long())
				continue
			}
			out = append(out, Event{Date: r, What: e.What, ID: e.ID, Version: e.Version, Markets: content.MarketNames(later[r])})
		}
		if len(since) > 0 {
			// the earliest of the later releases: before any still planned
			slices.SortFunc(since, func(x, y string) int { return slices.Index(p.Markets, x) - slices.Index(p.Markets, y) })
			tail = append([]string{"later in " + content.MarketNames(since)}, tail...)
		}
		if len(never) > 0 {
			tail = append(tail, "not released in "+content.MarketNames(never))
		}
		e.Later = strings.Join(tail, "; ")
		out = append(out, e)
	}
	slices.SortStableFunc(out, compareEvents)
	a.Timeline = out
}
