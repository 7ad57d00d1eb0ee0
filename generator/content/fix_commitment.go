package content

// The fix timelines of postmarket.patching are promises to the versions
// that still get what they promise: a controlled risk's fix "in a
// regular release within regular_days" is no promise to a version whose
// regular releases a notice stopped, and a version in Limited Support
// keeps only what a notice states, which the data do not weigh against
// the timelines. The CSD's section 6 said so while its section 5.5 and
// the plan called the same version's fix late against that promise.
// FixCommitmentFor is the one rule all of them ask.

// FixCommitment says whether a fix timeline of postmarket.patching
// holds for a version when a fix fell due.
type FixCommitment uint8

const (
	// CommitmentHolds: the version gets what the timeline promises.
	CommitmentHolds FixCommitment = iota
	// CommitmentLifted: the timeline is not the version's: its support
	// or its security updates had ended, or, for a controlled risk, its
	// regular releases had stopped. Its fixes come as its notice states.
	CommitmentLifted
	// CommitmentNotStated: the version was in Limited Support, and the
	// data do not say whether a controlled risk's timeline still holds
	// for it.
	CommitmentNotStated
)

// FixCommitmentFor says whether the timeline for risk holds for the
// version named, for a fix that fell due on due, as the notices issued
// by on state (the documents speak as of on). A version the product does
// not list holds it: nothing says otherwise. A controlled risk's
// timeline is a regular release's, so a stop of the regular releases
// (what = "updates") on or before due lifts it, and Limited Support on
// due (past the version's end of life) leaves it not stated. An
// uncontrolled risk's out-of-cycle fix is tied to neither: it holds for
// a version in Limited Support, as the plan's paragraph on such a fix
// has long said. A version's end of support, end of guaranteed support
// or stop of its security updates on or before due lifts both, as the
// CSD's section 6 says.
func (p *Product) FixCommitmentFor(risk RiskControl, version string, due, on Date) FixCommitment {
	v := p.Version(version)
	if v == nil || due.IsZero() {
		return CommitmentHolds
	}
	passed := func(d Date) bool { return !d.IsZero() && !d.After(due) }
	if passed(v.EndOfSupport) || passed(v.EndOfGuaranteedSupport) {
		return CommitmentLifted
	}
	if at, _ := p.SecurityUpdatesStopped(v, on); passed(at) {
		return CommitmentLifted
	}
	if risk.Uncontrolled() {
		return CommitmentHolds
	}
	if s := p.RegularUpdatesStopped(v, on); s.Notice != nil && passed(s.At) {
		return CommitmentLifted
	}
	if v.Stage(due) == "Limited Support" {
		return CommitmentNotStated
	}
	return CommitmentHolds
}

// fixCommitmentOf is the timeline's hold for the versions named
// together: it holds when it holds for one of them; else it is not
// stated when it is not for one; else it is lifted. since is when the
// Limited Support of the versions left not stated began (their end of
// life), when all began on the same day; zero otherwise.
func (p *Product) fixCommitmentOf(risk RiskControl, versions []string, due, on Date) (hold FixCommitment, since Date) {
	if len(versions) == 0 {
		return CommitmentHolds, Date{}
	}
	hold = CommitmentLifted
	same := true
	for _, name := range versions {
		switch p.FixCommitmentFor(risk, name, due, on) {
		case CommitmentHolds:
			return CommitmentHolds, Date{}
		case CommitmentNotStated:
			eol := p.Version(name).EndOfLife
			if hold == CommitmentNotStated && eol.String() != since.String() {
				same = false
			}
			hold, since = CommitmentNotStated, eol
		}
	}
	if !same {
		since = Date{}
	}
	return hold, since
}
