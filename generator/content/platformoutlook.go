package content

import "slices"

// The lifecycle page and the security plan plan a version's support; the
// platforms the customer supplies beneath its software have supports of
// their own, which their vendors decide. A version whose parts run only on
// platform versions past their vendor's end of support, or whose
// platforms' support ends before its own, is a fact of its lifecycle that
// those documents state from the dates written, and only from them: what
// the manufacturer will do about it is not in the data.

// PlatformOutlook is what the platforms version Version runs on mean for
// its support on a date (PlatformOutlookOf).
type PlatformOutlook struct {
	Version   string
	View      *Product // the version's view: its platforms and parts
	Platforms []Platform
	// OnEnded are the parts every platform version of which had reached
	// its vendor's end of support by the date (PartsOnEndedPlatforms);
	// Ended the platform versions of their platforms, with those ends.
	OnEnded []Part
	Ended   []PlatformDate
	// AlsoEnded are the other platform versions past their vendor's end
	// of support by the date: those of platforms whose parts also run on
	// a platform version not known to have ended. A version that runs on
	// Windows 10 22H2 (ended) and Windows 11 24H2 has no part in OnEnded,
	// yet customers on 22H2 run it on a platform its vendor no longer
	// supports: the documents name it.
	AlsoEnded []PlatformDate
	// Ending are the platform versions whose vendor's support ends
	// within twelve months after the date (the CSD's rule).
	Ending []PlatformDate
	// EndBefore are the other parts every platform version of which has
	// a stated end of vendor support before Ends, the version's own (or
	// its paid extended support's); EndBeforeBy is the last of those ends.
	EndBefore   []Part
	EndBeforeBy Date
	Ends        Date
	Paid        bool
}

// PlatformDate is a platform version ("Windows 10 Pro 22H2") with its
// vendor's end of support.
type PlatformDate struct {
	Label string
	On    Date
}

// Flagged reports whether the outlook has anything to single out.
func (o *PlatformOutlook) Flagged() bool {
	return len(o.OnEnded) > 0 || len(o.Ending) > 0 || len(o.EndBefore) > 0
}

// Speaks reports whether the outlook has anything to say: what Flagged
// singles out, or a platform version past its vendor's end of support
// beside others that are not (AlsoEnded). The plan's 11.1 said nothing of
// Windows 10 22H2, ended, because the version also runs on Windows 11.
func (o *PlatformOutlook) Speaks() bool {
	return o.Flagged() || len(o.AlsoEnded) > 0
}

// Owners names who supplies the hardware of the parts on ended platforms,
// as the subject of a sentence ("the hospital").
func (o *PlatformOutlook) Owners(customer string) string {
	return o.View.OwnersOf(o.OnEnded, customer)
}

// PlatformOutlookOf is the outlook of version v's platforms on date on,
// compared with ends (the version's end of support, or of its paid
// extended support when paid; zero: not set); nil when version v lists
// no platforms.
func (p *Product) PlatformOutlookOf(v string, on, ends Date, paid bool) *PlatformOutlook {
	q := p.At(v)
	if len(q.Platforms) == 0 {
		return nil
	}
	o := &PlatformOutlook{Version: v, View: q, Platforms: q.Platforms, Ends: ends, Paid: paid, OnEnded: q.PartsOnEndedPlatforms(on)}
	for _, pl := range q.Platforms {
		ended := slices.ContainsFunc(o.OnEnded, func(pt Part) bool { return slices.Contains(pl.Parts, pt.ID) })
		for _, pv := range pl.Versions {
			if ended {
				o.Ended = append(o.Ended, PlatformDate{pl.Label(pv), pv.EndOfSupport})
			} else if pv.Ended(on) {
				o.AlsoEnded = append(o.AlsoEnded, PlatformDate{pl.Label(pv), pv.EndOfSupport})
			}
			if pv.EndsWithinYear(on) {
				o.Ending = append(o.Ending, PlatformDate{pl.Label(pv), pv.EndOfSupport})
			}
		}
	}
	if ends.IsZero() {
		return o
	}
	for _, pt := range q.AllParts() {
		if slices.ContainsFunc(o.OnEnded, func(e Part) bool { return e.ID == pt.ID }) {
			continue
		}
		var last Date
		named, before := false, true
		for _, pl := range q.Platforms {
			if !slices.Contains(pl.Parts, pt.ID) {
				continue
			}
			for _, pv := range pl.VersionsOrUnstated() { // versions not stated: not known to end first
				named = true
				// Not written: not known to end, so never counted as ending first.
				before = before && !pv.EndOfSupport.IsZero() && pv.EndOfSupport.Before(ends)
				if pv.EndOfSupport.After(last) {
					last = pv.EndOfSupport
				}
			}
		}
		if named && before {
			o.EndBefore = append(o.EndBefore, pt)
			if last.After(o.EndBeforeBy) {
				o.EndBeforeBy = last
			}
		}
	}
	return o
}
