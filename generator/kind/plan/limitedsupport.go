package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// LimitedVersion is a version in Limited Support on the plan's date
// (past its end of life, Since; zero when not stated), with what a notice
// states remains for it (Remaining: Remains "" when none does).
type LimitedVersion struct {
	Version string
	Since   content.Date
	Remaining
}

// LimitedSupport are the versions in Limited Support on the plan's date,
// in the product's order, of which no stop or end of their updates in
// 9.6 speaks already (Stopped, RegularStopped, Ending, RegularEnding): a
// version past its end of life keeps only what a notice states, so that
// whether the commitments hold for it is not stated
// (content.FixCommitmentFor), as its CSD's section 6 says. The plan
// stated them flatly for selfhosted's 2.2, in Limited Support with no
// notice, while its 9.10 and 2.2's CSD said whether they held for 2.2
// was not stated.
func (d *PlanData) LimitedSupport() []LimitedVersion {
	p := d.product.Product
	if p == nil {
		return nil
	}
	var out []LimitedVersion
	for i := range p.Versions {
		v := &p.Versions[i]
		if v.Stage(d.on) != "Limited Support" || d.speaksFor(v.Version) {
			continue
		}
		out = append(out, LimitedVersion{Version: v.Version, Since: v.EndOfLife, Remaining: remaining(p, v, d.on)})
	}
	return out
}

// speaksFor reports a version whose stop or end of updates 9.6 states
// already, with what it means for the commitments.
func (d *PlanData) speaksFor(v string) bool {
	is := func(s StoppedUpdates) bool { return s.Version == v }
	return slices.ContainsFunc(d.Stopped, is) || slices.ContainsFunc(d.RegularStopped, is) ||
		slices.ContainsFunc(d.Ending, func(e UpdatesEnd) bool { return is(e.StoppedUpdates) }) ||
		slices.ContainsFunc(d.RegularEnding, func(e RegularEnd) bool { return is(e.StoppedUpdates) })
}
