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
// is planned (fix = "none_planned"), is owed none.
func RuleFixOverdue(p *Product, asOf Date) Diagnostics {
	pt := p.Postmarket.Patching
	if asOf.IsZero() {
		return nil
	}
	var out Diagnostics
	for i, v := range p.Vulns {
		if v.Status != "affected" || v.Discovered.IsZero() || v.Discovered.After(asOf) || v.Fix == "released" || v.Fix.NonePlanned() || !v.Fixed.IsZero() || v.FixDelayReason != "" {
			continue
		}
		if fv := p.Version(v.FixedIn); fv != nil && !fv.GeneralAvailability.IsZero() && !fv.GeneralAvailability.After(asOf) {
			continue // the version that fixes it is out
		}
		if !p.anySupportedOn(v.Versions, asOf) {
			continue
		}
		limit, key, what := pt.RegularDays, "regular_days", "a regular release"
		if v.Risk.Uncontrolled() {
			limit, key, what = pt.CriticalDays, "critical_days", "an out-of-cycle fix of an uncontrolled risk"
		}
		days := v.Discovered.DaysUntil(asOf)
		if limit == 0 || days <= limit {
			continue
		}
		out = append(out, at(p, Warning, fmt.Sprintf("vulnerabilities[%d].status", i),
			"%s affects %s with no fix released %s after it was identified (%s), beyond the %s the documents promise for %s (postmarket.patching.%s): release and record the fix (fixed, fixed_in), or state why it takes longer and what protects patients meanwhile in fix_delay_reason",
			v.ID, AndList(v.Versions), plural(days, "day"), v.Discovered, plural(limit, "day"), what, key))
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
