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
// issued on or before d that names v and writes its maintenance; nil when
// none does. A notice announcing only some models' own end of support
// (NoticeEndsModels) is left out: the maintenance it states is theirs,
// not the version's on its other models.
func (p *Product) MaintenanceNotice(v string, d Date) *Notice {
	var best *Notice
	for i := range p.Notices {
		n := &p.Notices[i]
		issued := n.IssuedOrFirst()
		if !n.AboutVersions() || issued.IsZero() || issued.After(d) || strings.TrimSpace(n.Maintenance) == "" {
			continue
		}
		if !slices.Contains(n.Versions, v) || len(p.NoticeEndsModels(*n)) > 0 {
			continue
		}
		if best == nil || !issued.Before(best.IssuedOrFirst()) {
			best = n
		}
	}
	return best
}
