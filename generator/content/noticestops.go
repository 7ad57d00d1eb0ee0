package content

import "fmt"

// What a notice's "What stops" table and its CSAF twin list. The stops
// are the notice's own (notices.stops), with one thing the data decide
// beside them: a stop of regular releases dated after the end of life,
// whose details are not written, says that its date falls after the end
// of life and points to the maintenance the notice says remains, so the
// table is not read as regular releases going on unchanged until then
// (REPORT-insulinpump 4). It claims no limit of its own: the maintenance
// text may speak only of the time after the end of support, and "limited
// to that maintenance" then read as nothing before it (REPORT-hostedplugin 4).
//
// No stop of security updates is derived from an end of support: a
// manufacturer may sell security fixes after it (paid extended support
// the data may not date yet, REPORT-linac 1), so where a notice writes
// its stops without one, what it says of security updates is its own.
// A notice that writes no stops derives none (the notice says what stops
// is not stated), nor does one about some models' own end of support
// (their dates are the models', not the versions').

// NoticeStopsShown returns the stops notice n's table and its CSAF twin
// list: n.Stops as written, Details filled as above where not written.
// versions
// are the notice's versions as the writer dates them (as of the notice's
// release for the CSAF twin); nil for p.NoticeVersions(n).
func (p *Product) NoticeStopsShown(n Notice, versions []*Version) []NoticeStop {
	if len(n.Stops) == 0 {
		return nil
	}
	if versions == nil {
		versions = p.NoticeVersions(n)
	}
	models := p.NoticeEndsModels(n) != nil
	out := make([]NoticeStop, 0, len(n.Stops))
	for _, s := range n.Stops {
		if s.What == "updates" && s.Details == "" && !models && releasesIntoLimitedSupport(s, versions) {
			s.Details = "This date falls after the end of life; what this notice says of the maintenance that remains is below."
		}
		out = append(out, s)
	}
	return out
}

// releasesIntoLimitedSupport reports a stop dated, for every version it
// dates, after that version's end of life and no later than its end of
// support: the version's Limited Support stage.
func releasesIntoLimitedSupport(s NoticeStop, versions []*Version) bool {
	if len(versions) == 0 {
		return false
	}
	for _, v := range versions {
		d := s.Date
		if s.Milestone != "" {
			d = v.MilestoneDate(s.Milestone)
		}
		if d.IsZero() || v.EndOfLife.IsZero() || !d.After(v.EndOfLife) || (!v.EndOfSupport.IsZero() && d.After(v.EndOfSupport)) {
			return false
		}
	}
	return true
}

// stopsAfterEndOfSupport warns where a stop of notice n (at path) of
// regular releases or security updates is dated after the end of
// support of a version it concerns, beyond that version's paid extended
// support for security updates: the End of Support stage says no update
// of any kind comes after it, so the data contradict themselves.
func (v *productValidator) stopsAfterEndOfSupport(path string, n Notice, affected []*Version) {
	if v.p.NoticeEndsModels(n) != nil {
		return
	}
	for j, s := range n.Stops {
		if s.Date.IsZero() || (s.What != "updates" && s.What != "security_updates") {
			continue
		}
		for _, ver := range affected {
			end, which := ver.EndOfSupport, "its end of support"
			if s.What == "security_updates" && !ver.ExtendedSupportUntil.IsZero() {
				end, which = ver.ExtendedSupportUntil, "the end of its paid extended support"
			}
			if end.IsZero() || !s.Date.After(end) {
				continue
			}
			v.warnf(fmt.Sprintf("%s.stops[%d].date", path, j), "%s of version %s stop on %s, after %s on %s, while the lifecycle stages say a version gets no further updates after its end of support: correct the date, or the version's dates",
				StopLabel(s.What), ver.Version, s.Date, which, end)
			break
		}
	}
}
