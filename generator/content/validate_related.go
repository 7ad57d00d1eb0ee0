package content

import (
	"fmt"
	"slices"
	"strings"
)

// relatedSystems checks the [[related_systems]]: unique IDs and versions,
// where each runs (a system of the manufacturer that is not the device),
// the part it names and that part's runs, the device versions each version
// works with, and the order of its milestones.
func (v *productValidator) relatedSystems() {
	p := v.p
	v.unique("related_systems", "id", len(p.RelatedSystems), func(i int) string { return p.RelatedSystems[i].ID })
	// A related system may be a part a later version adds.
	parts := map[string]bool{}
	for _, pt := range p.everyPart() {
		if !pt.Implicit() {
			parts[pt.ID] = true
		}
	}
	versions := p.versionSet()
	for i, s := range p.RelatedSystems {
		path := fmt.Sprintf("related_systems[%d]", i)
		if strings.TrimSpace(s.Maker) != "" && s.Part != "" {
			v.errorf(path+".part", "a system of another maker (%s) is not a part of the product; leave part out", s.Maker)
		} else if s.Part != "" {
			if !parts[s.Part] {
				v.errorf(path+".part", "unknown part %q (want one of the [[parts]] IDs: %s)", s.Part, keysOf(parts))
			} else if pr := p.anyVersionPart(s.Part).Runs; s.Runs != "" && pr != s.Runs {
				v.errorf(path+".runs", "runs %q, but its part %q runs %q; leave runs out to take the part's", s.Runs, s.Part, pr)
			}
		} else if s.Runs == "" && strings.TrimSpace(s.Maker) == "" {
			v.errorf(path+".runs", "missing: say who hosts it (runs) or name the [[parts]] entry it is (part)")
		}
		if len(s.HostKinds) > 0 && s.Runs != "customer_device" {
			v.errorf(path+".host_kinds", "host_kinds (%s) says which kinds of the customer's own device a system runs on: write it only beside runs = \"customer_device\" (a system that is a part takes the part's)", strings.Join(s.HostKinds, ", "))
		}
		switch p.RelatedHosting(s) {
		case "device":
			v.errorf(path+runsKey(s), "a related system is not the %s itself: describe the %s's own software in [[parts]], [[versions]] and the SBOM", p.Noun(), p.Noun())
		case "customer_infrastructure":
			v.errorf(path+runsKey(s), "a related system is a system of the manufacturer; the customer's own infrastructure is a [[parts]] entry with runs = \"customer_infrastructure\"")
		}
		v.unique(path+".versions", "version", len(s.Versions), func(j int) string { return s.Versions[j].Version })
		for j, rv := range s.Versions {
			vp := fmt.Sprintf("%s.versions[%d]", path, j)
			v.refs(vp+".device_versions", rv.DeviceVersions, versions, "version")
			var prev Milestone
			for _, m := range rv.Milestones() {
				if !prev.Date.IsZero() && m.Date.Before(prev.Date) {
					v.errorf(vp+"."+m.Key, "%s (%s) is before %s (%s); milestones must be in order: general_availability ≤ end_of_life ≤ end_of_support",
						m.Name, m.Date, prev.Name, prev.Date)
				}
				prev = m
			}
			for k, rel := range rv.SBOM {
				if strings.TrimSpace(rel) == "" {
					v.errorf(fmt.Sprintf("%s.sbom[%d]", vp, k), "empty SBOM path")
				}
			}
		}
	}
}

// runsKey is the key that decides where a related system runs: its own
// runs, else its part.
func runsKey(s RelatedSystem) string {
	if s.Runs != "" || s.Part == "" {
		return ".runs"
	}
	return ".part"
}

