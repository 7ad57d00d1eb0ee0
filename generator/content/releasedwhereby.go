package content

import (
	"fmt"
	"strings"
)

// ReleasedWhereBy is ReleasedWhere for a document that speaks as of d
// (a notice's release) but is built on asOf, a later date: a market
// release after d and by asOf is the day the version came out there,
// not the date planned on d, which the data do not give (as
// kind.PlannedSaid says of a general availability), so the market is
// named without it: "available in the United States; later in the
// European Union", or, for a version out nowhere by d (which the
// document calls planned), "in the United States; in the European Union
// from 1 June 2026". A release still after asOf is a plan and keeps its
// date. ReleasedWhere(v, d) is ReleasedWhereBy(v, d, d).
func (p *Product) ReleasedWhereBy(v *Version, d, asOf Date) string {
	if v == nil || !p.MarketsDiffer() {
		return ""
	}
	var avail, never, later []string
	var since []string // markets where it came out after d and by asOf
	for _, m := range p.Markets {
		r := p.ReleasedIn(v, m)
		switch {
		case r.IsZero():
			never = append(never, m)
		case r.After(d) && !r.After(asOf):
			since = append(since, m)
			later = append(later, "") // its place among the later markets
		case r.After(d):
			later = append(later, fmt.Sprintf("in %s from %s", marketNames[m], r.Long()))
		default:
			avail = append(avail, m)
		}
	}
	if len(later) == 0 && len(never) == 0 {
		return ""
	}
	var parts []string
	if len(avail) > 0 {
		parts = append(parts, "available in "+marketList(avail))
	}
	prefix := "in "
	if len(avail) > 0 {
		prefix = "later in "
	}
	undated := false
	for _, s := range later {
		switch {
		case s != "":
			parts = append(parts, s)
		case !undated:
			// the undated markets together, where the first of them falls
			parts = append(parts, prefix+marketList(since))
			undated = true
		}
	}
	if len(never) > 0 {
		parts = append(parts, "not released in "+marketList(never))
	}
	return strings.Join(parts, "; ")
}
