package content

// The plan and the CSD promise a non-critical fix "in a regular release
// within regular_days", and the release cadence says how far apart the
// regular releases are. A fix found just after a release waits for the
// next one, so a promise shorter than the cadence's interval (90 days
// beside releases every six months) cannot be kept by regular releases.

// cadenceDaysPerMonth turns a cadence's months into the days a
// regular_days promise is held against: the nominal month, so that 90
// days keep a quarterly cadence and 180 a half-yearly one.
const cadenceDaysPerMonth = 30

// regularDaysCadence warns when postmarket.patching.regular_days is
// shorter than the interval between the regular releases that
// release_cadence promises; a cadence with no calendar (as needed,
// continuous) or not stated is not judged.
func (v *productValidator) regularDaysCadence() {
	pt := v.p.Postmarket.Patching
	months := pt.ReleaseCadence.Months()
	if months == 0 || pt.RegularDays <= 0 {
		return
	}
	interval := months * cadenceDaysPerMonth
	if pt.RegularDays >= interval {
		return
	}
	v.warnf("postmarket.patching.regular_days",
		"a non-critical fix is promised in a regular release within %s, but release_cadence = %q puts up to %s between regular releases: a fix found just after a release can wait longer than that for the next; promise at least %s, or state a cadence that keeps %s",
		plural(pt.RegularDays, "day"), string(pt.ReleaseCadence), plural(months, "month"), plural(interval, "day"), plural(pt.RegularDays, "day"))
}
