package content

import (
	"slices"
	"strings"
)

// A version in Limited Support keeps only the maintenance that a notice
// announces (notices.maintenance); the plan's promise of notice lead times
// (end_of_life.notice_months) says when such a notice comes, not what
// remains. The plan once said a version's support was "limited to the
// commitments of 11.2" for a version no notice had announced: no
// commitment of 11.2 says what remains of it.

// MaintenanceNotice returns the notice that states the maintenance left
// to version v on date d: the newest end-of-life or end-of-support notice
// issued on or before d that names v and writes its maintenance; without
// one, the newest component end-of-support notice issued by d that does
// (its versions are those containing the components, and its
// maintenance what remains of their maintenance after the components'
// end: 4.2.1's notice about Linux 6.6 and OpenSSL 3.0 states the fixes it
// keeps until its end of guaranteed support). A notice about the
// version's own end of life or support wins over any component notice,
// older or newer: it is the one that announces the Limited Support stage,
// while a component notice speaks of some components' end. nil when none
// does. A notice announcing only some models' own end of support
// (NoticeEndsModels), or a component notice naming only some of the
// models that run v, is left out: the maintenance it states is theirs,
// not the version's on its other models.
func (p *Product) MaintenanceNotice(v string, d Date) *Notice {
	var own, component *Notice
	for i := range p.Notices {
		n := &p.Notices[i]
		issued := n.IssuedOrFirst()
		if issued.IsZero() || issued.After(d) || strings.TrimSpace(n.Maintenance) == "" || !slices.Contains(n.Versions, v) {
			continue
		}
		best := &own
		switch {
		case n.AboutVersions():
			if len(p.NoticeEndsModels(*n)) > 0 {
				continue
			}
		case n.Kind == "component_end_of_support":
			if p.noticeLeavesOutModelsOf(*n, v) {
				continue
			}
			best = &component
		default:
			continue
		}
		if *best == nil || !issued.Before((*best).IssuedOrFirst()) {
			*best = n
		}
	}
	if own != nil {
		return own
	}
	return component
}

// noticeLeavesOutModelsOf reports whether notice n names models (models)
// and leaves out one that runs version v.
func (p *Product) noticeLeavesOutModelsOf(n Notice, v string) bool {
	ver := p.Version(v)
	if len(n.Models) == 0 || ver == nil {
		return false
	}
	for _, id := range p.ModelIDs(ver) {
		if !slices.Contains(n.Models, id) {
			return true
		}
	}
	return false
}

// Noun names notice n in a sentence, as the documents that cite the
// notice stating a version's maintenance (MaintenanceNotice) do: "its
// end-of-life notice", "the component end-of-support notice issued …".
func (n Notice) Noun() string {
	switch n.Kind {
	case "end_of_support":
		return "end-of-support notice"
	case "component_end_of_support":
		return "component end-of-support notice"
	case "security":
		return "security advisory"
	}
	return "end-of-life notice"
}
