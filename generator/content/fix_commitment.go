package content

import "strings"

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
	// CommitmentNotStated: the version was in Limited Support, or, for
	// an uncontrolled risk, a notice that says what remains had stopped
	// its regular releases, and the data do not say whether the timeline
	// still holds for it.
	CommitmentNotStated
)

// FixCommitmentFor says whether the timeline for risk holds for the
// version named, for a fix that fell due on due, as the notices issued
// by on state (the documents speak as of on). A version the product does
// not list holds it: nothing says otherwise. A version's end of support,
// end of guaranteed support or stop of its security updates on or
// before due lifts both timelines, as the CSD's section 6 says. A
// controlled risk's timeline is a regular release's, so a stop of the
// regular releases (what = "updates") on or before due lifts it. An
// uncontrolled risk's out-of-cycle fix outlives that stop, but where the
// stop's notice says what remains (its details or maintenance), the CSD's
// section 6 and the plan's 9.6 hold it for the version only as far as
// the notice states, which the data do not weigh against the timeline:
// not stated. Limited Support on due (past the version's end of life)
// leaves either timeline not stated, as both documents say.
func (p *Product) FixCommitmentFor(risk RiskControl, version string, due, on Date) FixCommitment {
	hold, _ := p.fixCommitmentWhy(risk, version, due, on)
	return hold
}

// fixCommitmentWhy is FixCommitmentFor, with the stop of the version's
// regular releases that leaves the timeline not stated (Notice nil when
// Limited Support does).
func (p *Product) fixCommitmentWhy(risk RiskControl, version string, due, on Date) (FixCommitment, VersionStop) {
	v := p.Version(version)
	if v == nil || due.IsZero() {
		return CommitmentHolds, VersionStop{}
	}
	passed := func(d Date) bool { return !d.IsZero() && !d.After(due) }
	if passed(v.EndOfSupport) || passed(v.EndOfGuaranteedSupport) {
		return CommitmentLifted, VersionStop{}
	}
	if at, _ := p.SecurityUpdatesStopped(v, on); passed(at) {
		return CommitmentLifted, VersionStop{}
	}
	if s := p.RegularUpdatesStopped(v, on); s.Notice != nil && passed(s.At) {
		if !risk.Uncontrolled() {
			return CommitmentLifted, VersionStop{}
		}
		if s.SaysWhatRemains() {
			return CommitmentNotStated, s
		}
	}
	if v.Stage(due) == "Limited Support" {
		return CommitmentNotStated, VersionStop{}
	}
	return CommitmentHolds, VersionStop{}
}

// SaysWhatRemains reports a stop whose details say what stops (and what
// does not), or whose notice says what maintenance remains: the CSD's
// section 6 and the plan's 9.6 then hold the version's timelines only as
// far as the notice states.
func (s VersionStop) SaysWhatRemains() bool {
	return s.Notice != nil && (strings.TrimSpace(s.Stop.Details) != "" || strings.TrimSpace(s.Notice.Maintenance) != "")
}

// fixCommitmentOf is the timeline's hold for the versions named
// together: it holds when it holds for one of them; else it is not
// stated when it is not for one; else it is lifted. For not stated, why
// says why, where the versions left not stated share it.
func (p *Product) fixCommitmentOf(risk RiskControl, versions []string, due, on Date) (hold FixCommitment, why NotStatedWhy) {
	if len(versions) == 0 {
		return CommitmentHolds, NotStatedWhy{}
	}
	hold = CommitmentLifted
	first := true
	for _, name := range versions {
		h, stop := p.fixCommitmentWhy(risk, name, due, on)
		switch h {
		case CommitmentHolds:
			return CommitmentHolds, NotStatedWhy{}
		case CommitmentNotStated:
			w := NotStatedWhy{Limited: stop.Notice == nil, Stop: stop}
			if w.Limited {
				w.LimitedSince = p.Version(name).EndOfLife
			}
			if first {
				why, first = w, false
			} else {
				why = why.shared(w)
			}
			hold = CommitmentNotStated
		}
	}
	return hold, why
}

// NotStatedWhy is why a fix timeline's hold for versions is not stated
// (CommitmentNotStated): Limited, they were in Limited Support when the
// fix fell due, since LimitedSince (their end of life; zero when they
// entered it on different days); else, Stop (its Notice set), that
// notice, saying what remains, had stopped their regular releases (an
// uncontrolled risk's). Neither when the versions differ in why.
type NotStatedWhy struct {
	Limited      bool
	LimitedSince Date
	Stop         VersionStop
}

// shared is what w and o, the whys of two versions, say of both.
func (w NotStatedWhy) shared(o NotStatedWhy) NotStatedWhy {
	switch {
	case w.Limited && o.Limited:
		if w.LimitedSince.String() != o.LimitedSince.String() {
			w.LimitedSince = Date{}
		}
		return w
	case w.Stop.Notice != nil && w.Stop.Notice == o.Stop.Notice && w.Stop.At.String() == o.Stop.At.String():
		return w
	}
	return NotStatedWhy{}
}