// noticeRelated checks the related system a notice names and the versions
// of it that the notice announces: they exist, and carry the milestone
// that an end-of-life or end-of-support notice announces.
func (v *productValidator) noticeRelated(path string, n Notice) {
	if n.RelatedSystem == "" {
		if len(n.RelatedVersions) > 0 {
			v.errorf(path+".related_system", "missing: related_versions are versions of the related system this key names")
		}
		return
	}
	ids := map[string]bool{}
	for _, s := range v.p.RelatedSystems {
		ids[s.ID] = true
	}
	s := v.p.RelatedSystem(n.RelatedSystem)
	if s == nil {
		v.errorf(path+".related_system", "unknown related system %q (want one of the [[related_systems]] IDs: %s)", n.RelatedSystem, keysOf(ids))
		return
	}
	if !n.AboutVersions() {
		v.errorf(path+".related_system", "a %s notice does not announce a related system's versions (want end_of_life or end_of_support)", n.Kind)
		return
	}
	if len(n.RelatedVersions) == 0 {
		v.errorf(path+".related_versions", "missing: the versions of %s that the notice announces", s.Name)
		return
	}
	known := map[string]bool{}
	for _, rv := range s.Versions {
		known[rv.Version] = true
	}
	for j, ver := range n.RelatedVersions {
		jp := fmt.Sprintf("%s.related_versions[%d]", path, j)
		rv := s.Version(ver)
		switch {
		case rv == nil:
			v.errorf(jp, "unknown version %q of related system %q (want one of %s)", ver, s.ID, keysOf(known))
		case n.Kind == "end_of_life" && rv.EndOfLife.IsZero():
			v.errorf(jp, "%s %s has no end_of_life date for this end-of-life notice to announce", s.Name, ver)
		case n.Kind == "end_of_support" && rv.EndOfSupport.IsZero():
			v.errorf(jp, "%s %s has no end_of_support date for this end-of-support notice to announce", s.Name, ver)
		}
	}
}

// noticeRelatedDates warns when a notice announces a related system's end
// of support later than IMDRF N70's 24 months, or the plan's own notice
// period, before it (as noticeDates does for the device's versions). Only
// the first notice about that related version is judged: a formal notice
// on the day, after one that gave the date years ahead, gave customers
// no shorter notice.
func (v *productValidator) noticeRelatedDates(path string, n Notice) {
	s := v.p.RelatedSystem(n.RelatedSystem)
	if s == nil || !n.AboutVersions() || n.Issued.IsZero() {
		return
	}
	for _, rv := range v.p.NoticeRelatedVersions(n) {
		if rv.EndOfSupport.IsZero() || v.firstRelatedNotice(s.ID, rv.Version) != n.ID {
			continue
		}
		months := n.Issued.MonthsUntil(rv.EndOfSupport)
		commit := v.p.EndOfLife.NoticeMonths
		switch {
		case months < N70NoticeMonths:
			v.warnf(path+".issued", "issued %s, %s %s %s's end of support on %s; %s at least %d months' notice",
				n.Issued, leadBefore(n.Issued, rv.EndOfSupport), s.Name, rv.Version, rv.EndOfSupport, v.p.N70Asks(), N70NoticeMonths)
		case commit > 0 && months < commit:
			v.warnf(path+".issued", "issued %s, %s %s %s's end of support on %s; end_of_life.notice_months commits to %d",
				n.Issued, leadBefore(n.Issued, rv.EndOfSupport), s.Name, rv.Version, rv.EndOfSupport, commit)
		}
	}
}

// firstRelatedNotice is the ID of the earliest issued notice about
// version ver of related system id (the first in the file on a tie).
func (v *productValidator) firstRelatedNotice(id, ver string) string {
	var first *Notice
	for i := range v.p.Notices {
		m := &v.p.Notices[i]
		if m.RelatedSystem != id || m.Issued.IsZero() || !m.AboutVersions() || !slices.Contains(m.RelatedVersions, ver) {
			continue
		}
		if first == nil || m.Issued.Before(first.Issued) {
			first = m
		}
	}
	if first == nil {
		return ""
	}
	return first.ID
}
