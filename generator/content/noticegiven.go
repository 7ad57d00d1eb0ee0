package content

import "time"

// NoticeGiven is the notice customers had of one version's end of
// support: the first notice announcing its present date
// (FirstAnnouncement), the one check judges (noticeLead), and when it
// was issued.
type NoticeGiven struct {
	Version      string
	Notice       string // the notice's id
	Issued       Date
	EndOfSupport Date
	Months       int // whole months from Issued to EndOfSupport, as check counts them (MonthsUntil); 0 when issued after it
	Days         int // calendar days left over after Months (after: the days it came late, with Months those after)
	After        bool
}

// Lead says how long before the end of support the notice was issued:
// "12 months and 15 days before", "on the day of", "3 days after".
func (g NoticeGiven) Lead() string {
	months, days := g.Months, g.Days
	if months == 0 && days == 0 {
		return "on the day of"
	}
	span := ""
	if months > 0 {
		span = plural(months, "month")
	}
	if days > 0 {
		if span != "" {
			span += " and "
		}
		span += plural(days, "day")
	}
	if g.After {
		return span + " after"
	}
	return span + " before"
}

// span is the whole months and the days left over from d to e (d not
// after e): the months as MonthsUntil counts them, the days from the
// same day of the month that many months on (the last day of that month
// when it is shorter).
func span(d, e Date) (months, days int) {
	months = d.MonthsUntil(e)
	y, m, day := d.t.Date()
	first := time.Date(y, m+time.Month(months), 1, 0, 0, 0, 0, d.t.Location())
	if last := first.AddDate(0, 1, -1).Day(); day > last {
		day = last
	}
	anniv := time.Date(first.Year(), first.Month(), day, 0, 0, 0, 0, d.t.Location())
	return months, int(e.t.Sub(anniv).Hours() / 24)
}

// NoticesGiven lists, version by version, the notice customers had of
// each version's end of support: the first notice that announced its
// present date, when issued by asOf. A version whose end of support no
// notice announces, or only one issued after asOf, is left out.
func (p *Product) NoticesGiven(asOf Date) []NoticeGiven {
	var out []NoticeGiven
	for _, v := range p.Versions {
		d := v.EndOfSupport
		if d.IsZero() || d.NotApplicable() {
			continue
		}
		n, ok := p.FirstAnnouncement(v.Version, "end_of_support", d)
		if !ok || n.Issued.IsZero() || !asOf.IsZero() && n.Issued.After(asOf) {
			continue
		}
		g := NoticeGiven{Version: v.Version, Notice: n.ID, Issued: n.Issued, EndOfSupport: d}
		if n.Issued.After(d) {
			g.After = true
			g.Months, g.Days = span(d, n.Issued)
		} else {
			g.Months, g.Days = span(n.Issued, d)
		}
		out = append(out, g)
	}
	return out
}

// NoticesGivenShown is what the documents say of NoticesGiven: every
// entry when there are at most three, else the one that gave the
// shortest notice and the one that gave the longest (the earliest
// version of either on a tie). Count is how many there are in all.
type NoticesGivenShown struct {
	Count             int
	All               []NoticeGiven // at most three
	Shortest, Longest *NoticeGiven  // when more than three
}

// NoticesGivenShown picks what the documents say of the notice customers
// had of each version's end of support (NoticesGiven).
func (p *Product) NoticesGivenShown(asOf Date) NoticesGivenShown {
	all := p.NoticesGiven(asOf)
	s := NoticesGivenShown{Count: len(all)}
	if len(all) <= 3 {
		s.All = all
		return s
	}
	lead := func(g NoticeGiven) int { return g.Issued.DaysUntil(g.EndOfSupport) } // negative when issued after it
	short, long := 0, 0
	for i, g := range all {
		if lead(g) < lead(all[short]) {
			short = i
		}
		if lead(g) > lead(all[long]) {
			long = i
		}
	}
	s.Shortest, s.Longest = &all[short], &all[long]
	return s
}
