package content

import "fmt"

// RuleFixOverdue: the documents promise a fix within
// postmarket.patching.critical_days of identifying an uncontrolled risk
// and within regular_days otherwise. An affected vulnerability with no
// fix released by asOf, identified longer ago than that, is a promise the
// record already breaks: check says so unless fix_delay_reason explains
// it. It needs the as-of date, so the kinds that print the promise run it
// (the plan, else the CSD), as RuleReleaseCadence. A vulnerability whose
// versions all reached their end of support by asOf, or for which no fix
// is planned (fix = "none_planned"), is owed none; nor is one whose
// versions the promise was lifted from, or held for only as far as the
// data do not state, when the fix fell due (LateFix, FixCommitmentFor):
// the documents do not call it late.
func RuleFixOverdue(p *Product, asOf Date) Diagnostics {
	var out Diagnostics
	for _, f := range overdueFixes(p, asOf) {
		out = append(out, at(p, Warning, f.path, "%s: %s", f.broken(), fixOverdueRemedy))
	}
	return out
}

// RuleFixOverdueToday is RuleFixOverdue as of today, for a site that
// speaks as of an earlier date (as_of, else the newest release of its
// documents): the build checks the promise on that date, and a fix that
// became overdue since goes unwarned while the site is published
// today. The build never reads the clock, so the command line runs it
// (as it warns of an expired security.txt); warned reports a path
// RuleFixOverdue already warned at in the build, which is not said
// twice.
func RuleFixOverdueToday(p *Product, today Date, warned func(path string) bool) Diagnostics {
	var out Diagnostics
	for _, f := range overdueFixes(p, today) {
		if warned(f.path) {
			continue
		}
		out = append(out, at(p, Warning, f.path, "as of today (%s, UTC), %s; the site speaks as of an earlier date, on which the promise was not yet broken, so the build does not warn of it: %s, and write as_of as the day the site is published",
			today, f.broken(), fixOverdueRemedy))
	}
	return out
}

// fixOverdueRemedy is what to do about an overdue fix.
const fixOverdueRemedy = "release and record the fix (fixed, fixed_in), or state why it takes longer and what protects patients meanwhile in fix_delay_reason"

// overdueFix is a fix promise broken on a date: an affected
// vulnerability, at path, open days after it was identified against a
// promise of limit days (postmarket.patching's key, for what).
type overdueFix struct {
	path, id, key, what string
	versions            []string
	discovered          Date
	days, limit         int
}

// broken says which promise is broken, and by how much.
func (f overdueFix) broken() string {
	return fmt.Sprintf("%s affects %s with no fix released %s after it was identified (%s), beyond the %s the documents promise for %s (postmarket.patching.%s)",
		f.id, AndList(f.versions), plural(f.days, "day"), f.discovered, plural(f.limit, "day"), f.what, f.key)
}

// overdueFixes are the fix promises broken on date on (RuleFixOverdue).
func overdueFixes(p *Product, on Date) []overdueFix {
	if on.IsZero() {
		return nil
	}
	var out []overdueFix
	for i, v := range p.Vulns {
		if v.Status != "affected" || v.Discovered.IsZero() || v.Discovered.After(on) || v.Fix == "released" || v.Fix.NonePlanned() || !v.Fixed.IsZero() || v.FixDelayReason != "" {
			continue
		}
		if fv := p.Version(v.FixedIn); fv != nil && fv.ReleasedOn(on) {
			continue // the version that fixes it is out
		}
		late, ok := p.LateFix(v.Risk, v.Versions, v.Discovered, Date{}, on)
		if !ok {
			continue
		}
		out = append(out, overdueFix{path: fmt.Sprintf("vulnerabilities[%d].status", i), id: v.ID, key: late.Key, what: late.What,
			versions: v.Versions, discovered: v.Discovered, days: late.Days, limit: late.Limit})
	}
	return out
}

// anySupportedOn reports whether one of the versions named is generally
// available and not past its end of support on d (a version the product
// does not list counts as supported: nothing says it is not).
func (p *Product) anySupportedOn(versions []string, d Date) bool {
	for _, name := range versions {
		v := p.Version(name)
		if v == nil || v.SupportedOn(d) {
			return true
		}
	}
	return false
}
