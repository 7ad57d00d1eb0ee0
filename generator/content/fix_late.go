package content

// The documents promise a fix within postmarket.patching.critical_days of
// identifying an uncontrolled risk and within regular_days otherwise.
// RuleFixOverdue warns of an open fix past that promise, unless
// fix_delay_reason says why; the plan and the CSD print that reason
// beside a fix past it. Both ask LateFix, so that they agree on which
// fixes are late, and LateFix asks FixCommitmentFor, as the CSD's
// section 6 does, whether the promise was the versions' when the fix
// fell due.

// FixDelay is how long a vulnerability's fix took, or has taken so far,
// against the promise the documents make for its risk.
type FixDelay struct {
	// Days runs from the day the vulnerability was identified to the
	// fix's release, or to the date asked about while no fix is out.
	Days int
	// Limit is the promise's days, Key its postmarket.patching key and
	// What what it promises the fix in.
	Limit     int
	Key, What string
	// Open: no fix was out on the date asked about; Out is when it came
	// out otherwise.
	Open bool
	Out  Date
	// Commitment is whether the promise held for the fix's versions when
	// the fix fell due (FixCommitmentFor): CommitmentHolds for a fix
	// LateFix calls late, CommitmentNotStated for one PastLimit alone
	// reports, with why (NotStatedWhy: in Limited Support since
	// LimitedSince, or held only as far as the Stop's notice states).
	Commitment FixCommitment
	NotStatedWhy
}

// LateFix reports whether the fix of a vulnerability identified on
// discovered, with risk, in versions, breaks the promise for its risk on
// date on, and by how much: PastLimit, where the promise held for one of
// versions when the fix fell due (FixCommitmentFor). A fix past the
// limit for versions the promise was lifted from, or for which whether
// it held is not stated, breaks nothing.
func (p *Product) LateFix(risk RiskControl, versions []string, discovered, out, on Date) (FixDelay, bool) {
	d, past := p.PastLimit(risk, versions, discovered, out, on)
	if !past || d.Commitment != CommitmentHolds {
		return FixDelay{}, false
	}
	return d, true
}

// PastLimit reports whether the fix of a vulnerability identified on
// discovered, with risk, in versions, took longer on date on than the
// promise for its risk allows, and by how much, with whether the
// promise held for versions when the fix fell due (Commitment): a
// document says the promise is broken only where it held, and where
// that is not stated, says so. out is when the fix was released; zero,
// or after on, when none was out by then. An open fix is owed only while
// one of versions is supported (a version the product does not list
// counts as supported); no promise, a discovery not stated or one after
// on, or a promise lifted from every version, is not past it.
func (p *Product) PastLimit(risk RiskControl, versions []string, discovered, out, on Date) (FixDelay, bool) {
	if on.IsZero() || discovered.IsZero() || discovered.After(on) {
		return FixDelay{}, false
	}
	pt := p.Postmarket.Patching
	d := FixDelay{Limit: pt.RegularDays, Key: "regular_days", What: "a regular release", Out: out}
	if risk.Uncontrolled() {
		d.Limit, d.Key, d.What = pt.CriticalDays, "critical_days", "an out-of-cycle fix of an uncontrolled risk"
	}
	if out.IsZero() || out.After(on) {
		if !p.anySupportedOn(versions, on) {
			return FixDelay{}, false
		}
		d.Open, d.Out, out = true, Date{}, on
	}
	d.Days = discovered.DaysUntil(out)
	if d.Limit == 0 || d.Days <= d.Limit {
		return FixDelay{}, false
	}
	d.Commitment, d.NotStatedWhy = p.fixCommitmentOf(risk, versions, discovered.AddDays(d.Limit), on)
	if d.Commitment == CommitmentLifted {
		return FixDelay{}, false
	}
	return d, true
}

// InstallableFix is when the fix of a vulnerability, released on out in
// version fixedIn, came out in a version customers may install: out,
// unless fixedIn was withdrawn (versions.withdrawn); then the general
// availability of the version that replaced it (replaced_by), zero
// where that is not stated, and withdrawn is the withdrawn version. A
// withdrawn first fix does not count as the fix: from its withdrawal no
// document sends a customer to it.
func (p *Product) InstallableFix(fixedIn string, out Date) (installable Date, withdrawn *Version) {
	w := p.Version(fixedIn)
	if w == nil || w.Withdrawn.IsZero() {
		return out, nil
	}
	if r := p.Version(w.ReplacedBy); w.ReplacedBy != "" && r != nil {
		return r.GeneralAvailability, w
	}
	return Date{}, w
}
